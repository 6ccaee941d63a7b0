// SPDX-License-Identifier: Apache-2.0
#include "model/CanonicalJson.h"

#include "model/TextChecks.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace vouch::model {
namespace {

using nlohmann::json;

// Beyond 2^53 not every integer has its own double, so JCS (which serialises every
// number as a double) would silently change the value. An integer there is accepted only
// when it is exactly how JCS writes the double it rounds to (3333333333333333500 is;
// 9007199254740993 is not): canonical output must read back and canonicalise to itself.
constexpr std::uint64_t maxExactInteger = std::uint64_t{1} << 53U;

// Reads one code point of strict UTF-8 (RFC 3629): no overlong forms, no surrogates,
// nothing above U+10FFFF, no truncated sequence. Advances `pos` on success.
std::optional<std::uint32_t> nextCodePoint(std::string_view text, std::size_t& pos)
{
    const auto byteAt = [&text](std::size_t index) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(text[index]));
    };
    const std::uint32_t lead = byteAt(pos);
    if (lead < 0x80U) {
        ++pos;
        return lead;
    }
    std::size_t length = 0;
    std::uint32_t codePoint = 0;
    // The second byte's range is narrower after some leads; that is what rules out
    // overlong forms (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
    std::uint32_t secondLow = 0x80U;
    std::uint32_t secondHigh = 0xBFU;
    if (lead >= 0xC2U && lead <= 0xDFU) {
        length = 2;
        codePoint = lead & 0x1FU;
    } else if (lead >= 0xE0U && lead <= 0xEFU) {
        length = 3;
        codePoint = lead & 0x0FU;
        secondLow = lead == 0xE0U ? 0xA0U : secondLow;
        secondHigh = lead == 0xEDU ? 0x9FU : secondHigh;
    } else if (lead >= 0xF0U && lead <= 0xF4U) {
        length = 4;
        codePoint = lead & 0x07U;
        secondLow = lead == 0xF0U ? 0x90U : secondLow;
        secondHigh = lead == 0xF4U ? 0x8FU : secondHigh;
    } else {
        return std::nullopt;
    }
    if (text.size() - pos < length) {
        return std::nullopt;
    }
    for (std::size_t i = 1; i < length; ++i) {
        const std::uint32_t byte = byteAt(pos + i);
        const std::uint32_t low = i == 1 ? secondLow : 0x80U;
        const std::uint32_t high = i == 1 ? secondHigh : 0xBFU;
        if (byte < low || byte > high) {
            return std::nullopt;
        }
        codePoint = (codePoint << 6U) | (byte & 0x3FU);
    }
    pos += length;
    return codePoint;
}

// The length of the leading run of ASCII bytes, eight at a time: almost every string
// in an assessment is ASCII, and this keeps the strict check below off its path.
std::size_t asciiPrefixLength(std::string_view text)
{
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    std::size_t pos = 0;
    for (; pos + 8 <= text.size(); pos += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, text.data() + pos, sizeof word);
        if ((word & kHighBits) != 0) {
            break;
        }
    }
    while (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80U) {
        ++pos;
    }
    return pos;
}

bool isValidUtf8(std::string_view text)
{
    std::size_t pos = asciiPrefixLength(text);
    while (pos < text.size()) {
        if (!nextCodePoint(text, pos)) {
            return false;
        }
    }
    return true;
}

// A 4-byte UTF-8 sequence encodes a character above U+FFFF, the only kind whose
// UTF-16 order differs from its UTF-8 byte order.
bool hasSupplementaryCharacter(std::string_view text)
{
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) >= 0xF0U; });
}

// JCS orders member names by UTF-16 code units, as ECMAScript compares strings; UTF-8
// byte order differs for characters above U+FFFF, which sort before U+E000..U+FFFF.
std::optional<std::u16string> toUtf16(std::string_view text)
{
    std::u16string result;
    result.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto codePoint = nextCodePoint(text, pos);
        if (!codePoint) {
            return std::nullopt;
        }
        if (*codePoint < 0x10000U) {
            result += static_cast<char16_t>(*codePoint);
        } else {
            const std::uint32_t offset = *codePoint - 0x10000U;
            result += static_cast<char16_t>(0xD800U + (offset >> 10U));
            result += static_cast<char16_t>(0xDC00U + (offset & 0x3FFU));
        }
    }
    return result;
}

// ECMAScript JSON.stringify's QuoteJSONString for well-formed text: only '"', '\' and
// the C0 controls are escaped; everything else (U+007F, U+2028, non-ASCII) stays raw.
void appendQuoted(std::string& out, std::string_view text)
{
    static constexpr std::string_view hexDigits = "0123456789abcdef";
    const auto needsEscape = [](char c) {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20U;
    };
    out += '"';
    std::size_t pos = 0;
    while (pos < text.size()) {
        // Copy the run of characters that stay as they are in one go.
        const auto runEnd = static_cast<std::size_t>(
            std::find_if(text.begin() + static_cast<std::ptrdiff_t>(pos), text.end(), needsEscape) -
            text.begin());
        out.append(text.substr(pos, runEnd - pos));
        if (runEnd == text.size()) {
            break;
        }
        const char c = text[runEnd];
        pos = runEnd + 1;
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hexDigits[byte >> 4U];
            out += hexDigits[byte & 0x0FU];
        }
    }
    out += '"';
}

// ECMAScript Number::toString (ECMA-262, 6.1.6.1.20) for a finite double. The shortest
// round-trip digits come from std::to_chars, which picks the same digits as ECMAScript
// (fewest digits; of those, the closest to the value); only the layout is left to do.
std::string formatDouble(double value)
{
    if (value == 0.0) {
        return "0"; // -0 too: JSON.stringify(-0) is "0"
    }
    std::string result = value < 0.0 ? "-" : "";
    std::array<char, 32> buffer{};
    // Cannot fail: a shortest form has at most 23 characters ("1.7976931348623157e+308").
    const auto written = std::to_chars(buffer.data(), buffer.data() + buffer.size(),
                                       std::fabs(value), std::chars_format::scientific);
    const std::string_view scientific(buffer.data(),
                                      static_cast<std::size_t>(written.ptr - buffer.data()));
    const auto ePos = scientific.find('e');
    std::string digits;
    for (const char c : scientific.substr(0, ePos)) {
        if (c != '.') {
            digits += c;
        }
    }
    int exponent = 0;
    const std::string_view exponentText = scientific.substr(ePos + 1);
    const bool negativeExponent = exponentText.front() == '-';
    // std::from_chars rejects a leading '+', which to_chars always writes.
    const std::string_view exponentDigits = exponentText.substr(1);
    std::from_chars(exponentDigits.data(), exponentDigits.data() + exponentDigits.size(), exponent);
    exponent = negativeExponent ? -exponent : exponent;

    // ECMAScript's names: the value is digits x 10^(n - k).
    const int k = static_cast<int>(digits.size());
    const int n = exponent + 1;
    if (k <= n && n <= 21) {
        result += digits;
        result.append(static_cast<std::size_t>(n - k), '0');
    } else if (0 < n && n <= 21) {
        result += std::string_view(digits).substr(0, static_cast<std::size_t>(n));
        result += '.';
        result += std::string_view(digits).substr(static_cast<std::size_t>(n));
    } else if (-6 < n && n <= 0) {
        result += "0.";
        result.append(static_cast<std::size_t>(-n), '0');
        result += digits;
    } else {
        result += digits.front();
        if (k > 1) {
            result += '.';
            result += std::string_view(digits).substr(1);
        }
        result += n - 1 < 0 ? "e-" : "e+";
        result += std::to_string(std::abs(n - 1));
    }
    return result;
}

// Where the writer is in the document, as a chain of steps on the stack. The JSON
// pointer is spelled out only when something fails: building it for every value of a
// valid document cost more than writing the document.
struct Path
{
    const Path* parent = nullptr;
    const std::string* name = nullptr; // the member name, in an object
    std::size_t index = 0;             // the element index, in an array

    [[nodiscard]] std::string pointer() const
    {
        if (parent == nullptr) {
            return {};
        }
        const auto above = parent->pointer();
        return name != nullptr ? appendPointer(above, *name) : appendPointer(above, index);
    }
};

class Canonicalizer
{
public:
    [[nodiscard]] bool write(const json& value, const Path& path)
    {
        switch (value.type()) {
        case json::value_t::null:
            m_out += "null";
            return true;
        case json::value_t::boolean:
            m_out += value.get<bool>() ? "true" : "false";
            return true;
        case json::value_t::number_integer:
            return writeInteger(value.get<std::int64_t>(), path);
        case json::value_t::number_unsigned:
            return writeUnsigned(value.get<std::uint64_t>(), path);
        case json::value_t::number_float:
            return writeDouble(value.get<double>(), path);
        case json::value_t::string:
            return writeString(value.get_ref<const std::string&>(), path);
        case json::value_t::array:
            return writeArray(value, path);
        case json::value_t::object:
            return writeObject(value, path);
        case json::value_t::binary:
            return fail(path, "binary data has no JSON representation");
        case json::value_t::discarded:
            break;
        }
        return fail(path, "a discarded value has no JSON representation");
    }

    [[nodiscard]] std::string takeOutput() { return std::move(m_out); }
    [[nodiscard]] std::string takeError() { return std::move(m_error); }

private:
    bool fail(const Path& path, const std::string& message)
    {
        const auto pointer = path.pointer();
        m_error = pointer.empty() ? message : pointer + ": " + message;
        return false;
    }

    bool failOutOfRange(const Path& path, const std::string& number)
    {
        return fail(path, "integer " + number +
                              " is outside the range a JSON number can hold exactly "
                              "(-2^53 to 2^53) and would change as a double");
    }

    bool writeInteger(std::int64_t number, const Path& path)
    {
        const std::uint64_t magnitude = number < 0 ? 0U - static_cast<std::uint64_t>(number)
                                                   : static_cast<std::uint64_t>(number);
        const std::string digits = std::to_string(number);
        if (magnitude > maxExactInteger && formatDouble(static_cast<double>(number)) != digits) {
            return failOutOfRange(path, digits);
        }
        m_out += digits;
        return true;
    }

    bool writeUnsigned(std::uint64_t number, const Path& path)
    {
        const std::string digits = std::to_string(number);
        if (number > maxExactInteger && formatDouble(static_cast<double>(number)) != digits) {
            return failOutOfRange(path, digits);
        }
        m_out += digits;
        return true;
    }

    bool writeDouble(double number, const Path& path)
    {
        if (std::isnan(number)) {
            return fail(path, "NaN has no JSON representation");
        }
        if (std::isinf(number)) {
            return fail(path, std::string(number < 0.0 ? "-Infinity" : "Infinity") +
                                  " has no JSON representation");
        }
        m_out += formatDouble(number);
        return true;
    }

    bool writeString(const std::string& text, const Path& path)
    {
        if (!isValidUtf8(text)) {
            return fail(path, "string is not valid UTF-8");
        }
        appendQuoted(m_out, text);
        return true;
    }

    bool writeArray(const json& array, const Path& path)
    {
        m_out += '[';
        Path element{&path, nullptr, 0};
        for (const auto& value : array) {
            if (element.index > 0) {
                m_out += ',';
            }
            if (!write(value, element)) {
                return false;
            }
            ++element.index;
        }
        m_out += ']';
        return true;
    }

    struct Member
    {
        const std::string* name;
        const json* value;
    };

    bool writeObject(const json& object, const Path& path)
    {
        std::vector<Member> members;
        members.reserve(object.size());
        bool byteOrderIsJcsOrder = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!isValidUtf8(it.key())) {
                // The name itself cannot go into the pointer: it is not text.
                return fail(path, "member name is not valid UTF-8");
            }
            byteOrderIsJcsOrder = byteOrderIsJcsOrder && !hasSupplementaryCharacter(it.key());
            members.push_back(Member{&it.key(), &it.value()});
        }
        // The object keeps its members in UTF-8 byte order, which is code point order;
        // JCS wants UTF-16 code unit order, which differs only for characters above
        // U+FFFF (their surrogates sort before U+E000..U+FFFF). Re-sort only then.
        if (!byteOrderIsJcsOrder) {
            sortByUtf16(members);
        }

        m_out += '{';
        bool first = true;
        for (const auto& member : members) {
            if (!first) {
                m_out += ',';
            }
            first = false;
            appendQuoted(m_out, *member.name);
            m_out += ':';
            if (!write(*member.value, Path{&path, member.name, 0})) {
                return false;
            }
        }
        m_out += '}';
        return true;
    }

    static void sortByUtf16(std::vector<Member>& members)
    {
        std::vector<std::pair<std::u16string, Member>> keyed;
        keyed.reserve(members.size());
        for (const auto& member : members) {
            // Checked as valid UTF-8 above, so the conversion succeeds.
            keyed.emplace_back(toUtf16(*member.name).value_or(std::u16string()), member);
        }
        // Distinct valid UTF-8 names give distinct UTF-16 keys, so the order is total.
        std::sort(keyed.begin(), keyed.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t i = 0; i < keyed.size(); ++i) {
            members[i] = keyed[i].second;
        }
    }

    std::string m_out;
    std::string m_error;
};

} // namespace

CanonicalResult canonicalJson(const nlohmann::json& value)
{
    Canonicalizer canonicalizer;
    if (!canonicalizer.write(value, Path{})) {
        return CanonicalResult{std::nullopt, canonicalizer.takeError()};
    }
    return CanonicalResult{canonicalizer.takeOutput(), {}};
}

} // namespace vouch::model
