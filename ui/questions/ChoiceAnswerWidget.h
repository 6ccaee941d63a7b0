// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/questions/QuestionWidget.h"

class QButtonGroup;
class QRadioButton;

namespace vouch::ui {

// Single choice and yes/no/unknown: one radio button per value. No button is checked
// while the question is unanswered.
class ChoiceAnswerWidget final : public QuestionWidget
{
    Q_OBJECT

public:
    ChoiceAnswerWidget(const model::Questionnaire& questionnaire, const model::Question& question,
                       QWidget* parent);

    [[nodiscard]] model::AnswerValue answer() const override;
    void focusAnswer() override;
    // The button for a value, for tests and keyboard shortcuts; nullptr if none.
    [[nodiscard]] QRadioButton* button(const QString& value) const;

protected:
    void showAnswer(const model::AnswerValue* value) override;
    void applyReadOnly(bool readOnly) override;

private:
    QButtonGroup* m_group = nullptr;
    std::vector<std::pair<std::string, QRadioButton*>> m_buttons;
};

} // namespace vouch::ui
