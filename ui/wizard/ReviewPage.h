// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/DraftEditor.h"

#include <QWizardPage>

class QLabel;
class QTextBrowser;
class QTreeWidget;

namespace vouch::ui {

class ActionPlanEditor;

// Everything the evaluation found, with a way back to the question behind each
// finding, and the action plan.
class ReviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    ReviewPage(services::DraftEditor& draft, QWidget* parent);

    void initializePage() override;
    [[nodiscard]] QTreeWidget* findings() const { return m_findings; }
    [[nodiscard]] QTextBrowser* findingDetails() const { return m_details; }
    [[nodiscard]] ActionPlanEditor* actionPlan() const { return m_actions; }
    // The id of the finding selected in the list; empty when none is.
    [[nodiscard]] QString selectedFinding() const;
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void questionChosen(const QString& questionId);
    void edited();
    void exportActionsRequested();

private:
    // Shows the selected finding in full and lets the action plan add an action for it.
    void showSelected();

    services::DraftEditor& m_draft;
    QLabel* m_tier = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_findings = nullptr;
    QTextBrowser* m_details = nullptr;
    ActionPlanEditor* m_actions = nullptr;
};

} // namespace vouch::ui
