// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Questionnaire.h"
#include "services/DraftEditor.h"

#include <QWidget>

#include <vector>

class QLabel;

namespace vouch::ui {

class QuestionWidget;

// The questions of one section, bound to a draft: each edit goes straight into the
// draft, and questions whose visible_if no longer holds disappear (their answers stay
// in the draft but count for nothing, as the engine says). Used by the wizard's
// section pages and, read-only, by review mode.
class SectionForm final : public QWidget
{
    Q_OBJECT

public:
    SectionForm(services::DraftEditor& draft, const model::Section& section, QWidget* parent);
    Q_DISABLE_COPY_MOVE(SectionForm)

    [[nodiscard]] const model::Section& section() const { return m_section; }
    // Shows the draft's answers and evidence again.
    void reload();
    void refreshVisibility();
    void setReadOnly(bool readOnly);
    // Marks the required visible questions without an answer and says which on top;
    // returns whether any is missing. The first one gets the focus.
    bool showMissing();
    void clearMissing();
    [[nodiscard]] QString missingMessage() const;
    [[nodiscard]] QuestionWidget* questionWidget(const std::string& questionId) const;
    [[nodiscard]] const std::vector<QuestionWidget*>& questionWidgets() const { return m_widgets; }

Q_SIGNALS:
    void edited();
    void attachRequested(const QString& questionId, const QString& item, const QStringList& files);

private:
    services::DraftEditor& m_draft;
    const model::Section& m_section;
    QLabel* m_missing = nullptr;
    std::vector<QuestionWidget*> m_widgets;
};

} // namespace vouch::ui
