// SPDX-License-Identifier: Apache-2.0
#include "model/MigrationReader.h"

#include "model/ObjectReader.h"
#include "model/TextChecks.h"
#include "model/Vocabulary.h"

#include <algorithm>
#include <map>
#include <set>

namespace vouch::model {
namespace {

class MigrationReader
{
public:
    MigrationReader(const Questionnaire& questionnaire, DiagnosticSink& sink)
        : m_questionnaire(questionnaire)
        , m_sink(sink)
    {}

    std::optional<Migration> readMigration(const nlohmann::json& value, const std::string& pointer)
    {
        ObjectReader reader(value, pointer, m_sink, "a migration");
        if (!reader.valid()) {
            return std::nullopt;
        }
        const std::size_t before = m_sink.count();
        Migration migration;
        migration.fromVersion = readFromVersion(reader).value_or("");
        if (const auto* list = reader.array("questions", Need::Required, true)) {
            std::map<std::string, std::string> seenOld;
            std::map<std::string, std::string> seenNew;
            for (std::size_t i = 0; i < list->size(); ++i) {
                const auto place = appendPointer(reader.pointerTo("questions"), i);
                if (auto entry = readQuestion((*list)[i], place)) {
                    claim(seenOld, entry->from, appendPointer(place, "from"), "old question");
                    claim(seenNew, entry->to, appendPointer(place, "to"), "target question");
                    migration.questions.push_back(std::move(*entry));
                }
            }
        }
        reader.rejectUnknownKeys({"from_version", "questions"});
        if (m_sink.count() != before) {
            return std::nullopt;
        }
        return migration;
    }

private:
    std::optional<std::string> readFromVersion(ObjectReader& reader)
    {
        const auto version = reader.text("from_version", Need::Required);
        if (!version) {
            return std::nullopt;
        }
        const auto place = reader.pointerTo("from_version");
        if (!isValidSemver(*version)) {
            m_sink.error(place,
                         "expected a semantic version such as 1.0.0, found " + inQuotes(*version));
            return std::nullopt;
        }
        const auto& current = m_questionnaire.version;
        if (isValidSemver(current) && compareSemver(*version, current) >= 0) {
            m_sink.error(place, "a migration comes from an earlier version, and " +
                                    inQuotes(*version) + " is not earlier than " +
                                    inQuotes(current));
            return std::nullopt;
        }
        const auto [it, inserted] = m_seenVersions.emplace(*version, place);
        if (!inserted) {
            m_sink.error(place, "a second migration from " + inQuotes(*version) + " (first at " +
                                    it->second + ")");
            return std::nullopt;
        }
        return version;
    }

    void claim(std::map<std::string, std::string>& seen, const std::string& id,
               const std::string& place, std::string_view kind)
    {
        const auto [it, inserted] = seen.emplace(id, place);
        if (!inserted) {
            m_sink.error(place, std::string(kind) + " " + inQuotes(id) +
                                    " is named twice in this migration (first at " + it->second +
                                    ")");
        }
    }

    // One renamed or re-valued question; the target and the mapped values are checked.
    std::optional<QuestionMigration> readQuestion(const nlohmann::json& value,
                                                  const std::string& pointer)
    {
        ObjectReader reader(value, pointer, m_sink, "a question migration");
        if (!reader.valid()) {
            return std::nullopt;
        }
        const std::size_t before = m_sink.count();
        QuestionMigration entry;
        entry.from = reader.id("from", Need::Required).value_or("");
        entry.to = reader.id("to", Need::Optional).value_or(entry.from);
        const auto* values = reader.member("values", Need::Optional);
        reader.rejectUnknownKeys({"from", "to", "values"});
        if (m_sink.count() != before || entry.from.empty()) {
            return std::nullopt;
        }
        const auto targetPlace = reader.pointerTo(value.contains("to") ? "to" : "from");
        const auto* target = m_questionnaire.question(entry.to);
        if (target == nullptr) {
            m_sink.error(targetPlace, "unknown question " + inQuotes(entry.to) +
                                          ": a migration's target must be a question of this "
                                          "version");
            return std::nullopt;
        }
        if (values != nullptr) {
            readValues(*values, reader.pointerTo("values"), *target, entry);
        } else if (entry.to == entry.from) {
            m_sink.error(pointer, "this entry changes nothing: give \"to\" (a renamed question) "
                                  "or \"values\" (changed options)");
        }
        if (m_sink.count() != before) {
            return std::nullopt;
        }
        return entry;
    }

    void readValues(const nlohmann::json& values, const std::string& pointer,
                    const Question& target, QuestionMigration& entry)
    {
        if (!values.is_object() || values.empty()) {
            m_sink.error(pointer, "expected an object of old value -> current value, found " +
                                      (values.is_object() ? std::string("an empty object")
                                                          : jsonTypeName(values)));
            return;
        }
        const auto type = target.type;
        if (type != QuestionType::Single && type != QuestionType::Multiple &&
            type != QuestionType::YesNoUnknown) {
            m_sink.error(pointer, "values map options, and " + inQuotes(target.id) + " is a " +
                                      std::string(spelling(type)) + " question");
            return;
        }
        const auto allowed = target.allowedValues();
        for (const auto& [oldValue, newValue] : values.items()) {
            const auto place = appendPointer(pointer, oldValue);
            if (!newValue.is_string()) {
                m_sink.error(place, "expected a value of " + inQuotes(target.id) + ", found " +
                                        jsonTypeName(newValue));
                continue;
            }
            const auto mapped = newValue.get<std::string>();
            if (std::find(allowed.begin(), allowed.end(), mapped) == allowed.end()) {
                std::vector<std::string_view> words(allowed.begin(), allowed.end());
                m_sink.error(place, inQuotes(mapped) + " is not a value of " + inQuotes(target.id) +
                                        " (expected " + joinedForMessage(words) + ")");
                continue;
            }
            entry.values.emplace(oldValue, mapped);
        }
    }

    const Questionnaire& m_questionnaire;
    DiagnosticSink& m_sink;
    std::map<std::string, std::string> m_seenVersions;
};

} // namespace

void readMigrations(const nlohmann::json& block, const std::string& pointer,
                    Questionnaire& questionnaire, DiagnosticSink& sink)
{
    if (!block.is_array()) {
        sink.error(pointer, "expected an array of migrations, found " + jsonTypeName(block));
        return;
    }
    MigrationReader reader(questionnaire, sink);
    std::vector<Migration> migrations;
    for (std::size_t i = 0; i < block.size(); ++i) {
        if (auto migration = reader.readMigration(block[i], appendPointer(pointer, i))) {
            migrations.push_back(std::move(*migration));
        }
    }
    questionnaire.migrations = std::move(migrations);
}

} // namespace vouch::model
