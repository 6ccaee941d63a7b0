// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/questions/QuestionWidget.h"

class QDateEdit;
class QToolButton;

namespace vouch::ui {

// A date with a calendar pop-up. It starts blank (unanswered); "Clear" makes it blank
// again.
class DateAnswerWidget final : public QuestionWidget
{
    Q_OBJECT

public:
    DateAnswerWidget(const model::Questionnaire& questionnaire, const model::Question& question,
                     QWidget* parent);

    [[nodiscard]] model::AnswerValue answer() const override;
    void focusAnswer() override;
    [[nodiscard]] QDateEdit* editor() const { return m_edit; }

protected:
    void showAnswer(const model::AnswerValue* value) override;
    void applyReadOnly(bool readOnly) override;

private:
    QDateEdit* m_edit = nullptr;
    QToolButton* m_clear = nullptr;
};

} // namespace vouch::ui
