// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/questions/QuestionWidget.h"

class QLabel;
class QPlainTextEdit;

namespace vouch::ui {

// Free text, limited to the question's maximum length in characters (Unicode code
// points, as the answers loader counts them), with a counter near the limit.
class TextAnswerWidget final : public QuestionWidget
{
    Q_OBJECT

public:
    TextAnswerWidget(const model::Questionnaire& questionnaire, const model::Question& question,
                     QWidget* parent);

    [[nodiscard]] model::AnswerValue answer() const override;
    void focusAnswer() override;
    [[nodiscard]] QPlainTextEdit* editor() const { return m_edit; }

protected:
    void showAnswer(const model::AnswerValue* value) override;
    void applyReadOnly(bool readOnly) override;

private:
    void enforceLimit();

    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_counter = nullptr;
};

} // namespace vouch::ui
