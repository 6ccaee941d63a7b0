// SPDX-License-Identifier: Apache-2.0
#include "model/ObjectReader.h"

#include "model/TextChecks.h"

#include <algorithm>
#include <set>

namespace vouch::model {

std::string jsonTypeName(const nlohmann::json& value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::object:
        return "an object";
    case nlohmann::json::value_t::array:
        return "an array";
    case nlohmann::json::value_t::string:
        return "a string";
    case nlohmann::json::value_t::boolean:
        return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return "a number";
    case nlohmann::json::value_t::binary:
    case nlohmann::json::value_t::discarded:
        break;
    }
    return "an unsupported value";
}

std::optional<TextProblem> firstNonPlainText(const nlohmann::json& value,
                                             const std::string& pointer)
{
    if (value.is_string()) {
        if (auto problem = plainTextProblem(value.get_ref<const std::string&>())) {
            return TextProblem{pointer, std::move(*problem)};
        }
    } else if (value.is_object()) {
        for (const auto& [key, member] : value.items()) {
            const auto place = appendPointer(pointer, key);
            if (auto problem = plainTextProblem(key)) {
                return TextProblem{place, std::move(*problem)};
            }
            if (auto problem = firstNonPlainText(member, place)) {
                return problem;
            }
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (auto problem = firstNonPlainText(value[i], appendPointer(pointer, i))) {
                return problem;
            }
        }
    }
    return std::nullopt;
}

std::optional<TextProblem> firstOverlongText(const nlohmann::json& value,
                                             const std::string& pointer, std::size_t limit,
                                             std::size_t& total)
{
    if (value.is_string()) {
        const auto& text = value.get_ref<const std::string&>();
        total += codePointCount(text);
        if (auto problem = lengthProblem(text, limit)) {
            return TextProblem{pointer, std::move(*problem)};
        }
    } else if (value.is_object()) {
        for (const auto& [key, member] : value.items()) {
            if (auto problem =
                    firstOverlongText(member, appendPointer(pointer, key), limit, total)) {
                return problem;
            }
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (auto problem =
                    firstOverlongText(value[i], appendPointer(pointer, i), limit, total)) {
                return problem;
            }
        }
    }
    return std::nullopt;
}

ObjectReader::ObjectReader(const nlohmann::json& value, std::string pointer, DiagnosticSink& sink,
                           std::string_view what)
    : m_pointer(std::move(pointer))
    , m_sink(sink)
{
    if (value.is_object()) {
        m_object = &value;
    } else {
        m_sink.error(m_pointer.empty() ? std::string("/") : m_pointer,
                     "expected " + std::string(what) + " (an object), found " +
                         jsonTypeName(value));
    }
}

std::string ObjectReader::pointerTo(std::string_view key) const
{
    return appendPointer(m_pointer, key);
}

const nlohmann::json* ObjectReader::find(std::string_view key, Need need)
{
    if (m_object == nullptr) {
        return nullptr;
    }
    const auto it = m_object->find(key);
    if (it == m_object->end()) {
        if (need == Need::Required) {
            m_sink.error(m_pointer.empty() ? std::string("/") : m_pointer,
                         "missing required key " + inQuotes(key));
        }
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> ObjectReader::text(std::string_view key, Need need)
{
    const auto* value = find(key, need);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (!value->is_string()) {
        m_sink.error(pointerTo(key), "expected a string, found " + jsonTypeName(*value));
        return std::nullopt;
    }
    auto string = value->get<std::string>();
    if (string.find_first_not_of(" \t\r\n") == std::string::npos) {
        m_sink.error(pointerTo(key), "expected a non-empty string");
        return std::nullopt;
    }
    return string;
}

std::optional<std::string> ObjectReader::id(std::string_view key, Need need)
{
    const auto* value = find(key, need);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (!value->is_string() || !isValidId(value->get_ref<const std::string&>())) {
        m_sink.error(pointerTo(key),
                     "expected an id (lowercase letters, digits, '_', '.', '-'), found " +
                         (value->is_string() ? inQuotes(value->get_ref<const std::string&>())
                                             : jsonTypeName(*value)));
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::optional<bool> ObjectReader::boolean(std::string_view key)
{
    const auto* value = find(key, Need::Optional);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (!value->is_boolean()) {
        m_sink.error(pointerTo(key), "expected true or false, found " + jsonTypeName(*value));
        return std::nullopt;
    }
    return value->get<bool>();
}

std::optional<long long> ObjectReader::integer(std::string_view key, long long min, long long max)
{
    const auto* value = find(key, Need::Optional);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (!value->is_number_integer() || value->get<long long>() < min ||
        value->get<long long>() > max) {
        m_sink.error(pointerTo(key), "expected an integer from " + std::to_string(min) + " to " +
                                         std::to_string(max) + ", found " + value->dump());
        return std::nullopt;
    }
    return value->get<long long>();
}

const nlohmann::json* ObjectReader::array(std::string_view key, Need need, bool allowEmpty)
{
    const auto* value = find(key, need);
    if (value == nullptr) {
        return nullptr;
    }
    if (!value->is_array()) {
        m_sink.error(pointerTo(key), "expected an array, found " + jsonTypeName(*value));
        return nullptr;
    }
    if (!allowEmpty && value->empty()) {
        m_sink.error(pointerTo(key), "expected a non-empty array");
        return nullptr;
    }
    return value;
}

const nlohmann::json* ObjectReader::member(std::string_view key, Need need)
{
    return find(key, need);
}

std::vector<std::string> ObjectReader::idList(std::string_view key, Need need, bool allowEmpty)
{
    std::vector<std::string> ids;
    const auto* list = array(key, need, allowEmpty);
    if (list == nullptr) {
        return ids;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto& entry = (*list)[i];
        const auto place = appendPointer(pointerTo(key), i);
        if (!entry.is_string() || !isValidId(entry.get_ref<const std::string&>())) {
            m_sink.error(place,
                         "expected an id, found " +
                             (entry.is_string() ? inQuotes(entry.get_ref<const std::string&>())
                                                : jsonTypeName(entry)));
            continue;
        }
        const auto& value = entry.get_ref<const std::string&>();
        if (!seen.insert(value).second) {
            m_sink.error(place, inQuotes(value) + " is listed twice");
            continue;
        }
        ids.push_back(value);
    }
    return ids;
}

void ObjectReader::rejectUnknownKeys(std::initializer_list<std::string_view> known)
{
    if (m_object == nullptr) {
        return;
    }
    for (const auto& [key, value] : m_object->items()) {
        if (key.starts_with('$')) {
            continue;
        }
        if (std::find(known.begin(), known.end(), key) == known.end()) {
            std::string expected;
            for (const auto& name : known) {
                expected += expected.empty() ? "" : ", ";
                expected += name;
            }
            m_sink.error(pointerTo(key),
                         "unknown key " + inQuotes(key) + " (expected one of: " + expected + ")");
        }
    }
}

} // namespace vouch::model
