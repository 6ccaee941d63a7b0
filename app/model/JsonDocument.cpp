// SPDX-License-Identifier: Apache-2.0
#include "model/JsonDocument.h"

#include "model/FastJsonReader.h"
#include "model/TextChecks.h"

#include <fstream>
#include <optional>
#include <set>
#include <system_error>
#include <vector>

namespace vouch::model {
namespace {

struct TextPosition
{
    std::size_t line = 1;
    std::size_t column = 1;
};

TextPosition positionOf(std::string_view text, std::size_t offset)
{
    TextPosition position;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++position.line;
            position.column = 1;
        } else {
            ++position.column;
        }
    }
    return position;
}

std::string lineColumn(const TextPosition& position)
{
    return "line " + std::to_string(position.line) + ", column " + std::to_string(position.column);
}

// nlohmann's parser is iterative, but destroying and walking a deep tree recurses; a
// cheap scan rejects absurd nesting before any tree is built. Returns the offset of the
// first bracket that goes too deep, or npos.
std::size_t findExcessiveNesting(std::string_view text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth) {
                return i;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::string_view::npos;
}

// The offset of the `ordinal`-th object key (1-based) in text that is valid JSON up to
// it: a key is a string followed by ':'. Used only to place an error, so a second scan
// is cheaper than tracking offsets during every parse.
std::size_t offsetOfKey(std::string_view text, std::size_t ordinal)
{
    std::size_t keys = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '"') {
            continue;
        }
        const std::size_t start = i;
        for (++i; i < text.size() && text[i] != '"'; ++i) {
            if (text[i] == '\\') {
                ++i;
            }
        }
        std::size_t next = i + 1;
        while (next < text.size() && (text[next] == ' ' || text[next] == '\t' ||
                                      text[next] == '\n' || text[next] == '\r')) {
            ++next;
        }
        if (next < text.size() && text[next] == ':' && ++keys == ordinal) {
            return start;
        }
    }
    return 0;
}

// Builds the tree with nlohmann's own DOM builder and checks, on the way, what the
// builder lets through: a key given twice in one object (nlohmann would keep the last
// silently, while another reader may keep the first) and strings that are not plain
// text. Stops at the first problem.
class CheckingDomBuilder
{
public:
    using json = nlohmann::json;
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    CheckingDomBuilder(json& result, bool plainTextStrings)
        : m_dom(result, true)
        , m_plainTextStrings(plainTextStrings)
    {}

    bool null()
    {
        nextElement();
        return m_dom.null();
    }
    bool boolean(bool value)
    {
        nextElement();
        return m_dom.boolean(value);
    }
    bool number_integer(number_integer_t value)
    {
        nextElement();
        return m_dom.number_integer(value);
    }
    bool number_unsigned(number_unsigned_t value)
    {
        nextElement();
        return m_dom.number_unsigned(value);
    }
    bool number_float(number_float_t value, const string_t& text)
    {
        nextElement();
        return m_dom.number_float(value, text);
    }
    bool string(string_t& value)
    {
        nextElement();
        return isPlainEnough(value, Place::Value) && m_dom.string(value);
    }
    bool binary(binary_t& value)
    {
        nextElement();
        return m_dom.binary(value);
    }
    bool start_object(std::size_t size)
    {
        nextElement();
        m_frames.push_back(Frame{true, {}, 0, {}});
        return m_dom.start_object(size);
    }
    bool key(string_t& key)
    {
        ++m_keysSeen;
        auto& frame = m_frames.back();
        if (!isPlainEnough(key, Place::Container)) {
            return false;
        }
        if (!frame.keys.insert(key).second) {
            const auto container = pointerOfContainer();
            m_problem = Problem{{},
                                m_keysSeen,
                                "duplicate key " + inQuotes(key) + " in " +
                                    (container.empty() ? std::string("the top-level object")
                                                       : "the object at " + container) +
                                    " (each key may appear once)"};
            return false;
        }
        frame.key = key;
        return m_dom.key(key);
    }
    bool end_object()
    {
        m_frames.pop_back();
        return m_dom.end_object();
    }
    bool start_array(std::size_t size)
    {
        nextElement();
        m_frames.push_back(Frame{false, {}, 0, {}});
        return m_dom.start_array(size);
    }
    bool end_array()
    {
        m_frames.pop_back();
        return m_dom.end_array();
    }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& lastToken, const Exception& error)
    {
        return m_dom.parse_error(position, lastToken, error);
    }

    // Where the parse stopped and why: a JSON pointer, or the ordinal of the key.
    struct Problem
    {
        std::string pointer;
        std::size_t keyOrdinal = 0;
        std::string message;
    };
    [[nodiscard]] const std::optional<Problem>& problem() const { return m_problem; }

private:
    struct Frame
    {
        bool isObject = false;
        std::string key;       // the member being read, in an object
        std::size_t count = 0; // elements begun so far, in an array
        std::set<std::string> keys;
    };

    void nextElement()
    {
        if (!m_frames.empty() && !m_frames.back().isObject) {
            ++m_frames.back().count;
        }
    }

    [[nodiscard]] std::string pointerOf(std::size_t frameCount) const
    {
        std::string result;
        for (std::size_t i = 0; i < frameCount; ++i) {
            const auto& frame = m_frames[i];
            result = frame.isObject ? appendPointer(result, frame.key)
                                    : appendPointer(result, frame.count - 1);
        }
        return result;
    }
    [[nodiscard]] std::string pointer() const { return pointerOf(m_frames.size()); }
    [[nodiscard]] std::string pointerOfContainer() const
    {
        return pointerOf(m_frames.empty() ? 0 : m_frames.size() - 1);
    }

    // Which pointer names a string that is not plain text: its own, or (for a member
    // name) its object's. Spelled out only on failure; valid documents never pay for it.
    enum class Place
    {
        Value,
        Container,
    };

    bool isPlainEnough(const std::string& text, Place place)
    {
        if (!m_plainTextStrings) {
            return true;
        }
        if (auto problem = plainTextProblem(text)) {
            const auto pointerText = place == Place::Value ? pointer() : pointerOfContainer();
            m_problem = Problem{pointerText.empty() ? std::string("/") : pointerText, 0,
                                std::move(*problem)};
            return false;
        }
        return true;
    }

    nlohmann::detail::json_sax_dom_parser<json> m_dom;
    bool m_plainTextStrings;
    std::vector<Frame> m_frames;
    std::size_t m_keysSeen = 0;
    std::optional<Problem> m_problem;
};

// "[json.exception.parse_error.101] parse error at line 1, ..." -> "parse error at line 1, ..."
std::string withoutExceptionPrefix(const char* what)
{
    std::string message(what);
    if (!message.empty() && message.front() == '[') {
        const auto end = message.find("] ");
        if (end != std::string::npos) {
            message.erase(0, end + 2);
        }
    }
    // nlohmann quotes the text it read last, which can be kilobytes of base64 or the very
    // bytes that are not UTF-8: keep a short, printable excerpt.
    static constexpr std::string_view kLastRead = "; last read: '";
    if (const auto start = message.find(kLastRead); start != std::string::npos) {
        constexpr std::size_t kShown = 30;
        const auto token = std::string_view(message).substr(start + kLastRead.size());
        const auto body = token.ends_with('\'') ? token.substr(0, token.size() - 1) : token;
        std::string excerpt;
        for (const char c : body.substr(0, kShown)) {
            const auto byte = static_cast<unsigned char>(c);
            excerpt += (byte < 0x20U || byte >= 0x7FU) ? '?' : c;
        }
        message = message.substr(0, start + kLastRead.size()) + excerpt +
                  (body.size() > kShown ? "...'" : "'");
    }
    return message;
}

} // namespace

Loaded<nlohmann::json> parseJsonText(std::string_view text, const std::string& displayName,
                                     const JsonLimits& limits)
{
    if (text.size() > limits.maxBytes) {
        return failed<nlohmann::json>(Diagnostic{displayName,
                                                 {},
                                                 "file is " + std::to_string(text.size()) +
                                                     " bytes, more than the limit of " +
                                                     std::to_string(limits.maxBytes)});
    }
    // nlohmann's lexer takes a NUL byte for the end of the input, so "{...}" followed by
    // NUL and anything at all would parse as just "{...}". A raw NUL is never valid JSON
    // (inside a string it must be written \u0000).
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        return failed<nlohmann::json>(Diagnostic{displayName, lineColumn(positionOf(text, nul)),
                                                 "invalid JSON: a raw NUL byte"});
    }
    if (auto quick = parseValidJsonQuickly(text, limits)) {
        return {std::move(*quick), {}};
    }
    if (const auto offset = findExcessiveNesting(text, limits.maxDepth);
        offset != std::string_view::npos) {
        return failed<nlohmann::json>(
            Diagnostic{displayName, lineColumn(positionOf(text, offset)),
                       "nested deeper than " + std::to_string(limits.maxDepth) + " levels"});
    }
    try {
        nlohmann::json result;
        CheckingDomBuilder builder(result, limits.plainTextStrings);
        if (nlohmann::json::sax_parse(text, &builder, nlohmann::json::input_format_t::json, true,
                                      false)) {
            return {std::move(result), {}};
        }
        const auto& problem = builder.problem();
        if (!problem) {
            return failed<nlohmann::json>(Diagnostic{displayName, {}, "invalid JSON"});
        }
        const auto place =
            problem->keyOrdinal > 0
                ? lineColumn(positionOf(text, offsetOfKey(text, problem->keyOrdinal)))
                : problem->pointer;
        return failed<nlohmann::json>(Diagnostic{displayName, place, problem->message});
    } catch (const nlohmann::json::exception& error) {
        // Not only parse_error: a number too large for a double ("1e400") is out_of_range.
        return failed<nlohmann::json>(
            Diagnostic{displayName, {}, "invalid JSON: " + withoutExceptionPrefix(error.what())});
    }
}

Loaded<nlohmann::json> readJsonFile(const std::filesystem::path& path, const JsonLimits& limits)
{
    const std::string displayName = path.string();
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        return failed<nlohmann::json>(Diagnostic{displayName, {}, "is a folder, not a file"});
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        return failed<nlohmann::json>(
            Diagnostic{displayName, {}, "cannot read file: " + ec.message()});
    }
    if (size > limits.maxBytes) {
        return failed<nlohmann::json>(Diagnostic{displayName,
                                                 {},
                                                 "file is " + std::to_string(size) +
                                                     " bytes, more than the limit of " +
                                                     std::to_string(limits.maxBytes)});
    }
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        return failed<nlohmann::json>(Diagnostic{displayName, {}, "cannot open file for reading"});
    }
    // Read in one piece into a string of the file's size: a stream buffer grows by
    // copying, which cost a package read a third of its time in page faults and copies.
    std::string text(static_cast<std::size_t>(size), '\0');
    stream.read(text.data(), static_cast<std::streamsize>(size));
    if (stream.bad() || stream.gcount() != static_cast<std::streamsize>(size)) {
        return failed<nlohmann::json>(Diagnostic{displayName, {}, "read error"});
    }
    return parseJsonText(text, displayName, limits);
}

} // namespace vouch::model
