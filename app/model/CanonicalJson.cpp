// SPDX-License-Identifier: Apache-2.0
#include "model/CanonicalJson.h"

#include "model/TextChecks.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
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

bool isValidUtf8(std::string_view text)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (!nextCodePoint(text, pos)) {
            return false;
        }
    }
    return true;
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
    out += '"';
    for (const char c : text) {
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
            if (byte < 0x20U) {
                out += "\\u00";
                out += hexDigits[byte >> 4U];
                out += hexDigits[byte & 0x0FU];
            } else {
                out += c;
            }
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

class Canonicalizer
{
public:
    [[nodiscard]] bool write(const json& value, const std::string& pointer)
    {
        switch (value.type()) {
        case json::value_t::null:
            m_out += "null";
            return true;
        case json::value_t::boolean:
            m_out += value.get<bool>() ? "true" : "false";
            return true;
        case json::value_t::number_integer:
            return writeInteger(value.get<std::int64_t>(), pointer);
        case json::value_t::number_unsigned:
            return writeUnsigned(value.get<std::uint64_t>(), pointer);
        case json::value_t::number_float:
            return writeDouble(value.get<double>(), pointer);
        case json::value_t::string:
            return writeString(value.get_ref<const std::string&>(), pointer);
        case json::value_t::array:
            return writeArray(value, pointer);
        case json::value_t::object:
            return writeObject(value, pointer);
        case json::value_t::binary:
            return fail(pointer, "binary data has no JSON representation");
        case json::value_t::discarded:
            break;
        }
        return fail(pointer, "a discarded value has no JSON representation");
    }

    [[nodiscard]] std::string takeOutput() { return std::move(m_out); }
    [[nodiscard]] std::string takeError() { return std::move(m_error); }

private:
    bool fail(const std::string& pointer, const std::string& message)
    {
        m_error = pointer.empty() ? message : pointer + ": " + message;
        return false;
    }

    bool failOutOfRange(const std::string& pointer, const std::string& number)
    {
        return fail(pointer, "integer " + number +
                                 " is outside the range a JSON number can hold exactly "
                                 "(-2^53 to 2^53) and would change as a double");
    }

    bool writeInteger(std::int64_t number, const std::string& pointer)
    {
        const std::uint64_t magnitude = number < 0 ? 0U - static_cast<std::uint64_t>(number)
                                                   : static_cast<std::uint64_t>(number);
        const std::string digits = std::to_string(number);
        if (magnitude > maxExactInteger && formatDouble(static_cast<double>(number)) != digits) {
            return failOutOfRange(pointer, digits);
        }
        m_out += digits;
        return true;
    }

    bool writeUnsigned(std::uint64_t number, const std::string& pointer)
    {
        const std::string digits = std::to_string(number);
        if (number > maxExactInteger && formatDouble(static_cast<double>(number)) != digits) {
            return failOutOfRange(pointer, digits);
        }
        m_out += digits;
        return true;
    }

    bool writeDouble(double number, const std::string& pointer)
    {
        if (std::isnan(number)) {
            return fail(pointer, "NaN has no JSON representation");
        }
        if (std::isinf(number)) {
            return fail(pointer, std::string(number < 0.0 ? "-Infinity" : "Infinity") +
                                     " has no JSON representation");
        }
        m_out += formatDouble(number);
        return true;
    }

    bool writeString(const std::string& text, const std::string& pointer)
    {
        if (!isValidUtf8(text)) {
            return fail(pointer, "string is not valid UTF-8");
        }
        appendQuoted(m_out, text);
        return true;
    }

    bool writeArray(const json& array, const std::string& pointer)
    {
        m_out += '[';
        std::size_t index = 0;
        for (const auto& element : array) {
            if (index > 0) {
                m_out += ',';
            }
            if (!write(element, appendPointer(pointer, index))) {
                return false;
            }
            ++index;
        }
        m_out += ']';
        return true;
    }

    bool writeObject(const json& object, const std::string& pointer)
    {
        struct Member
        {
            std::u16string sortKey;
            const std::string* name;
            const json* value;
        };
        std::vector<Member> members;
        members.reserve(object.size());
        for (auto it = object.begin(); it != object.end(); ++it) {
            auto sortKey = toUtf16(it.key());
            if (!sortKey) {
                // The name itself cannot go into the pointer: it is not text.
                return fail(pointer, "member name is not valid UTF-8");
            }
            members.push_back(Member{std::move(*sortKey), &it.key(), &it.value()});
        }
        // Distinct valid UTF-8 names give distinct UTF-16 keys, so the order is total.
        std::sort(members.begin(), members.end(),
                  [](const Member& a, const Member& b) { return a.sortKey < b.sortKey; });

        m_out += '{';
        bool first = true;
        for (const auto& member : members) {
            if (!first) {
                m_out += ',';
            }
            first = false;
            appendQuoted(m_out, *member.name);
            m_out += ':';
            if (!write(*member.value, appendPointer(pointer, *member.name))) {
                return false;
            }
        }
        m_out += '}';
        return true;
    }

    std::string m_out;
    std::string m_error;
};

} // namespace

CanonicalResult canonicalJson(const nlohmann::json& value)
{
    Canonicalizer canonicalizer;
    if (!canonicalizer.write(value, "")) {
        return CanonicalResult{std::nullopt, canonicalizer.takeError()};
    }
    return CanonicalResult{canonicalizer.takeOutput(), {}};
}

} // namespace vouch::model
