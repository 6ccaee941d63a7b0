// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/questions/QuestionWidget.h"

class QCheckBox;

namespace vouch::ui {

// Multiple choice: one check box per option. Options the questionnaire marks exclusive
// ("none") clear the others when checked, and are cleared when another is checked.
class MultipleChoiceAnswerWidget final : public QuestionWidget
{
    Q_OBJECT

public:
    MultipleChoiceAnswerWidget(const model::Questionnaire& questionnaire,
                               const model::Question& question, QWidget* parent);

    [[nodiscard]] model::AnswerValue answer() const override;
    void focusAnswer() override;
    [[nodiscard]] QCheckBox* box(const QString& value) const;

protected:
    void showAnswer(const model::AnswerValue* value) override;
    void applyReadOnly(bool readOnly) override;

private:
    void toggled(const std::string& value, bool checked);

    std::vector<std::pair<std::string, QCheckBox*>> m_boxes;
    bool m_adjusting = false;
};

} // namespace vouch::ui
