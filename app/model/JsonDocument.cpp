// SPDX-License-Identifier: Apache-2.0
#include "model/JsonDocument.h"

#include <fstream>
#include <sstream>
#include <system_error>

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
    if (const auto offset = findExcessiveNesting(text, limits.maxDepth);
        offset != std::string_view::npos) {
        return failed<nlohmann::json>(
            Diagnostic{displayName, lineColumn(positionOf(text, offset)),
                       "nested deeper than " + std::to_string(limits.maxDepth) + " levels"});
    }
    try {
        return {nlohmann::json::parse(text, nullptr, true, false), {}};
    } catch (const nlohmann::json::parse_error& error) {
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
    std::ostringstream buffer;
    buffer << stream.rdbuf();
    if (stream.bad()) {
        return failed<nlohmann::json>(Diagnostic{displayName, {}, "read error"});
    }
    return parseJsonText(buffer.str(), displayName, limits);
}

} // namespace vouch::model
