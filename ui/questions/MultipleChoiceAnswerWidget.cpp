// SPDX-License-Identifier: Apache-2.0
#include "ui/questions/MultipleChoiceAnswerWidget.h"

#include "ui/QuestionHelp.h"
#include "ui/questions/OptionRow.h"

#include <QCheckBox>
#include <QVBoxLayout>

#include <algorithm>

namespace vouch::ui {

MultipleChoiceAnswerWidget::MultipleChoiceAnswerWidget(const model::Questionnaire& questionnaire,
                                                       const model::Question& question,
                                                       QWidget* parent)
    : QuestionWidget(questionnaire, question, parent)
{
    for (const auto& option : question.options) {
        auto* box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("choice:") + fromUtf8(option.value));
        if (!option.help.empty()) {
            box->setToolTip(fromUtf8(option.help));
        }
        body()->addWidget(new OptionRow(box, fromUtf8(option.label), this));
        m_boxes.emplace_back(option.value, box);
        connect(box, &QCheckBox::toggled, this,
                [this, value = option.value](bool checked) { toggled(value, checked); });
    }
}

void MultipleChoiceAnswerWidget::toggled(const std::string& value, bool checked)
{
    if (m_adjusting) {
        return;
    }
    if (checked) {
        const auto& exclusive = question().exclusive;
        const bool isExclusive =
            std::find(exclusive.begin(), exclusive.end(), value) != exclusive.end();
        m_adjusting = true;
        for (const auto& [other, box] : m_boxes) {
            const bool otherExclusive =
                std::find(exclusive.begin(), exclusive.end(), other) != exclusive.end();
            if (other != value && (isExclusive || otherExclusive)) {
                box->setChecked(false);
            }
        }
        m_adjusting = false;
    }
    userEdited();
}

model::AnswerValue MultipleChoiceAnswerWidget::answer() const
{
    std::vector<std::string> selected;
    for (const auto& [value, box] : m_boxes) {
        if (box->isChecked()) {
            selected.push_back(value);
        }
    }
    return selected;
}

QCheckBox* MultipleChoiceAnswerWidget::box(const QString& value) const
{
    for (const auto& [candidate, box] : m_boxes) {
        if (fromUtf8(candidate) == value) {
            return box;
        }
    }
    return nullptr;
}

void MultipleChoiceAnswerWidget::focusAnswer()
{
    if (!m_boxes.empty()) {
        m_boxes.front().second->setFocus(Qt::OtherFocusReason);
    }
}

void MultipleChoiceAnswerWidget::showAnswer(const model::AnswerValue* value)
{
    const auto* selected =
        value != nullptr ? std::get_if<std::vector<std::string>>(value) : nullptr;
    m_adjusting = true;
    for (const auto& [candidate, box] : m_boxes) {
        box->setChecked(selected != nullptr && std::find(selected->begin(), selected->end(),
                                                         candidate) != selected->end());
    }
    m_adjusting = false;
}

void MultipleChoiceAnswerWidget::applyReadOnly(bool readOnly)
{
    for (const auto& entry : m_boxes) {
        entry.second->setAttribute(Qt::WA_TransparentForMouseEvents, readOnly);
        entry.second->setFocusPolicy(readOnly ? Qt::NoFocus : Qt::StrongFocus);
    }
}

} // namespace vouch::ui
