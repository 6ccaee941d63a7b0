// SPDX-License-Identifier: Apache-2.0
#include "services/DraftEditor.h"

#include "rules/ConditionEvaluator.h"
#include "rules/EvaluationJson.h"
#include "rules/Evaluator.h"
#include "store/Clock.h"

#include <variant>

namespace vouch::services {
namespace {

bool isEmptyValue(const model::AnswerValue& value)
{
    return std::visit([](const auto& v) { return v.empty(); }, value);
}

bool isBlank(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

DraftEditor::DraftEditor(model::QuestionnaireSnapshot questionnaire)
    : m_questionnaire(std::move(questionnaire))
{}

DraftEditor::DraftEditor(OpenedRevision opened)
    : m_questionnaire(std::move(opened.questionnaire))
    , m_assessmentId(opened.assessment.id)
    , m_meta(std::move(opened.payload.meta))
    , m_answers(std::move(opened.payload.answers))
    , m_attachments(std::move(opened.payload.attachments))
    , m_baseRevision(opened.revision.number)
{}

void DraftEditor::changed()
{
    m_evaluation.reset();
    m_dirty = true;
}

void DraftEditor::setMeta(const model::AssessmentMeta& meta)
{
    if (meta.title == m_meta.title && meta.workload == m_meta.workload &&
        meta.organisation == m_meta.organisation && meta.businessOwner == m_meta.businessOwner &&
        meta.assessor == m_meta.assessor && meta.reviewDue == m_meta.reviewDue) {
        return;
    }
    m_meta = meta;
    m_dirty = true;
}

const model::AnswerValue* DraftEditor::answer(const std::string& questionId) const
{
    return m_answers.find(questionId);
}

void DraftEditor::setAnswer(const std::string& questionId, model::AnswerValue value)
{
    if (isEmptyValue(value)) {
        clearAnswer(questionId);
        return;
    }
    const auto it = m_answers.values.find(questionId);
    if (it != m_answers.values.end() && it->second == value) {
        return;
    }
    m_answers.values[questionId] = std::move(value);
    changed();
}

void DraftEditor::clearAnswer(const std::string& questionId)
{
    if (m_answers.values.erase(questionId) > 0) {
        changed();
    }
}

void DraftEditor::setActions(std::vector<model::RemediationAction> actions)
{
    if (actions == m_answers.actions) {
        return;
    }
    m_answers.actions = std::move(actions);
    m_dirty = true;
}

bool DraftEditor::isVisible(const std::string& questionId) const
{
    return rules::VisibleAnswers(questionnaire(), m_answers).isVisible(questionId);
}

std::vector<const model::Question*> DraftEditor::missingIn(const model::Section& section) const
{
    const rules::VisibleAnswers visible(questionnaire(), m_answers);
    std::vector<const model::Question*> missing;
    for (const auto& question : section.questions) {
        if (question.required && visible.isVisible(question.id) &&
            !visible.isAnswered(question.id)) {
            missing.push_back(&question);
        }
    }
    return missing;
}

std::vector<std::string> DraftEditor::missingMeta() const
{
    if (isBlank(m_meta.title)) {
        return {"title"};
    }
    return {};
}

const rules::Evaluation& DraftEditor::evaluation() const
{
    if (!m_evaluation) {
        m_evaluation = rules::evaluate(questionnaire(), m_answers, store::utcDate());
    }
    return *m_evaluation;
}

int DraftEditor::sectionOf(const std::string& questionId) const
{
    const auto& sections = questionnaire().sections;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        for (const auto& question : sections[i].questions) {
            if (question.id == questionId) {
                return static_cast<int>(i);
            }
        }
    }
    return -1;
}

Result<void> DraftEditor::save(const AssessmentService& service)
{
    if (!m_assessmentId) {
        auto id = service.createDraft(m_questionnaire, m_answers, m_meta);
        if (!id) {
            return id.error();
        }
        m_assessmentId = std::move(*id);
        m_baseRevision = 1;
    } else if (m_dirty) {
        auto saved = service.updateDraft(*m_assessmentId, m_answers, m_meta, m_baseRevision);
        if (!saved) {
            return saved.error();
        }
        m_baseRevision = *saved;
    }
    m_dirty = false;
    return {};
}

Result<void> DraftEditor::saveOnTopOfCurrent(const AssessmentService& service)
{
    if (!m_assessmentId) {
        return save(service);
    }
    auto current = service.open(*m_assessmentId);
    if (!current) {
        return current.error();
    }
    const auto previousBase = m_baseRevision;
    m_baseRevision = current->revision.number;
    m_dirty = true;
    if (auto saved = save(service); !saved) {
        m_baseRevision = previousBase;
        return saved;
    }
    return {};
}

Result<RevisionComparison> DraftEditor::compareWithCurrent(const AssessmentService& service) const
{
    if (!m_assessmentId) {
        return Error{"the assessment has not been saved yet"};
    }
    auto current = service.open(*m_assessmentId);
    if (!current) {
        return current.error();
    }
    auto mine = current->payload;
    mine.meta = m_meta;
    mine.answers = m_answers;
    mine.attachments = m_attachments;
    mine.evaluation = rules::evaluationToJson(evaluation(), m_questionnaire.questionnaire);
    return compareRevisions(current->payload, current->questionnaire.questionnaire, mine,
                            m_questionnaire.questionnaire);
}

Result<void> DraftEditor::discardEdits(const AssessmentService& service)
{
    if (!m_assessmentId) {
        return {};
    }
    auto current = service.open(*m_assessmentId);
    if (!current) {
        return current.error();
    }
    m_meta = std::move(current->payload.meta);
    m_answers = std::move(current->payload.answers);
    m_attachments = std::move(current->payload.attachments);
    m_baseRevision = current->revision.number;
    m_evaluation.reset();
    m_dirty = false;
    return {};
}

Result<model::AttachmentRef> DraftEditor::attach(const AssessmentService& service,
                                                 const std::filesystem::path& file,
                                                 const std::string& questionId,
                                                 const std::string& item)
{
    if (auto saved = save(service); !saved) {
        return saved.error();
    }
    auto attached = service.attachEvidence(*m_assessmentId, file, questionId, item, m_baseRevision);
    if (!attached) {
        return attached.error();
    }
    m_baseRevision = attached->revision;
    const auto* ref = &attached->ref;
    if (std::find(m_attachments.begin(), m_attachments.end(), *ref) == m_attachments.end()) {
        m_attachments.push_back(*ref);
    }
    return *ref;
}

std::vector<const rules::Finding*> actionableFindings(const rules::Evaluation& evaluation)
{
    std::vector<const rules::Finding*> findings;
    for (const auto& finding : evaluation.findings) {
        if (finding.severity != model::Severity::Info) {
            findings.push_back(&finding);
        }
    }
    return findings;
}

} // namespace vouch::services
