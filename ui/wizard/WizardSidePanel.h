// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/DraftEditor.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTextBrowser;

namespace vouch::ui {

// Beside the wizard pages: where the user is (each section, done or not) and what the
// answers so far mean (tier, verdict, findings). A finding leads to the question that
// raised it.
class WizardSidePanel final : public QWidget
{
    Q_OBJECT

public:
    WizardSidePanel(const services::DraftEditor& draft, QWidget* parent);

    // Re-reads the draft; `currentSection` is highlighted (-1: none).
    void refresh(int currentSection);

    [[nodiscard]] QListWidget* sections() const { return m_sections; }
    [[nodiscard]] QListWidget* findings() const { return m_findings; }
    [[nodiscard]] QTextBrowser* findingDetails() const { return m_details; }
    [[nodiscard]] QString tierText() const;
    [[nodiscard]] QString verdictText() const;

Q_SIGNALS:
    void sectionChosen(int section);
    void questionChosen(const QString& questionId);

private:
    void showCurrent();

    const services::DraftEditor& m_draft;
    QListWidget* m_sections = nullptr;
    QLabel* m_tier = nullptr;
    QLabel* m_verdict = nullptr;
    QListWidget* m_findings = nullptr;
    QTextBrowser* m_details = nullptr;
};

} // namespace vouch::ui
