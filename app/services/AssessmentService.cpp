// SPDX-License-Identifier: Apache-2.0
#include "services/AssessmentService.h"

#include "migration/AnswerMigration.h"
#include "model/CanonicalJson.h"
#include "model/JsonDocument.h"
#include "model/ObjectReader.h"
#include "model/TextChecks.h"
#include "model/Uuid.h"
#include "rules/EvaluationJson.h"
#include "rules/Evaluator.h"
#include "services/RevisionComparison.h"
#include "store/Clock.h"

#include <QMimeDatabase>
#include <QString>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace vouch::services {
namespace {

std::optional<std::string> stringField(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string()) {
        return std::nullopt;
    }
    return it->get<std::string>();
}

} // namespace

Error joinedError(const std::vector<model::Diagnostic>& diagnostics)
{
    std::string message;
    for (const auto& diagnostic : diagnostics) {
        message += (message.empty() ? "" : "\n") + diagnostic.toString();
    }
    return Error{message};
}

AssessmentService::AssessmentService(const store::Library& library, std::string actor)
    : m_library(library)
    , m_actor(std::move(actor))
{}

store::AssessmentFields AssessmentService::fieldsOf(const model::AssessmentPayload& payload)
{
    store::AssessmentFields fields;
    fields.title = payload.meta.title;
    fields.workload = payload.meta.workload;
    fields.organisation = payload.meta.organisation;
    fields.businessOwner = payload.meta.businessOwner;
    fields.assessor = payload.meta.assessor;
    fields.tier = stringField(payload.evaluation, "tier");
    fields.verdict = stringField(payload.evaluation, "verdict");
    fields.reviewDue = payload.meta.reviewDue;
    for (const auto& action : payload.answers.actions) {
        // YYYY-MM-DD compares as text; an action without a date has nothing to be late for.
        if (action.status != model::ActionStatus::Done && !action.due.empty() &&
            (!fields.nextActionDue || action.due < *fields.nextActionDue)) {
            fields.nextActionDue = action.due;
        }
    }
    return fields;
}

namespace {

// Every text within its limit (model/TextChecks.h: one-line fields 200 characters, file
// names 255, free text 10,000, all texts together 100,000), named by its JSON pointer.
// Checked before anything is stored, for the window and the command line alike.
Result<void> checkTextLimits(const model::AssessmentPayload& payload)
{
    const auto typed = model::payloadToJson(payload);
    std::size_t total = 0;
    const auto check = [&](const nlohmann::json& value, const std::string& pointer,
                           std::size_t limit) -> Result<void> {
        if (auto problem = model::firstOverlongText(value, pointer, limit, total)) {
            return Error{"the assessment: " + problem->pointer + ": " + problem->message};
        }
        return {};
    };
    std::vector<std::pair<const nlohmann::json*, std::pair<std::string, std::size_t>>> fields;
    if (typed.contains("meta")) {
        fields.push_back({&typed["meta"], {"/meta", model::kMaxLineLength}});
    }
    if (typed.contains("answers")) {
        fields.push_back({&typed["answers"], {"/answers", model::kMaxTextLength}});
    }
    if (typed.contains("attachments")) {
        fields.push_back({&typed["attachments"], {"/attachments", model::kMaxFileNameLength}});
    }
    if (typed.contains("actions")) {
        const auto& actions = typed["actions"];
        for (std::size_t i = 0; i < actions.size(); ++i) {
            if (!actions[i].is_object()) {
                continue;
            }
            for (const auto& [key, member] : actions[i].items()) {
                fields.push_back({&member,
                                  {"/actions/" + std::to_string(i) + "/" + key,
                                   key == "what" ? model::kMaxTextLength : model::kMaxLineLength}});
            }
        }
    }
    for (const auto& [value, place] : fields) {
        if (auto checked = check(*value, place.first, place.second); !checked) {
            return checked;
        }
    }
    if (total > model::kMaxTotalTextLength) {
        return Error{"the assessment's texts are " + std::to_string(total) +
                     " characters long together; at most " +
                     std::to_string(model::kMaxTotalTextLength) + " are allowed"};
    }
    return {};
}

} // namespace

Result<store::RevisionInput>
AssessmentService::revisionOf(model::AssessmentPayload& payload,
                              const model::QuestionnaireSnapshot& questionnaire,
                              store::RevisionKind kind) const
{
    // What people typed must be plain text, as every reader of the saved revision or its
    // package demands (model::plainTextProblem); refused here, a saved draft always
    // loads again. The evaluation's texts come from the questionnaire, checked when read.
    {
        const auto typed = model::payloadToJson(payload);
        for (const char* member : {"meta", "answers", "actions", "attachments"}) {
            if (!typed.contains(member)) {
                continue;
            }
            if (auto problem =
                    model::firstNonPlainText(typed[member], model::appendPointer("", member))) {
                return Error{"the assessment: " + problem->pointer + ": " + problem->message};
            }
        }
    }
    if (auto bounded = checkTextLimits(payload); !bounded) {
        return bounded.error();
    }
    // Every save re-evaluates, so a stored evaluation always matches its answers; it is
    // computed as of the day of the save, which the evaluation records.
    const auto evaluation =
        rules::evaluate(questionnaire.questionnaire, payload.answers, store::utcDate());
    payload.evaluation = rules::evaluationToJson(evaluation, questionnaire.questionnaire);
    payload.questionnaire = {questionnaire.questionnaire.id, questionnaire.questionnaire.version,
                             questionnaire.sha256};
    auto canonical = model::canonicalJson(model::payloadToJson(payload));
    if (!canonical.bytes) {
        return Error{"assessment " + payload.assessmentId + ": " + canonical.error};
    }
    return store::RevisionInput{std::move(*canonical.bytes), questionnaire.sha256, m_actor, kind};
}

Result<std::string>
AssessmentService::createDraft(const model::QuestionnaireSnapshot& questionnaire,
                               const model::Answers& answers,
                               const model::AssessmentMeta& meta) const
{
    if (meta.title.find_first_not_of(" \t\r\n") == std::string::npos) {
        return Error{"an assessment needs a title"};
    }
    {
        // Before the questionnaire is stored: a refused draft changes nothing.
        model::AssessmentPayload typed;
        typed.meta = meta;
        typed.answers = answers;
        if (auto bounded = checkTextLimits(typed); !bounded) {
            return bounded.error();
        }
    }
    if (auto stored = m_library.storeQuestionnaire(
            {questionnaire.sha256, questionnaire.questionnaire.id,
             questionnaire.questionnaire.version, questionnaire.canonical});
        !stored) {
        return stored.error();
    }
    model::AssessmentPayload payload;
    payload.assessmentId = model::newUuid();
    payload.meta = meta;
    payload.answers = answers;
    auto revision = revisionOf(payload, questionnaire, store::RevisionKind::Draft);
    if (!revision) {
        return revision.error();
    }
    if (auto created =
            m_library.createAssessment(payload.assessmentId, fieldsOf(payload), *revision);
        !created) {
        return created.error();
    }
    return payload.assessmentId;
}

Result<int> AssessmentService::updateDraft(const std::string& assessmentId,
                                           const model::Answers& answers,
                                           const std::optional<model::AssessmentMeta>& meta,
                                           std::optional<int> baseRevision) const
{
    auto current = open(assessmentId);
    if (!current) {
        return current.error();
    }
    auto payload = current->payload;
    payload.answers = answers;
    payload.migration.reset(); // the report belongs to the revision that migrated
    if (meta) {
        payload.meta = *meta;
    }
    auto revision = revisionOf(payload, current->questionnaire, store::RevisionKind::Draft);
    if (!revision) {
        return revision.error();
    }
    // Autosave calls this often; a save that changes nothing adds no revision.
    if (current->revision.kind == store::RevisionKind::Draft &&
        revision->payload == current->revision.payload) {
        return current->revision.number;
    }
    revision->baseRevision = baseRevision;
    return m_library.appendRevision(assessmentId, fieldsOf(payload), *revision);
}

Result<int> AssessmentService::updateDraftFromDocument(const std::string& assessmentId,
                                                       const nlohmann::json& answersDocument,
                                                       const std::string& displayName,
                                                       std::optional<int> baseRevision) const
{
    auto current = open(assessmentId);
    if (!current) {
        return current.error();
    }
    auto answers =
        model::parseAnswers(answersDocument, current->questionnaire.questionnaire, displayName);
    if (!answers.ok()) {
        return joinedError(answers.errors);
    }
    // A document without an action plan leaves the plan as it was.
    if (!answersDocument.contains("actions")) {
        answers.value->actions = current->payload.answers.actions;
    }
    // Meta given in the document replaces the stored meta key by key.
    auto meta = current->payload.meta;
    const auto given = model::AssessmentMeta::fromAnswers(*answers.value);
    const auto& keys = answers.value->meta;
    const auto replace = [&](const char* key, std::string& field, const std::string& value) {
        if (keys.contains(key)) {
            field = value;
        }
    };
    replace("title", meta.title, given.title);
    replace("workload", meta.workload, given.workload);
    replace("organisation", meta.organisation, given.organisation);
    replace("business_owner", meta.businessOwner, given.businessOwner);
    replace("assessor", meta.assessor, given.assessor);
    if (keys.contains("review_due")) {
        meta.reviewDue = given.reviewDue;
    }
    return updateDraft(assessmentId, *answers.value, meta, baseRevision);
}

Result<model::QuestionnaireSnapshot>
AssessmentService::questionnaire(const std::string& sha256) const
{
    auto stored = m_library.questionnaire(sha256);
    if (!stored) {
        return stored.error();
    }
    if (!*stored) {
        return Error{m_library.path().string() + ": questionnaire snapshot " + sha256 +
                     " is missing"};
    }
    auto snapshot = model::loadQuestionnaireSnapshot(
        (*stored)->content, m_library.path().string() + " (questionnaire " + sha256 + ")",
        model::kStoredJsonLimits);
    if (!snapshot.ok()) {
        return joinedError(snapshot.errors);
    }
    if (snapshot.value->sha256 != sha256) {
        return Error{m_library.path().string() + ": questionnaire snapshot " + sha256 +
                     " does not match its hash (the library was altered)"};
    }
    return std::move(*snapshot.value);
}

Result<OpenedRevision> AssessmentService::open(const std::string& assessmentId,
                                               std::optional<int> number) const
{
    auto record = m_library.assessment(assessmentId);
    if (!record) {
        return record.error();
    }
    if (!*record) {
        return Error{m_library.path().string() + ": no assessment " + assessmentId};
    }
    const int wanted = number.value_or((*record)->currentRevision);
    auto revision = m_library.revision(assessmentId, wanted);
    if (!revision) {
        return revision.error();
    }
    if (!*revision) {
        return Error{m_library.path().string() + ": assessment " + assessmentId +
                     " has no revision " + std::to_string(wanted)};
    }
    const std::string where = m_library.path().string() + " (assessment " + assessmentId +
                              ", revision " + std::to_string(wanted) + ")";
    if (!(*revision)->isIntact()) {
        return Error{where + ": the payload does not match its SHA-256 (the library was altered)"};
    }
    auto snapshot = questionnaire((*revision)->questionnaireSha256);
    if (!snapshot) {
        return snapshot.error();
    }
    auto document = model::parseJsonText((*revision)->payload, where, model::kStoredJsonLimits);
    if (!document.ok()) {
        return joinedError(document.errors);
    }
    auto payload = model::payloadFromJson(*document.value, snapshot->questionnaire, where);
    if (!payload.ok()) {
        return joinedError(payload.errors);
    }
    return OpenedRevision{std::move(**record), std::move(**revision), std::move(*snapshot),
                          std::move(*payload.value)};
}

namespace {

migration::EvaluationShift shiftOf(const RevisionComparison& comparison)
{
    migration::EvaluationShift shift{comparison.tierBefore,
                                     comparison.tierAfter,
                                     comparison.verdictBefore,
                                     comparison.verdictAfter,
                                     {},
                                     {}};
    for (const auto& finding : comparison.findingsAdded) {
        shift.findingsAdded.push_back(finding.id);
    }
    for (const auto& finding : comparison.findingsRemoved) {
        shift.findingsRemoved.push_back(finding.id);
    }
    return shift;
}

} // namespace

Result<MigrationPlan>
AssessmentService::planMigration(const std::string& assessmentId,
                                 const model::QuestionnaireSnapshot& target) const
{
    auto current = open(assessmentId);
    if (!current) {
        return current.error();
    }
    const auto& older = current->questionnaire.questionnaire;
    const auto& newer = target.questionnaire;
    if (newer.id != older.id) {
        return Error{"questionnaire " + newer.id + " " + newer.version +
                     " is not the one assessment " + assessmentId + " was answered on (" +
                     older.id + " " + older.version + ")"};
    }
    MigrationPlan plan{assessmentId, current->revision.number, false, target, current->payload, {}};
    if (target.sha256 == current->questionnaire.sha256) {
        plan.alreadyCurrent = true;
        return plan;
    }
    if (model::compareSemver(newer.version, older.version) < 0) {
        return Error{"questionnaire " + newer.id + " " + newer.version +
                     " is older than the one assessment " + assessmentId + " is on (" +
                     older.version + "); a migration only goes forward"};
    }
    auto migrated = migration::migrateAnswers(older, newer, current->payload.answers,
                                              current->payload.attachments);
    auto& payload = plan.payload;
    payload.answers = std::move(migrated.answers);
    payload.attachments = std::move(migrated.attachments);
    payload.questionnaire = {newer.id, newer.version, target.sha256};
    payload.evaluation = rules::evaluationToJson(rules::evaluate(newer, payload.answers), newer);
    plan.report = std::move(migrated.report);
    plan.report.from.sha256 = current->questionnaire.sha256;
    plan.report.to.sha256 = target.sha256;
    plan.report.evaluation = shiftOf(
        compareRevisions(current->payload, older, payload, plan.questionnaire.questionnaire));
    payload.migration = migration::reportToJson(plan.report);
    return plan;
}

Result<int> AssessmentService::saveMigration(const MigrationPlan& plan) const
{
    if (plan.alreadyCurrent) {
        return plan.baseRevision;
    }
    const auto& questionnaire = plan.questionnaire;
    if (auto stored = m_library.storeQuestionnaire(
            {questionnaire.sha256, questionnaire.questionnaire.id,
             questionnaire.questionnaire.version, questionnaire.canonical});
        !stored) {
        return stored.error();
    }
    auto payload = plan.payload;
    auto revision = revisionOf(payload, questionnaire, store::RevisionKind::Draft);
    if (!revision) {
        return revision.error();
    }
    revision->baseRevision = plan.baseRevision;
    return m_library.appendRevision(plan.assessmentId, fieldsOf(payload), *revision);
}

Result<void> AssessmentService::deleteDraft(const std::string& assessmentId) const
{
    // The store falls back to the last signed revision; its listed fields come from
    // that revision's payload.
    const auto fieldsOfRevision = [this](const store::RevisionRecord& revision) {
        auto opened = open(revision.assessmentId, revision.number);
        return opened ? fieldsOf(opened->payload) : store::AssessmentFields{};
    };
    return m_library.deleteDraft(assessmentId, m_actor, fieldsOfRevision);
}

namespace {

Result<std::string> readEvidenceFile(const std::filesystem::path& file, std::int64_t limit)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
        return Error{file.string() + ": not a readable file"};
    }
    const auto size = static_cast<std::int64_t>(std::filesystem::file_size(file, ec));
    if (ec) {
        return Error{file.string() + ": cannot read (" + ec.message() + ")"};
    }
    // Checked before reading, so a huge file is refused without loading it.
    if (size > limit) {
        return Error{file.string() + ": " + std::to_string(size) +
                     " bytes, more than the attachment limit of " + std::to_string(limit) +
                     " bytes"};
    }
    std::ifstream stream(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << stream.rdbuf();
    if (!stream) {
        return Error{file.string() + ": read error"};
    }
    return bytes.str();
}

std::string mediaTypeOf(const std::filesystem::path& file, const std::string& bytes)
{
    // By content first (a renamed PDF is still a PDF), the name only as a hint.
    const QMimeDatabase database;
    const auto type = database.mimeTypeForFileNameAndData(
        QString::fromStdString(file.filename().string()),
        QByteArray::fromRawData(bytes.data(),
                                static_cast<qsizetype>(std::min<std::size_t>(bytes.size(), 4096))));
    return type.name().toStdString();
}

} // namespace

Result<AssessmentService::AttachedEvidence>
AssessmentService::attachEvidence(const std::string& assessmentId,
                                  const std::filesystem::path& file, const std::string& question,
                                  const std::string& item, std::optional<int> baseRevision) const
{
    auto current = open(assessmentId);
    if (!current) {
        return current.error();
    }
    const auto* target = current->questionnaire.questionnaire.question(question);
    if (target == nullptr) {
        return Error{"unknown question " + question + " in questionnaire " +
                     current->questionnaire.questionnaire.id};
    }
    if (!item.empty() && target->item(item) == nullptr) {
        return Error{"unknown item " + item + " of " + question};
    }
    auto bytes = readEvidenceFile(file, m_library.maxAttachmentBytes());
    if (!bytes) {
        return bytes.error();
    }
    auto sha256 = m_library.storeBlob(*bytes);
    if (!sha256) {
        return sha256.error();
    }
    model::AttachmentRef ref{*sha256,
                             file.filename().string(),
                             mediaTypeOf(file, *bytes),
                             static_cast<std::int64_t>(bytes->size()),
                             question,
                             item};
    auto payload = current->payload;
    if (std::find(payload.attachments.begin(), payload.attachments.end(), ref) !=
        payload.attachments.end()) {
        return AttachedEvidence{ref, current->revision.number}; // already attached there
    }
    payload.attachments.push_back(ref);
    payload.migration.reset();
    auto revision = revisionOf(payload, current->questionnaire, store::RevisionKind::Draft);
    if (!revision) {
        return revision.error();
    }
    revision->baseRevision = baseRevision;
    auto saved = m_library.appendRevision(assessmentId, fieldsOf(payload), *revision);
    if (!saved) {
        return saved.error();
    }
    return AttachedEvidence{ref, *saved};
}

} // namespace vouch::services
