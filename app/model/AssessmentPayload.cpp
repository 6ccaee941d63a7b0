// SPDX-License-Identifier: Apache-2.0
#include "model/AssessmentPayload.h"

#include "model/ObjectReader.h"
#include "model/Sha256.h"
#include "model/TextChecks.h"
#include "model/Uuid.h"

namespace vouch::model {
namespace {

using nlohmann::json;

std::string metaValue(const Answers& answers, const std::string& key)
{
    const auto it = answers.meta.find(key);
    return it == answers.meta.end() ? std::string() : it->second;
}

json metaToJson(const AssessmentMeta& meta)
{
    json object = {{"title", meta.title},
                   {"workload", meta.workload},
                   {"organisation", meta.organisation},
                   {"business_owner", meta.businessOwner},
                   {"assessor", meta.assessor}};
    if (meta.reviewDue) {
        object["review_due"] = *meta.reviewDue;
    }
    return object;
}

json answersToJson(const Answers& answers)
{
    json object = json::object();
    for (const auto& [question, value] : answers.values) {
        object[question] = answerToJson(value);
    }
    return object;
}

class PayloadReader
{
public:
    PayloadReader(const Questionnaire& questionnaire, const std::string& displayName)
        : m_questionnaire(questionnaire)
        , m_sink(displayName)
    {}

    Loaded<AssessmentPayload> read(const json& document)
    {
        ObjectReader top(document, "", m_sink, "an assessment payload");
        if (!top.valid()) {
            return failed<AssessmentPayload>(m_sink.take());
        }
        if (const auto* format = top.member("format", Need::Required);
            format != nullptr && *format != kAssessmentFormat) {
            m_sink.error(top.pointerTo("format"), "unsupported format " + format->dump() +
                                                      " (expected " + inQuotes(kAssessmentFormat) +
                                                      ")");
        }
        if (const auto id = top.text("assessment_id", Need::Required)) {
            if (isUuid(*id)) {
                m_payload.assessmentId = *id;
            } else {
                m_sink.error(top.pointerTo("assessment_id"),
                             "expected a UUID, found " + inQuotes(*id));
            }
        }
        readQuestionnaireRef(top);
        readAnswersAndMeta(top);
        readAttachments(top);
        if (const auto* evaluation = top.member("evaluation", Need::Required)) {
            if (evaluation->is_object()) {
                m_payload.evaluation = *evaluation;
            } else {
                m_sink.error(top.pointerTo("evaluation"),
                             "expected an object, found " + jsonTypeName(*evaluation));
            }
        }
        if (const auto* migration = top.member("migration", Need::Optional)) {
            if (migration->is_object()) {
                m_payload.migration = *migration;
            } else {
                m_sink.error(top.pointerTo("migration"),
                             "expected an object, found " + jsonTypeName(*migration));
            }
        }
        top.rejectUnknownKeys({"format", "assessment_id", "meta", "questionnaire", "answers",
                               "attachments", "evaluation", "actions", "migration"});
        if (!m_sink.empty()) {
            return failed<AssessmentPayload>(m_sink.take());
        }
        return {std::move(m_payload), {}};
    }

private:
    void readQuestionnaireRef(ObjectReader& top)
    {
        const auto* value = top.member("questionnaire", Need::Required);
        if (value == nullptr) {
            return;
        }
        ObjectReader reader(*value, top.pointerTo("questionnaire"), m_sink,
                            "a questionnaire reference");
        if (!reader.valid()) {
            return;
        }
        auto& ref = m_payload.questionnaire;
        ref.id = reader.id("id", Need::Required).value_or("");
        ref.version = reader.text("version", Need::Required).value_or("");
        ref.sha256 = reader.text("sha256", Need::Required).value_or("");
        reader.rejectUnknownKeys({"id", "version", "sha256"});
        if (!ref.id.empty() &&
            (ref.id != m_questionnaire.id || ref.version != m_questionnaire.version)) {
            m_sink.error(reader.pointer(), "names questionnaire " + ref.id + " " + ref.version +
                                               " but was read with " + m_questionnaire.id + " " +
                                               m_questionnaire.version);
        }
    }

    // The answers reader checks `answers` and `meta` together, as in an answers file.
    void readAnswersAndMeta(ObjectReader& top)
    {
        json answersDocument = json::object();
        if (const auto* answers = top.member("answers", Need::Required)) {
            answersDocument["answers"] = *answers;
        }
        if (const auto* meta = top.member("meta", Need::Required)) {
            answersDocument["meta"] = *meta;
        }
        if (const auto* actions = top.member("actions", Need::Optional)) {
            answersDocument["actions"] = *actions;
        }
        if (!answersDocument.contains("answers")) {
            return;
        }
        auto answers = parseAnswers(answersDocument, m_questionnaire, m_sink.file());
        if (!answers.ok()) {
            for (auto& error : answers.errors) {
                m_sink.error(std::move(error.place), std::move(error.message));
            }
            return;
        }
        m_payload.answers = std::move(*answers.value);
        m_payload.meta = AssessmentMeta::fromAnswers(m_payload.answers);
    }

    void readAttachments(ObjectReader& top)
    {
        const auto* list = top.array("attachments", Need::Required, true);
        if (list == nullptr) {
            return;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto pointer = appendPointer(top.pointerTo("attachments"), i);
            ObjectReader reader((*list)[i], pointer, m_sink, "an attachment");
            if (!reader.valid()) {
                continue;
            }
            AttachmentRef ref;
            ref.sha256 = reader.text("sha256", Need::Required).value_or("");
            if (!ref.sha256.empty() && !isSha256Hex(ref.sha256)) {
                m_sink.error(reader.pointerTo("sha256"), "expected 64 lowercase hex digits");
            }
            ref.name = reader.text("name", Need::Required).value_or("");
            // The original name of an evidence file is shown, never used as a path; a
            // name with a folder in it did not come from a file, so it is refused rather
            // than shown as if it were harmless.
            if (ref.name.find_first_of("/\\") != std::string::npos || ref.name == "." ||
                ref.name == "..") {
                m_sink.error(reader.pointerTo("name"),
                             "expected the name of a file, found a path " + inQuotes(ref.name));
            }
            ref.mediaType = reader.text("media_type", Need::Required).value_or("");
            ref.size = reader.integer("size", 0, 1LL << 40).value_or(0);
            ref.question = reader.id("question", Need::Required).value_or("");
            ref.item = reader.id("item", Need::Optional).value_or("");
            reader.rejectUnknownKeys({"sha256", "name", "media_type", "size", "question", "item"});
            if (!ref.question.empty() && m_questionnaire.question(ref.question) == nullptr) {
                m_sink.error(reader.pointerTo("question"),
                             "unknown question " + inQuotes(ref.question));
            }
            m_payload.attachments.push_back(std::move(ref));
        }
    }

    const Questionnaire& m_questionnaire;
    DiagnosticSink m_sink;
    AssessmentPayload m_payload;
};

} // namespace

AssessmentMeta AssessmentMeta::fromAnswers(const Answers& answers)
{
    AssessmentMeta meta;
    meta.title = metaValue(answers, "title");
    meta.workload = metaValue(answers, "workload");
    meta.organisation = metaValue(answers, "organisation");
    meta.businessOwner = metaValue(answers, "business_owner");
    meta.assessor = metaValue(answers, "assessor");
    if (const auto due = metaValue(answers, "review_due"); !due.empty()) {
        meta.reviewDue = due;
    }
    return meta;
}

json payloadToJson(const AssessmentPayload& payload)
{
    json attachments = json::array();
    for (const auto& ref : payload.attachments) {
        json entry = {{"sha256", ref.sha256},
                      {"name", ref.name},
                      {"media_type", ref.mediaType},
                      {"size", ref.size},
                      {"question", ref.question}};
        if (!ref.item.empty()) {
            entry["item"] = ref.item;
        }
        attachments.push_back(std::move(entry));
    }
    json document = {{"format", kAssessmentFormat},
                     {"assessment_id", payload.assessmentId},
                     {"meta", metaToJson(payload.meta)},
                     {"questionnaire",
                      {{"id", payload.questionnaire.id},
                       {"version", payload.questionnaire.version},
                       {"sha256", payload.questionnaire.sha256}}},
                     {"answers", answersToJson(payload.answers)},
                     {"attachments", std::move(attachments)},
                     {"evaluation", payload.evaluation}};
    // Only when there is a plan, so payloads without one keep their bytes (and hashes).
    if (!payload.answers.actions.empty()) {
        json actions = json::array();
        for (const auto& action : payload.answers.actions) {
            actions.push_back({{"finding", action.finding},
                               {"what", action.what},
                               {"owner", action.owner},
                               {"due", action.due},
                               {"status", std::string(spelling(action.status))}});
        }
        document["actions"] = std::move(actions);
    }
    if (payload.migration) {
        document["migration"] = *payload.migration;
    }
    return document;
}

Loaded<AssessmentPayload> payloadFromJson(const json& document, const Questionnaire& questionnaire,
                                          const std::string& displayName)
{
    return PayloadReader(questionnaire, displayName).read(document);
}

std::optional<QuestionnaireRef> questionnaireRefOf(const json& document)
{
    if (!document.is_object() || !document.contains("questionnaire")) {
        return std::nullopt;
    }
    const auto& ref = document["questionnaire"];
    if (!ref.is_object() || !ref.contains("sha256") || !ref["sha256"].is_string()) {
        return std::nullopt;
    }
    return QuestionnaireRef{ref.value("id", ""), ref.value("version", ""),
                            ref["sha256"].get<std::string>()};
}

} // namespace vouch::model
