// SPDX-License-Identifier: Apache-2.0
#include "model/TextChecks.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace vouch::model {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view text)
{
    if (text.empty()) {
        return false;
    }
    for (const char c : text) {
        if (!isDigit(c)) {
            return false;
        }
    }
    return true;
}

int toInt(std::string_view digits)
{
    int value = 0;
    for (const char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}

// A semver numeric identifier: digits without a leading zero.
bool isNumericIdentifier(std::string_view text)
{
    return allDigits(text) && (text.size() == 1 || text.front() != '0');
}

} // namespace

bool isValidId(std::string_view text)
{
    if (text.empty() || text.size() > 128) {
        return false;
    }
    const auto allowed = [](char c) {
        return (c >= 'a' && c <= 'z') || isDigit(c) || c == '_' || c == '.' || c == '-';
    };
    for (const char c : text) {
        if (!allowed(c)) {
            return false;
        }
    }
    return (text.front() >= 'a' && text.front() <= 'z') || isDigit(text.front());
}

bool isValidDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    const auto year = text.substr(0, 4);
    const auto month = text.substr(5, 2);
    const auto day = text.substr(8, 2);
    if (!allDigits(year) || !allDigits(month) || !allDigits(day)) {
        return false;
    }
    const int y = toInt(year);
    const int m = toInt(month);
    const int d = toInt(day);
    if (m < 1 || m > 12 || d < 1) {
        return false;
    }
    static constexpr std::array<int, 12> daysInMonth{31, 28, 31, 30, 31, 30,
                                                     31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    const int limit = daysInMonth[static_cast<std::size_t>(m - 1)] + ((m == 2 && leap) ? 1 : 0);
    return d <= limit;
}

bool isValidLanguageTag(std::string_view text)
{
    const auto all = [](std::string_view part, auto predicate) {
        return std::all_of(part.begin(), part.end(),
                           [&](char c) { return predicate(static_cast<unsigned char>(c)); });
    };
    const auto isLower = [](unsigned char c) {
        return c >= 'a' && c <= 'z';
    };
    const auto isUpper = [](unsigned char c) {
        return c >= 'A' && c <= 'Z';
    };
    const auto isDigit = [](unsigned char c) {
        return c >= '0' && c <= '9';
    };
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const auto dash = text.find('-', start);
        parts.push_back(
            text.substr(start, dash == std::string_view::npos ? text.npos : dash - start));
        if (dash == std::string_view::npos) {
            break;
        }
        start = dash + 1;
    }
    if (parts.size() > 3 || parts[0].size() < 2 || parts[0].size() > 3 || !all(parts[0], isLower)) {
        return false;
    }
    std::size_t next = 1;
    if (next < parts.size() && parts[next].size() == 4 &&
        isUpper(static_cast<unsigned char>(parts[next][0])) &&
        all(parts[next].substr(1), isLower)) {
        ++next; // script
    }
    if (next < parts.size() && ((parts[next].size() == 2 && all(parts[next], isUpper)) ||
                                (parts[next].size() == 3 && all(parts[next], isDigit)))) {
        ++next; // region
    }
    return next == parts.size();
}

int compareSemver(std::string_view a, std::string_view b)
{
    const auto split = [](std::string_view text) {
        const auto dash = text.find('-');
        std::vector<unsigned long long> parts;
        std::size_t start = 0;
        const auto core = text.substr(0, dash);
        while (start <= core.size()) {
            const auto dot = core.find('.', start);
            const auto part = core.substr(start, dot == core.npos ? core.npos : dot - start);
            unsigned long long number = 0;
            for (const char c : part) {
                number = number * 10 + static_cast<unsigned long long>(c - '0');
            }
            parts.push_back(number);
            if (dot == core.npos) {
                break;
            }
            start = dot + 1;
        }
        return std::pair{parts, dash == text.npos ? std::string_view() : text.substr(dash + 1)};
    };
    const auto [coreA, preA] = split(a);
    const auto [coreB, preB] = split(b);
    if (coreA != coreB) {
        return coreA < coreB ? -1 : 1;
    }
    if (preA.empty() != preB.empty()) {
        return preA.empty() ? 1 : -1; // 1.0.0-rc1 < 1.0.0
    }
    return preA.compare(preB) < 0 ? -1 : (preA == preB ? 0 : 1);
}

bool isValidSemver(std::string_view text)
{
    const auto dash = text.find('-');
    const auto core = text.substr(0, dash);
    int parts = 0;
    std::size_t start = 0;
    while (true) {
        const auto dot = core.find('.', start);
        const auto part =
            core.substr(start, dot == std::string_view::npos ? core.npos : dot - start);
        if (!isNumericIdentifier(part)) {
            return false;
        }
        ++parts;
        if (dot == std::string_view::npos) {
            break;
        }
        start = dot + 1;
    }
    if (parts != 3) {
        return false;
    }
    if (dash == std::string_view::npos) {
        return true;
    }
    const auto pre = text.substr(dash + 1);
    if (pre.empty()) {
        return false;
    }
    for (const char c : pre) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-')) {
            return false;
        }
    }
    return pre.front() != '.' && pre.back() != '.' && pre.find("..") == std::string_view::npos;
}

std::size_t codePointCount(std::string_view utf8)
{
    std::size_t count = 0;
    for (const char c : utf8) {
        // Continuation bytes are 10xxxxxx; every other byte starts a code point.
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) {
            ++count;
        }
    }
    return count;
}

std::string appendPointer(std::string_view pointer, std::string_view token)
{
    std::string result(pointer);
    result += '/';
    for (const char c : token) {
        if (c == '~') {
            result += "~0";
        } else if (c == '/') {
            result += "~1";
        } else {
            result += c;
        }
    }
    return result;
}

std::string appendPointer(std::string_view pointer, std::size_t index)
{
    return std::string(pointer) + '/' + std::to_string(index);
}

std::optional<std::string> findMarkup(std::string_view text)
{
    // A '<' can only open markup if some '>' follows it, so one look for the last '>'
    // keeps this linear.
    const auto lastClose = text.rfind('>');
    if (lastClose == std::string_view::npos) {
        return std::nullopt;
    }
    const auto opensMarkup = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?';
    };
    for (std::size_t i = 0; i + 1 < lastClose; ++i) {
        if (text[i] == '<' && opensMarkup(text[i + 1])) {
            constexpr std::size_t kMaxShown = 40;
            auto end = text.find('>', i + 1) + 1;
            if (end - i > kMaxShown) {
                end = i + kMaxShown;
                // Never cut a UTF-8 sequence in half.
                while (end > i && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) {
                    --end;
                }
                return std::string(text.substr(i, end - i)) + "...";
            }
            return std::string(text.substr(i, end - i));
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> findControlCharacter(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20U && c != '\t' && c != '\n' && c != '\r') || c == 0x7FU) {
            return i;
        }
    }
    return std::nullopt;
}

std::optional<std::string> plainTextProblem(std::string_view text)
{
    if (const auto offset = findControlCharacter(text)) {
        static constexpr char kHex[] = "0123456789ABCDEF";
        const auto c = static_cast<unsigned char>(text[*offset]);
        return std::string("contains the control character U+00") + kHex[c >> 4U] + kHex[c & 0xFU] +
               "; texts are plain text";
    }
    if (const auto markup = findMarkup(text)) {
        return "contains HTML markup " + inQuotes(*markup) + "; texts are plain text";
    }
    return std::nullopt;
}

std::string inQuotes(std::string_view text)
{
    std::string quoted = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\n') {
            quoted += "\\n";
        } else if (c == '\r') {
            quoted += "\\r";
        } else if (c == '\t') {
            quoted += "\\t";
        } else if (byte < 0x20U || byte == 0x7FU) {
            static constexpr char kHex[] = "0123456789abcdef";
            quoted += "\\u00";
            quoted += kHex[byte >> 4U];
            quoted += kHex[byte & 0xFU];
        } else {
            quoted += c;
        }
    }
    return quoted + '"';
}

std::optional<std::string> lengthProblem(std::string_view text, std::size_t limit)
{
    // Bytes bound characters from above: most texts need no counting.
    if (text.size() <= limit) {
        return std::nullopt;
    }
    const auto length = codePointCount(text);
    if (length <= limit) {
        return std::nullopt;
    }
    return "is " + std::to_string(length) + " characters long; at most " + std::to_string(limit) +
           " are allowed";
}

} // namespace vouch::model
