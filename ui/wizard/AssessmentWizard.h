// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/AssessmentService.h"
#include "services/DraftEditor.h"
#include "services/Preferences.h"
#include "services/Workspace.h"

#include <QWizard>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QTimer;

namespace vouch::ui {

class IntroPage;
class ReviewPage;
class SectionForm;
class SectionPage;
class SignOffPage;
class WizardSidePanel;

// Walks a team through one assessment: intro, one page per questionnaire section, a
// review page and a sign-off page, with the live evaluation beside them. The wizard
// owns the draft and saves it as the user works (a short pause after each edit, each
// page change, and on close), so closing mid-way keeps the draft.
class AssessmentWizard final : public QWizard
{
    Q_OBJECT

public:
    AssessmentWizard(std::unique_ptr<services::DraftEditor> draft,
                     const services::Workspace& workspace, QWidget* parent = nullptr);
    ~AssessmentWizard() override;
    Q_DISABLE_COPY_MOVE(AssessmentWizard)

    [[nodiscard]] services::DraftEditor& draft() { return *m_draft; }
    [[nodiscard]] WizardSidePanel* sidePanel() const { return m_side; }
    [[nodiscard]] SignOffPage* signOffPage() const { return m_signOff; }
    [[nodiscard]] ReviewPage* reviewPage() const { return m_review; }
    [[nodiscard]] SectionPage* sectionPage(int section) const;
    [[nodiscard]] int reviewPageId() const;

    void setPreferences(const services::Preferences& preferences);

    // Saves now if anything changed; false (and the reason shown) if it failed.
    bool saveDraft();
    // Moves to a section's page, through Back or Next (which may refuse on the way).
    void goToSection(int section);
    // Moves to the page of a question and puts the focus on it.
    void goToQuestion(const QString& questionId);
    // Where the officer left off: the first required question still unanswered, or the
    // review page when none is (a continued draft opens there, not on the intro page).
    void resume();
    // A newer version (`version`) of the draft's questionnaire ships with Vouch: the side
    // panel offers to update, and the button asks the main window to (it shows the report
    // first). Hidden until called.
    void offerQuestionnaireUpdate(const QString& version);
    // Attaches files to a question (and matrix item); returns the errors, one per file.
    QStringList attachEvidence(const QString& questionId, const QString& item,
                               const QStringList& files);
    // Writes the action plan as CSV; returns the error shown, empty on success.
    QString exportActionsCsv(const QString& path);

Q_SIGNALS:
    // After each successful save and after signing: the library view refreshes.
    void assessmentSaved(const QString& assessmentId);
    // The officer asked to move this draft to the current questionnaire; saved first.
    void questionnaireUpdateRequested(const QString& assessmentId);

protected:
    void done(int result) override;

private:
    void draftEdited();
    void pageChanged(int id);
    void refreshSidePanel();
    // Someone else saved while the user edited: asks whether to compare, put the edits
    // on top or drop them. Returns the outcome of the chosen save, or the conflict.
    [[nodiscard]] Result<void> resolveConflict(const Error& conflict);
    // Shows the draft again in every page after it changed underneath them.
    void reloadPages();
    void chooseActionsCsv();
    void lockAfterSigning();
    [[nodiscard]] int currentSection() const;

    std::unique_ptr<services::DraftEditor> m_draft;
    const services::Workspace& m_workspace;
    services::AssessmentService m_service;
    IntroPage* m_intro = nullptr;
    std::vector<SectionPage*> m_sections;
    ReviewPage* m_review = nullptr;
    SignOffPage* m_signOff = nullptr;
    WizardSidePanel* m_side = nullptr;
    QLabel* m_saveState = nullptr;
    QWidget* m_updateOffer = nullptr;
    QLabel* m_updateText = nullptr;
    QPushButton* m_updateButton = nullptr;
    QTimer* m_autosave = nullptr;
    // After "Decide Later" autosave stops asking; the next explicit save asks again.
    bool m_conflictDeferred = false;
    QString m_lastSaveError; // why the last save failed; empty after a save
};

} // namespace vouch::ui
