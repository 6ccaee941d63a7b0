// SPDX-License-Identifier: Apache-2.0
#include "model/QuestionnaireLoader.h"

#include "model/CanonicalJson.h"
#include "model/JsonDocument.h"
#include "model/MigrationReader.h"
#include "model/ObjectReader.h"
#include "model/Sha256.h"
#include "model/TextChecks.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <set>

namespace vouch::model {
namespace {

// Rule ids the engine itself uses for findings it derives from the matrix, and the
// prefixes of the findings it derives from control checks.
constexpr std::string_view kReservedRuleIds[]{"responsibility-gap"};
constexpr std::string_view kReservedRulePrefixes[]{"control-denied.", "control-unconfirmed."};

bool isReservedRuleId(std::string_view id)
{
    return std::find(std::begin(kReservedRuleIds), std::end(kReservedRuleIds), id) !=
               std::end(kReservedRuleIds) ||
           std::any_of(std::begin(kReservedRulePrefixes), std::end(kReservedRulePrefixes),
                       [&](std::string_view prefix) { return id.starts_with(prefix); });
}

std::string listForMessage(const std::vector<std::string>& values)
{
    std::vector<std::string_view> views(values.begin(), values.end());
    return joinedForMessage(views);
}

// Where a condition may look: anywhere (rules, tier, controls), or only at questions
// that come earlier in the wizard (visible_if), which also rules out cycles.
enum class Scope
{
    AnyQuestion,
    EarlierQuestions
};

class Loader
{
public:
    explicit Loader(const std::string& displayName)
        : m_sink(displayName)
    {}

    Loaded<Questionnaire> load(const nlohmann::json& document)
    {
        ObjectReader top(document, "", m_sink, "a questionnaire");
        if (!top.valid()) {
            return failed<Questionnaire>(m_sink.take());
        }
        readHeader(top);
        readList(top, "sources", Need::Required, false,
                 [this](const nlohmann::json& v, const std::string& p) { readSource(v, p); });
        collectQuestionIds(top.member("sections", Need::Optional));
        // Without any readable section every reference would be "unknown"; the one
        // error about /sections says it all.
        m_checkReferences = !m_declaredQuestions.empty();
        readList(top, "sections", Need::Required, false,
                 [this](const nlohmann::json& v, const std::string& p) { readSection(v, p); });
        if (const auto* tier = top.member("tier", Need::Required)) {
            readTier(*tier, top.pointerTo("tier"));
        }
        readList(top, "rules", Need::Required, true,
                 [this](const nlohmann::json& v, const std::string& p) { readRule(v, p); });
        readList(top, "controls", Need::Required, true,
                 [this](const nlohmann::json& v, const std::string& p) { readControl(v, p); });
        if (const auto* migrations = top.member("migrations", Need::Optional)) {
            readMigrations(*migrations, top.pointerTo("migrations"), m_questionnaire, m_sink);
        }
        top.rejectUnknownKeys({"format", "id", "version", "locale", "title", "description",
                               "publisher", "disclaimer", "sources", "sections", "tier", "rules",
                               "controls", "migrations"});
        if (!m_sink.empty()) {
            return failed<Questionnaire>(m_sink.take());
        }
        return {std::move(m_questionnaire), {}};
    }

private:
    template <typename ReadOne>
    void readList(ObjectReader& reader, std::string_view key, Need need, bool allowEmpty,
                  ReadOne readOne)
    {
        const auto* list = reader.array(key, need, allowEmpty);
        if (list == nullptr) {
            return;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            readOne((*list)[i], appendPointer(reader.pointerTo(key), i));
        }
    }

    void readHeader(ObjectReader& top)
    {
        auto& q = m_questionnaire;
        if (const auto* format = top.member("format", Need::Required)) {
            if (!format->is_string() || *format != kQuestionnaireFormat) {
                m_sink.error(top.pointerTo("format"), "unsupported format " + format->dump() +
                                                          " (expected " +
                                                          inQuotes(kQuestionnaireFormat) + ")");
            } else {
                q.format = format->get<std::string>();
            }
        }
        q.id = top.id("id", Need::Required).value_or("");
        if (const auto version = top.text("version", Need::Required)) {
            if (isValidSemver(*version)) {
                q.version = *version;
            } else {
                m_sink.error(top.pointerTo("version"),
                             "expected a semantic version such as 1.0.0, found " +
                                 inQuotes(*version));
            }
        }
        if (const auto locale = top.text("locale", Need::Optional)) {
            if (isValidLanguageTag(*locale)) {
                q.locale = *locale;
            } else {
                m_sink.error(top.pointerTo("locale"),
                             "expected a language tag such as en or de-DE, found " +
                                 inQuotes(*locale));
            }
        }
        q.title = top.text("title", Need::Required).value_or("");
        q.description = top.text("description", Need::Optional).value_or("");
        q.publisher = top.text("publisher", Need::Optional).value_or("");
        q.disclaimer = top.text("disclaimer", Need::Optional).value_or("");
    }

    // Records an id of some kind; reports a duplicate with where it was first defined.
    bool claimId(std::map<std::string, std::string>& seen, const std::string& id,
                 const std::string& pointer, std::string_view kind)
    {
        const auto [it, inserted] = seen.emplace(id, pointer);
        if (!inserted) {
            m_sink.error(pointer, "duplicate " + std::string(kind) + " id " + inQuotes(id) +
                                      " (first defined at " + it->second + ")");
        }
        return inserted;
    }

    std::optional<std::string> readEnumWord(ObjectReader& reader, std::string_view key,
                                            std::span<const std::string_view> words)
    {
        const auto* value = reader.member(key, Need::Required);
        if (value == nullptr) {
            return std::nullopt;
        }
        if (value->is_string() && std::find(words.begin(), words.end(),
                                            value->get_ref<const std::string&>()) != words.end()) {
            return value->get<std::string>();
        }
        m_sink.error(reader.pointerTo(key),
                     "expected " + joinedForMessage(words) + ", found " + value->dump());
        return std::nullopt;
    }

    std::vector<std::string> readSourceRefs(ObjectReader& reader, std::string_view key, Need need)
    {
        auto ids = reader.idList(key, need);
        const auto* raw = reader.member(key, Need::Optional);
        if (raw == nullptr || !raw->is_array()) {
            return ids;
        }
        for (std::size_t i = 0; i < raw->size(); ++i) {
            const auto& entry = (*raw)[i];
            if (entry.is_string() && isValidId(entry.get_ref<const std::string&>()) &&
                m_questionnaire.source(entry.get_ref<const std::string&>()) == nullptr) {
                m_sink.error(appendPointer(reader.pointerTo(key), i),
                             "unknown source " + inQuotes(entry.get_ref<const std::string&>()) +
                                 " (not in /sources)");
            }
        }
        return ids;
    }

    std::string readOptionalDate(ObjectReader& reader, std::string_view key)
    {
        const auto date = reader.text(key, Need::Optional);
        if (!date) {
            return {};
        }
        if (!isValidDate(*date)) {
            m_sink.error(reader.pointerTo(key),
                         "expected a date as YYYY-MM-DD, found " + inQuotes(*date));
            return {};
        }
        return *date;
    }

    // An optional date no earlier than the source's as-of date: a fact cannot need
    // re-checking before it was read.
    std::string readReverifyBy(ObjectReader& reader, const std::string& asOf)
    {
        auto date = readOptionalDate(reader, "reverify_by");
        if (!date.empty() && !asOf.empty() && date < asOf) {
            m_sink.error(reader.pointerTo("reverify_by"),
                         "re-verify date " + date + " is before the as-of date " + asOf);
            return {};
        }
        return date;
    }

    void readSource(const nlohmann::json& value, const std::string& pointer)
    {
        ObjectReader reader(value, pointer, m_sink, "a source");
        if (!reader.valid()) {
            return;
        }
        Source source;
        const auto id = reader.id("id", Need::Required);
        source.title = reader.text("title", Need::Required).value_or("");
        source.url = reader.text("url", Need::Optional).value_or("");
        source.publisher = reader.text("publisher", Need::Optional).value_or("");
        if (const auto asOf = reader.text("as_of", Need::Required)) {
            if (isValidDate(*asOf)) {
                source.asOf = *asOf;
            } else {
                m_sink.error(reader.pointerTo("as_of"),
                             "expected a date as YYYY-MM-DD, found " + inQuotes(*asOf));
            }
        }
        source.reverifyBy = readReverifyBy(reader, source.asOf);
        if (const auto confidence = readEnumWord(reader, "confidence", confidenceNames())) {
            source.confidence = *confidenceFromString(*confidence);
        }
        source.note = reader.text("note", Need::Optional).value_or("");
        reader.rejectUnknownKeys(
            {"id", "title", "url", "publisher", "as_of", "reverify_by", "confidence", "note"});
        if (id && claimId(m_sourceIds, *id, pointer, "source")) {
            source.id = *id;
            m_questionnaire.sources.push_back(std::move(source));
        }
    }

    // Question ids are gathered before sections are read so that a condition naming a
    // question defined later (or one that failed to load) gets the right message.
    void collectQuestionIds(const nlohmann::json* sections)
    {
        if (sections == nullptr || !sections->is_array()) {
            return;
        }
        for (const auto& section : *sections) {
            if (!section.is_object() || !section.contains("questions") ||
                !section["questions"].is_array()) {
                continue;
            }
            for (const auto& question : section["questions"]) {
                if (question.is_object() && question.contains("id") && question["id"].is_string()) {
                    m_declaredQuestions.insert(question["id"].get<std::string>());
                }
            }
        }
    }

    void readSection(const nlohmann::json& value, const std::string& pointer)
    {
        ObjectReader reader(value, pointer, m_sink, "a section");
        if (!reader.valid()) {
            return;
        }
        Section section;
        if (const auto id = reader.id("id", Need::Required)) {
            if (claimId(m_sectionIds, *id, reader.pointerTo("id"), "section")) {
                section.id = *id;
            }
        }
        section.title = reader.text("title", Need::Required).value_or("");
        section.description = reader.text("description", Need::Optional).value_or("");
        reader.rejectUnknownKeys({"id", "title", "description", "questions"});
        m_questionnaire.sections.push_back(std::move(section));
        readList(reader, "questions", Need::Required, false,
                 [this](const nlohmann::json& v, const std::string& p) { readQuestion(v, p); });
    }

    void readQuestion(const nlohmann::json& value, const std::string& pointer)
    {
        ObjectReader reader(value, pointer, m_sink, "a question");
        if (!reader.valid()) {
            return;
        }
        const std::size_t errorsBefore = m_sink.count();
        Question question;
        const auto id = reader.id("id", Need::Required);
        if (id) {
            question.id = *id;
        }
        const auto typeName = readEnumWord(reader, "type", questionTypeNames());
        if (typeName) {
            question.type = *questionTypeFromString(*typeName);
        }
        question.text = reader.text("text", Need::Required).value_or("");
        question.required = reader.boolean("required").value_or(true);
        readHelp(reader, question);
        if (typeName) {
            readTypeSpecific(reader, question);
        }
        if (const auto* visibleIf = reader.member("visible_if", Need::Optional)) {
            question.visibleIf = parseCondition(*visibleIf, reader.pointerTo("visible_if"), m_sink);
            if (question.visibleIf) {
                checkCondition(*question.visibleIf, Scope::EarlierQuestions);
            }
        }
        reader.rejectUnknownKeys({"id", "type", "text", "required", "help", "options", "exclusive",
                                  "items", "visible_if", "max_length"});
        if (!id || !claimId(m_questionIds, *id, reader.pointerTo("id"), "question")) {
            return;
        }
        // A question with errors is reported but not indexed: conditions that name it
        // then stay silent instead of piling up follow-on errors.
        if (m_sink.count() == errorsBefore) {
            m_questionnaire.sections.back().questions.push_back(std::move(question));
            m_questionnaire.indexLastQuestion();
        }
    }

    void readHelp(ObjectReader& questionReader, Question& question)
    {
        const auto* help = questionReader.member("help", Need::Required);
        if (help == nullptr) {
            return;
        }
        ObjectReader reader(*help, questionReader.pointerTo("help"), m_sink, "help");
        if (!reader.valid()) {
            return;
        }
        question.help.why = reader.text("why", Need::Required).value_or("");
        question.help.sources = readSourceRefs(reader, "sources", Need::Required);
        reader.rejectUnknownKeys({"why", "sources"});
    }

    void rejectKeyForType(ObjectReader& reader, std::string_view key, std::string_view appliesTo)
    {
        if (reader.member(key, Need::Optional) != nullptr) {
            m_sink.error(reader.pointerTo(key), inQuotes(key) + " applies only to " +
                                                    std::string(appliesTo) + " questions");
        }
    }

    void readTypeSpecific(ObjectReader& reader, Question& question)
    {
        const auto type = question.type;
        const bool choice = type == QuestionType::Single || type == QuestionType::Multiple;
        if (choice) {
            readOptions(reader, question);
        } else {
            rejectKeyForType(reader, "options", "single and multiple");
        }
        if (type == QuestionType::Multiple) {
            readExclusive(reader, question);
        } else {
            rejectKeyForType(reader, "exclusive", "multiple");
        }
        if (type == QuestionType::Matrix) {
            readList(reader, "items", Need::Required, false,
                     [&](const nlohmann::json& v, const std::string& p) {
                         readMatrixItem(v, p, question);
                     });
        } else {
            rejectKeyForType(reader, "items", "matrix");
        }
        if (type == QuestionType::Text) {
            question.maxLength =
                reader.integer("max_length", 1, 1'000'000).value_or(kDefaultTextMaxLength);
        } else {
            rejectKeyForType(reader, "max_length", "text");
        }
    }

    void readOptions(ObjectReader& reader, Question& question)
    {
        const auto* options = reader.array("options", Need::Required);
        if (options == nullptr) {
            return;
        }
        if (options->size() < 2) {
            m_sink.error(reader.pointerTo("options"), "expected at least 2 options");
        }
        std::map<std::string, std::string> seen;
        for (std::size_t i = 0; i < options->size(); ++i) {
            const auto pointer = appendPointer(reader.pointerTo("options"), i);
            ObjectReader optionReader((*options)[i], pointer, m_sink, "an option");
            if (!optionReader.valid()) {
                continue;
            }
            Option option;
            const auto value = optionReader.id("value", Need::Required);
            option.label = optionReader.text("label", Need::Required).value_or("");
            option.help = optionReader.text("help", Need::Optional).value_or("");
            optionReader.rejectUnknownKeys({"value", "label", "help"});
            if (value && claimId(seen, *value, optionReader.pointerTo("value"), "option")) {
                option.value = *value;
                question.options.push_back(std::move(option));
            }
        }
    }

    void readExclusive(ObjectReader& reader, Question& question)
    {
        question.exclusive = reader.idList("exclusive", Need::Optional);
        for (std::size_t i = 0; i < question.exclusive.size(); ++i) {
            if (question.option(question.exclusive[i]) == nullptr) {
                m_sink.error(appendPointer(reader.pointerTo("exclusive"), i),
                             inQuotes(question.exclusive[i]) +
                                 " is not an option of this question");
            }
        }
    }

    void readMatrixItem(const nlohmann::json& value, const std::string& pointer, Question& question)
    {
        ObjectReader reader(value, pointer, m_sink, "a matrix item");
        if (!reader.valid()) {
            return;
        }
        MatrixItem item;
        const auto id = reader.id("id", Need::Required);
        item.title = reader.text("title", Need::Required).value_or("");
        item.description = reader.text("description", Need::Optional).value_or("");
        if (const auto owner = readEnumWord(reader, "owner", ownerNames())) {
            item.owner = *ownerFromString(*owner);
        }
        item.sources = readSourceRefs(reader, "sources", Need::Optional);
        reader.rejectUnknownKeys({"id", "title", "description", "owner", "sources"});
        if (id && claimId(m_matrixItemIds, *id, reader.pointerTo("id"), "matrix item")) {
            item.id = *id;
            question.items.push_back(std::move(item));
        }
    }

    void readTier(const nlohmann::json& value, const std::string& pointer)
    {
        ObjectReader reader(value, pointer, m_sink, "a tier derivation");
        if (!reader.valid()) {
            return;
        }
        auto& tier = m_questionnaire.tier;
        tier.levels = reader.idList("levels", Need::Required);
        if (const auto question = reader.id("question", Need::Required)) {
            tier.question = *question;
            const auto* q = m_questionnaire.question(*question);
            if (q == nullptr) {
                reportMissingQuestion(*question, reader.pointerTo("question"), Scope::AnyQuestion);
            } else if (q != nullptr && q->type != QuestionType::Single) {
                m_sink.error(reader.pointerTo("question"),
                             "the tier question " + inQuotes(*question) +
                                 " must be a single-choice question, not " +
                                 std::string(spelling(q->type)));
            } else if (q != nullptr) {
                readTierMap(reader, *q);
            }
        }
        readList(reader, "raises", Need::Optional, true,
                 [this](const nlohmann::json& v, const std::string& p) { readTierRaise(v, p); });
        reader.rejectUnknownKeys({"levels", "question", "map", "raises"});
    }

    void readTierMap(ObjectReader& reader, const Question& question)
    {
        const auto* map = reader.member("map", Need::Required);
        if (map == nullptr) {
            return;
        }
        const auto mapPointer = reader.pointerTo("map");
        if (!map->is_object()) {
            m_sink.error(mapPointer,
                         "expected an object from option to level, found " + jsonTypeName(*map));
            return;
        }
        auto& tier = m_questionnaire.tier;
        for (const auto& [option, level] : map->items()) {
            const auto place = appendPointer(mapPointer, option);
            if (question.option(option) == nullptr) {
                m_sink.error(place,
                             inQuotes(option) + " is not an option of " + inQuotes(question.id));
            } else if (!level.is_string() || !tier.rank(level.get_ref<const std::string&>())) {
                m_sink.error(place, "expected a tier level (" + listForMessage(tier.levels) +
                                        "), found " + level.dump());
            } else {
                tier.levelForOption[option] = level.get<std::string>();
            }
        }
        for (const auto& option : question.options) {
            if (!map->contains(option.value)) {
                m_sink.error(mapPointer, "no tier level for option " + inQuotes(option.value) +
                                             " of " + inQuotes(question.id));
            }
        }
    }

    void readTierRaise(const nlohmann::json& value, const std::string& pointer)
    {
        ObjectReader reader(value, pointer, m_sink, "a tier raise");
        if (!reader.valid()) {
            return;
        }
        TierRaise raise;
        const auto id = reader.id("id", Need::Required);
        const auto levelCount = static_cast<long long>(m_questionnaire.tier.levels.size());
        raise.by =
            static_cast<int>(reader.integer("by", 1, std::max(1LL, levelCount - 1)).value_or(1));
        raise.reason = reader.text("reason", Need::Required).value_or("");
        raise.sources = readSourceRefs(reader, "sources", Need::Optional);
        const auto condition = readRequiredCondition(reader, "when");
        reader.rejectUnknownKeys({"id", "when", "by", "reason", "sources"});
        if (id && condition && claimId(m_raiseIds, *id, reader.pointerTo("id"), "tier raise")) {
            raise.id = *id;
            raise.when = *condition;
            m_questionnaire.tier.raises.push_back(std::move(raise));
        }
    }

    std::optional<Condition> readRequiredCondition(ObjectReader& reader, std::string_view key)
    {
        const auto* value = reader.member(key, Need::Required);
        if (value == nullptr) {
            return std::nullopt;
        }
        auto condition = parseCondition(*value, reader.pointerTo(key), m_sink);
        if (condition && !checkCondition(*condition, Scope::AnyQuestion)) {
            return std::nullopt;
        }
        return condition;
    }

    void readRule(const nlohmann::json& value, const std::string& pointer)
    {
        ObjectReader reader(value, pointer, m_sink, "a rule");
        if (!reader.valid()) {
            return;
        }
        Rule rule;
        const auto id = reader.id("id", Need::Required);
        if (id && isReservedRuleId(*id)) {
            m_sink.error(reader.pointerTo("id"),
                         inQuotes(*id) + " is reserved for findings Vouch derives itself");
        }
        if (const auto severity = readEnumWord(reader, "severity", severityNames())) {
            rule.severity = *severityFromString(*severity);
        }
        rule.title = reader.text("title", Need::Required).value_or("");
        rule.rationale = reader.text("rationale", Need::Required).value_or("");
        rule.recommendation = reader.text("recommendation", Need::Required).value_or("");
        rule.sources = readSourceRefs(reader, "sources", Need::Required);
        const auto condition = readRequiredCondition(reader, "when");
        rule.appliesFrom = readOptionalDate(reader, "applies_from");
        reader.rejectUnknownKeys({"id", "severity", "title", "rationale", "recommendation",
                                  "sources", "when", "applies_from"});
        if (id && condition && claimId(m_ruleIds, *id, reader.pointerTo("id"), "rule")) {
            rule.id = *id;
            rule.when = *condition;
            m_questionnaire.rules.push_back(std::move(rule));
        }
    }

    void readControl(const nlohmann::json& value, const std::string& pointer)
    {
        ObjectReader reader(value, pointer, m_sink, "a control");
        if (!reader.valid()) {
            return;
        }
        Control control;
        const auto id = reader.id("id", Need::Required);
        control.title = reader.text("title", Need::Required).value_or("");
        control.description = reader.text("description", Need::Required).value_or("");
        if (const auto owner = readEnumWord(reader, "owner", ownerNames())) {
            control.owner = *ownerFromString(*owner);
        }
        control.tiers = readTierLevels(reader, "tiers", Need::Required);
        if (reader.member("when", Need::Optional) != nullptr) {
            control.when = readRequiredCondition(reader, "when");
        }
        control.sources = readSourceRefs(reader, "sources", Need::Required);
        control.mandatoryAt = readTierLevels(reader, "mandatory_at", Need::Optional);
        for (std::size_t i = 0; i < control.mandatoryAt.size(); ++i) {
            const auto& level = control.mandatoryAt[i];
            if (m_questionnaire.tier.rank(level) &&
                std::find(control.tiers.begin(), control.tiers.end(), level) ==
                    control.tiers.end()) {
                m_sink.error(appendPointer(reader.pointerTo("mandatory_at"), i),
                             inQuotes(level) +
                                 " is not in this control's tiers: a control can be mandatory "
                                 "only where it is required");
            }
        }
        readList(reader, "checks", Need::Optional, false,
                 [&](const nlohmann::json& v, const std::string& p) {
                     if (auto check = readControlCheck(v, p)) {
                         control.checks.push_back(std::move(*check));
                     }
                 });
        if (!control.mandatoryAt.empty() && reader.member("checks", Need::Optional) == nullptr) {
            m_sink.error(reader.pointerTo("mandatory_at"),
                         "mandatory_at needs \"checks\": without a question that can deny the "
                         "control, nothing is mandatory");
        }
        reader.rejectUnknownKeys({"id", "title", "description", "owner", "tiers", "when", "sources",
                                  "mandatory_at", "checks"});
        if (id && claimId(m_controlIds, *id, reader.pointerTo("id"), "control")) {
            control.id = *id;
            m_questionnaire.controls.push_back(std::move(control));
        }
    }

    // A list of tier levels (a control's tiers or mandatory_at); each must be a level.
    std::vector<std::string> readTierLevels(ObjectReader& reader, std::string_view key, Need need)
    {
        auto levels = reader.idList(key, need);
        const auto& known = m_questionnaire.tier.levels;
        for (std::size_t i = 0; i < levels.size(); ++i) {
            if (!known.empty() && !m_questionnaire.tier.rank(levels[i])) {
                m_sink.error(appendPointer(reader.pointerTo(key), i),
                             inQuotes(levels[i]) + " is not a tier level (" +
                                 listForMessage(known) + ")");
            }
        }
        return levels;
    }

    // One entry of a control's "checks": which answers satisfy, deny or leave the
    // control unconfirmed. Checked like a condition: the question, item and values
    // must exist and fit.
    std::optional<ControlCheck> readControlCheck(const nlohmann::json& value,
                                                 const std::string& pointer)
    {
        ObjectReader reader(value, pointer, m_sink, "a control check");
        if (!reader.valid()) {
            return std::nullopt;
        }
        const std::size_t before = m_sink.count();
        ControlCheck check;
        check.question = reader.id("question", Need::Required).value_or("");
        check.item = reader.id("item", Need::Optional).value_or("");
        check.satisfied = reader.idList("satisfied", Need::Required);
        check.denied = reader.idList("denied", Need::Required);
        check.unknown = reader.idList("unknown", Need::Optional);
        reader.rejectUnknownKeys({"question", "item", "satisfied", "denied", "unknown"});
        if (m_sink.count() != before || check.question.empty()) {
            return std::nullopt;
        }
        const auto* question = m_questionnaire.question(check.question);
        if (question == nullptr) {
            reportMissingQuestion(check.question, reader.pointerTo("question"), Scope::AnyQuestion);
            return std::nullopt;
        }
        const auto type = question->type;
        if (type != QuestionType::Single && type != QuestionType::YesNoUnknown &&
            type != QuestionType::Matrix) {
            m_sink.error(reader.pointerTo("question"),
                         "checks apply to single-choice, yes/no/unknown and matrix questions, "
                         "and " +
                             inQuotes(question->id) + " is a " + std::string(spelling(type)) +
                             " question");
            return std::nullopt;
        }
        if (type == QuestionType::Matrix && check.item.empty()) {
            m_sink.error(pointer, "missing required key \"item\" for matrix question " +
                                      inQuotes(question->id));
            return std::nullopt;
        }
        if (type != QuestionType::Matrix && !check.item.empty()) {
            m_sink.error(reader.pointerTo("item"),
                         inQuotes(question->id) + " is not a matrix question and has no items");
            return std::nullopt;
        }
        if (type == QuestionType::Matrix && question->item(check.item) == nullptr) {
            m_sink.error(reader.pointerTo("item"),
                         "unknown item " + inQuotes(check.item) + " of " + inQuotes(question->id));
            return std::nullopt;
        }
        const auto allowed = question->allowedValues();
        std::map<std::string, std::string> listed; // value -> the list that names it
        for (const std::string_view key : {"satisfied", "denied", "unknown"}) {
            const auto& values = key == "satisfied" ? check.satisfied
                                 : key == "denied"  ? check.denied
                                                    : check.unknown;
            for (std::size_t i = 0; i < values.size(); ++i) {
                const auto place = appendPointer(reader.pointerTo(key), i);
                if (std::find(allowed.begin(), allowed.end(), values[i]) == allowed.end()) {
                    m_sink.error(place, inQuotes(values[i]) + " is not a value of " +
                                            inQuotes(question->id) + " (expected " +
                                            listForMessage(allowed) + ")");
                    continue;
                }
                const auto [it, inserted] = listed.emplace(values[i], std::string(key));
                if (!inserted) {
                    m_sink.error(place, inQuotes(values[i]) + " is listed under both " +
                                            it->second + " and " + std::string(key));
                }
            }
        }
        // An answer of "unknown" is never silently safe.
        constexpr std::string_view kUnknown = "unknown";
        if (std::find(allowed.begin(), allowed.end(), kUnknown) != allowed.end()) {
            const auto it = listed.find(std::string(kUnknown));
            if (it == listed.end() || it->second == "satisfied") {
                m_sink.error(pointer, "the answer \"unknown\" of " + inQuotes(question->id) +
                                          " must be listed under denied or unknown: an "
                                          "unknown answer is never safe");
            }
        }
        if (m_sink.count() != before) {
            return std::nullopt;
        }
        return check;
    }

    // Checks that a condition's questions, items and values exist and fit the
    // operator. Returns false if anything was reported.
    bool checkCondition(const Condition& condition, Scope scope)
    {
        const std::size_t before = m_sink.count();
        checkNode(condition, scope);
        return m_sink.count() == before;
    }

    void checkNode(const Condition& condition, Scope scope)
    {
        for (const auto& operand : condition.operands) {
            checkNode(operand, scope);
        }
        if (condition.op == Condition::Op::All || condition.op == Condition::Op::Any ||
            condition.op == Condition::Op::Not) {
            return;
        }
        const auto questionPlace = condition.op == Condition::Op::Answered
                                       ? condition.pointer
                                       : appendPointer(condition.pointer, "question");
        const auto* question = m_questionnaire.question(condition.question);
        if (question == nullptr) {
            reportMissingQuestion(condition.question, questionPlace, scope);
            return;
        }
        if (condition.op == Condition::Op::Answered) {
            return;
        }
        if (!checkOperatorFits(condition, *question, questionPlace)) {
            return;
        }
        checkValues(condition, *question);
    }

    void reportMissingQuestion(const std::string& questionId, const std::string& place, Scope scope)
    {
        if (!m_checkReferences) {
            return;
        }
        if (!m_declaredQuestions.contains(questionId)) {
            m_sink.error(place, "unknown question " + inQuotes(questionId));
        } else if (scope == Scope::EarlierQuestions && !m_questionIds.contains(questionId)) {
            m_sink.error(place, "visible_if may only refer to questions that come before this "
                                "one, and " +
                                    inQuotes(questionId) + " does not");
        }
        // Otherwise the question exists but failed to load; its own errors say why.
    }

    bool checkOperatorFits(const Condition& condition, const Question& question,
                           const std::string& questionPlace)
    {
        const auto type = question.type;
        const bool isMatrix = type == QuestionType::Matrix;
        bool fits = false;
        std::string hint;
        switch (condition.op) {
        case Condition::Op::Equals:
            fits = type != QuestionType::Multiple;
            hint = "use contains for multiple-choice questions";
            break;
        case Condition::Op::In:
            fits = type == QuestionType::Single || type == QuestionType::YesNoUnknown || isMatrix;
            hint = "in applies to single-choice, yes/no/unknown and matrix questions";
            break;
        case Condition::Op::Contains:
            fits = type == QuestionType::Multiple;
            hint = "contains applies to multiple-choice questions";
            break;
        default:
            fits = true;
        }
        if (!fits) {
            m_sink.error(questionPlace, "operator does not fit " + inQuotes(question.id) + ", a " +
                                            std::string(spelling(type)) + " question: " + hint);
            return false;
        }
        if (isMatrix && condition.item.empty()) {
            m_sink.error(condition.pointer, "missing required key \"item\" for matrix question " +
                                                inQuotes(question.id));
            return false;
        }
        if (!isMatrix && !condition.item.empty()) {
            m_sink.error(appendPointer(condition.pointer, "item"),
                         inQuotes(question.id) + " is not a matrix question and has no items");
            return false;
        }
        if (isMatrix && question.item(condition.item) == nullptr) {
            m_sink.error(appendPointer(condition.pointer, "item"),
                         "unknown item " + inQuotes(condition.item) + " of " +
                             inQuotes(question.id));
            return false;
        }
        return true;
    }

    void checkValues(const Condition& condition, const Question& question)
    {
        const bool single = condition.op == Condition::Op::Equals;
        for (std::size_t i = 0; i < condition.values.size(); ++i) {
            const auto place = single
                                   ? appendPointer(condition.pointer, "value")
                                   : appendPointer(appendPointer(condition.pointer, "values"), i);
            const auto& value = condition.values[i];
            if (question.type == QuestionType::Text) {
                continue;
            }
            if (question.type == QuestionType::Date) {
                if (!isValidDate(value)) {
                    m_sink.error(place, "expected a date as YYYY-MM-DD, found " + inQuotes(value));
                }
                continue;
            }
            const auto allowed = question.allowedValues();
            if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
                m_sink.error(place, inQuotes(value) + " is not a value of " +
                                        inQuotes(question.id) + " (expected " +
                                        listForMessage(allowed) + ")");
            }
        }
    }

    DiagnosticSink m_sink;
    Questionnaire m_questionnaire;
    std::set<std::string> m_declaredQuestions;
    bool m_checkReferences = true;
    std::map<std::string, std::string> m_sourceIds;
    std::map<std::string, std::string> m_sectionIds;
    std::map<std::string, std::string> m_questionIds;
    std::map<std::string, std::string> m_matrixItemIds;
    std::map<std::string, std::string> m_raiseIds;
    std::map<std::string, std::string> m_ruleIds;
    std::map<std::string, std::string> m_controlIds;
};

} // namespace

Loaded<Questionnaire> loadQuestionnaire(const nlohmann::json& document,
                                        const std::string& displayName)
{
    return Loader(displayName).load(document);
}

Loaded<Questionnaire> loadQuestionnaireFile(const std::filesystem::path& path)
{
    auto document = readJsonFile(path);
    if (!document.ok()) {
        return failed<Questionnaire>(std::move(document.errors));
    }
    return loadQuestionnaire(*document.value, path.string());
}

namespace {

Loaded<QuestionnaireSnapshot> snapshotOf(const nlohmann::json& document,
                                         const std::string& displayName)
{
    auto loaded = loadQuestionnaire(document, displayName);
    if (!loaded.ok()) {
        return failed<QuestionnaireSnapshot>(std::move(loaded.errors));
    }
    auto canonical = canonicalJson(document);
    if (!canonical.bytes) {
        return failed<QuestionnaireSnapshot>(Diagnostic{displayName, {}, canonical.error});
    }
    auto sha256 = sha256Hex(*canonical.bytes);
    return {QuestionnaireSnapshot{std::move(*loaded.value), std::move(*canonical.bytes),
                                  std::move(sha256)},
            {}};
}

} // namespace

Loaded<QuestionnaireSnapshot> loadQuestionnaireSnapshotFile(const std::filesystem::path& path)
{
    auto document = readJsonFile(path);
    if (!document.ok()) {
        return failed<QuestionnaireSnapshot>(std::move(document.errors));
    }
    return snapshotOf(*document.value, path.string());
}

namespace {

// Recently loaded snapshots, most recent first. Only successes are kept: a failure is
// reported afresh, naming the caller's file.
class SnapshotCache
{
public:
    std::shared_ptr<const QuestionnaireSnapshot> find(std::string_view bytes,
                                                      const JsonLimits& limits)
    {
        const std::lock_guard lock(m_mutex);
        const auto found = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) {
            return sameLimits(e.limits, limits) && e.bytes == bytes;
        });
        if (found == m_entries.end()) {
            return nullptr;
        }
        std::rotate(m_entries.begin(), found, found + 1);
        return m_entries.front().snapshot;
    }

    void add(std::string_view bytes, const JsonLimits& limits,
             std::shared_ptr<const QuestionnaireSnapshot> snapshot)
    {
        constexpr std::size_t kKept = 8;
        const std::lock_guard lock(m_mutex);
        m_entries.insert(m_entries.begin(), Entry{std::string(bytes), limits, std::move(snapshot)});
        if (m_entries.size() > kKept) {
            m_entries.pop_back();
        }
    }

private:
    struct Entry
    {
        std::string bytes;
        JsonLimits limits;
        std::shared_ptr<const QuestionnaireSnapshot> snapshot;
    };

    static bool sameLimits(const JsonLimits& a, const JsonLimits& b)
    {
        return a.maxBytes == b.maxBytes && a.maxDepth == b.maxDepth &&
               a.plainTextStrings == b.plainTextStrings;
    }

    std::mutex m_mutex;
    std::vector<Entry> m_entries;
};

SnapshotCache& snapshotCache()
{
    static SnapshotCache cache;
    return cache;
}

} // namespace

Loaded<std::shared_ptr<const QuestionnaireSnapshot>>
sharedQuestionnaireSnapshot(std::string_view bytes, const std::string& displayName,
                            const JsonLimits& limits)
{
    using Shared = std::shared_ptr<const QuestionnaireSnapshot>;
    if (auto cached = snapshotCache().find(bytes, limits)) {
        return {std::move(cached), {}};
    }
    auto document = parseJsonText(bytes, displayName, limits);
    if (!document.ok()) {
        return failed<Shared>(std::move(document.errors));
    }
    auto snapshot = snapshotOf(*document.value, displayName);
    if (!snapshot.ok()) {
        return failed<Shared>(std::move(snapshot.errors));
    }
    auto shared = std::make_shared<const QuestionnaireSnapshot>(std::move(*snapshot.value));
    snapshotCache().add(bytes, limits, shared);
    return {std::move(shared), {}};
}

Loaded<QuestionnaireSnapshot> loadQuestionnaireSnapshot(std::string_view bytes,
                                                        const std::string& displayName,
                                                        const JsonLimits& limits)
{
    auto shared = sharedQuestionnaireSnapshot(bytes, displayName, limits);
    if (!shared.ok()) {
        return failed<QuestionnaireSnapshot>(std::move(shared.errors));
    }
    return {**shared.value, {}};
}

} // namespace vouch::model
