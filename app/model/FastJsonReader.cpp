// SPDX-License-Identifier: Apache-2.0
#include "model/FastJsonReader.h"

#include "model/TextChecks.h"

#include <simdjson.h>
#include <string>

namespace vouch::model {
namespace {

using nlohmann::json;

class TreeCopier
{
public:
    explicit TreeCopier(const JsonLimits& limits)
        : m_limits(limits)
    {}

    // False when the element breaks a rule; the strict reader then says which.
    bool copy(simdjson::dom::element element, json& out, int depth)
    {
        switch (element.type()) {
        case simdjson::dom::element_type::OBJECT:
            return copyObject(element.get_object().value_unsafe(), out, depth + 1);
        case simdjson::dom::element_type::ARRAY:
            return copyArray(element.get_array().value_unsafe(), out, depth + 1);
        case simdjson::dom::element_type::STRING: {
            const std::string_view text = element.get_string().value_unsafe();
            if (!isPlainEnough(text)) {
                return false;
            }
            out = std::string(text);
            return true;
        }
        case simdjson::dom::element_type::INT64: {
            // nlohmann keeps non-negative integers as unsigned, negative ones as signed
            // ("-0" as a signed 0, which simdjson cannot tell from "0": such texts are
            // left to nlohmann, see hasNegativeZero).
            const auto value = element.get_int64().value_unsafe();
            if (value >= 0) {
                out = static_cast<json::number_unsigned_t>(value);
            } else {
                out = static_cast<json::number_integer_t>(value);
            }
            return true;
        }
        case simdjson::dom::element_type::UINT64:
            out = static_cast<json::number_unsigned_t>(element.get_uint64().value_unsafe());
            return true;
        case simdjson::dom::element_type::DOUBLE:
            out = static_cast<json::number_float_t>(element.get_double().value_unsafe());
            return true;
        case simdjson::dom::element_type::BOOL:
            out = element.get_bool().value_unsafe();
            return true;
        case simdjson::dom::element_type::NULL_VALUE:
            out = nullptr;
            return true;
        }
        return false;
    }

private:
    bool copyObject(simdjson::dom::object object, json& out, int depth)
    {
        if (depth > m_limits.maxDepth) {
            return false;
        }
        out = json::object();
        auto& members = out.get_ref<json::object_t&>();
        for (const auto field : object) {
            if (!isPlainEnough(field.key)) {
                return false;
            }
            const auto [place, inserted] = members.try_emplace(std::string(field.key));
            if (!inserted || !copy(field.value, place->second, depth)) {
                return false; // a duplicate key, or a problem inside
            }
        }
        return true;
    }

    bool copyArray(simdjson::dom::array array, json& out, int depth)
    {
        if (depth > m_limits.maxDepth) {
            return false;
        }
        out = json::array();
        auto& elements = out.get_ref<json::array_t&>();
        elements.reserve(array.size());
        for (const auto element : array) {
            if (!copy(element, elements.emplace_back(), depth)) {
                return false;
            }
        }
        return true;
    }

    [[nodiscard]] bool isPlainEnough(std::string_view text) const
    {
        return !m_limits.plainTextStrings || !plainTextProblem(text).has_value();
    }

    const JsonLimits& m_limits;
};

bool isDelimiter(char c)
{
    return c == ',' || c == ']' || c == '}' || c == ':' || c == '[' || c == ' ' || c == '\t' ||
           c == '\n' || c == '\r';
}

// Whether the text may hold the number -0 (as "-0" between delimiters). A string that
// merely contains such a spelling sends the text the slow way too, which is harmless.
bool hasNegativeZero(std::string_view text)
{
    for (auto at = text.find("-0"); at != std::string_view::npos; at = text.find("-0", at + 2)) {
        const bool startsToken = at == 0 || isDelimiter(text[at - 1]);
        const bool endsToken = at + 2 == text.size() || isDelimiter(text[at + 2]);
        if (startsToken && endsToken) {
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<nlohmann::json> parseValidJsonQuickly(std::string_view text, const JsonLimits& limits)
{
    // One parser per thread keeps its buffers from one document to the next.
    thread_local simdjson::dom::parser parser;
    // nlohmann skips a leading byte order mark; leave that case, and -0, to it.
    if (text.starts_with("\xEF\xBB\xBF") || hasNegativeZero(text)) {
        return std::nullopt;
    }
    simdjson::dom::element root;
    if (parser.parse(text.data(), text.size(), true).get(root) != simdjson::SUCCESS) {
        return std::nullopt;
    }
    json result;
    TreeCopier copier(limits);
    if (!copier.copy(root, result, 0)) {
        return std::nullopt;
    }
    return result;
}

} // namespace vouch::model
