// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/AssessmentPayload.h"
#include "model/QuestionnaireLoader.h"
#include "model/Result.h"
#include "rules/Evaluation.h"
#include "services/AssessmentService.h"
#include "services/RevisionComparison.h"

#include <optional>
#include <string>
#include <vector>

namespace vouch::services {

// The assessment a wizard is building: meta, answers, action plan and the evidence
// already attached, against one questionnaire snapshot. It knows what the wizard must
// show (which questions are visible, what is still missing, the live evaluation) and
// saves itself through AssessmentService, so the widgets only bind controls to it.
class DraftEditor
{
public:
    // A new assessment: nothing is stored until the first save.
    explicit DraftEditor(model::QuestionnaireSnapshot questionnaire);
    // An existing assessment's current revision. Editing a signed one saves a new draft
    // revision whose parent is the signed revision.
    explicit DraftEditor(OpenedRevision opened);
    // The evaluation points into the questionnaire: the editor stays where it was made.
    DraftEditor(const DraftEditor&) = delete;
    DraftEditor& operator=(const DraftEditor&) = delete;
    DraftEditor(DraftEditor&&) = delete;
    DraftEditor& operator=(DraftEditor&&) = delete;
    ~DraftEditor() = default;

    [[nodiscard]] const model::Questionnaire& questionnaire() const
    {
        return m_questionnaire.questionnaire;
    }
    [[nodiscard]] const model::QuestionnaireSnapshot& snapshot() const { return m_questionnaire; }
    [[nodiscard]] const std::optional<std::string>& assessmentId() const { return m_assessmentId; }
    [[nodiscard]] bool isDirty() const { return m_dirty; }

    [[nodiscard]] const model::AssessmentMeta& meta() const { return m_meta; }
    void setMeta(const model::AssessmentMeta& meta);

    [[nodiscard]] const model::Answers& answers() const { return m_answers; }
    [[nodiscard]] const model::AnswerValue* answer(const std::string& questionId) const;
    // An empty string, selection or matrix clears the answer.
    void setAnswer(const std::string& questionId, model::AnswerValue value);
    void clearAnswer(const std::string& questionId);

    [[nodiscard]] const std::vector<model::RemediationAction>& actions() const
    {
        return m_answers.actions;
    }
    void setActions(std::vector<model::RemediationAction> actions);

    [[nodiscard]] const std::vector<model::AttachmentRef>& attachments() const
    {
        return m_attachments;
    }

    [[nodiscard]] bool isVisible(const std::string& questionId) const;
    // Required, visible questions of a section that have no answer yet, in order.
    [[nodiscard]] std::vector<const model::Question*>
    missingIn(const model::Section& section) const;
    // What the intro page still needs ("title"); empty when the meta may be saved.
    [[nodiscard]] std::vector<std::string> missingMeta() const;
    // The evaluation of the answers as they are now (recomputed after each change).
    [[nodiscard]] const rules::Evaluation& evaluation() const;
    // The section a question belongs to, or -1.
    [[nodiscard]] int sectionOf(const std::string& questionId) const;

    // Creates the assessment on the first save, then appends draft revisions (a save
    // that changes nothing adds none). Keeps the editor's state on failure. Each save
    // builds on the revision the editor last read or wrote: when someone else saved
    // since, it fails with ErrorKind::Conflict and the edits stay here, unsaved.
    [[nodiscard]] Result<void> save(const AssessmentService& service);
    // The revision the edits build on (nullopt before the first save).
    [[nodiscard]] std::optional<int> baseRevision() const { return m_baseRevision; }
    // After a conflict: saves the edits as a new revision on top of the current one.
    [[nodiscard]] Result<void> saveOnTopOfCurrent(const AssessmentService& service);
    // After a conflict: how the edits differ from the current revision (older: the
    // stored revision, newer: the edits).
    [[nodiscard]] Result<RevisionComparison>
    compareWithCurrent(const AssessmentService& service) const;
    // After a conflict: drops the edits and continues from the current revision.
    [[nodiscard]] Result<void> discardEdits(const AssessmentService& service);
    // Saves first, then stores the file as evidence for the question (and matrix item).
    [[nodiscard]] Result<model::AttachmentRef> attach(const AssessmentService& service,
                                                      const std::filesystem::path& file,
                                                      const std::string& questionId,
                                                      const std::string& item);

private:
    void changed();

    model::QuestionnaireSnapshot m_questionnaire;
    std::optional<std::string> m_assessmentId;
    model::AssessmentMeta m_meta;
    model::Answers m_answers;
    std::vector<model::AttachmentRef> m_attachments;
    mutable std::optional<rules::Evaluation> m_evaluation;
    bool m_dirty = false;
    std::optional<int> m_baseRevision;
};

// The action plan's rows for findings the evaluation no longer raises are kept (the
// user decides); this lists the findings that could get an action: every finding that
// is not informational.
[[nodiscard]] std::vector<const rules::Finding*> actionableFindings(const rules::Evaluation& e);

} // namespace vouch::services
