// SPDX-License-Identifier: Apache-2.0
#include "ui/questions/ChoiceAnswerWidget.h"

#include "ui/QuestionHelp.h"
#include "ui/questions/OptionRow.h"

#include <QButtonGroup>
#include <QRadioButton>
#include <QVBoxLayout>

namespace vouch::ui {
namespace {

std::vector<std::pair<std::string, QString>> choicesOf(const model::Question& question)
{
    std::vector<std::pair<std::string, QString>> choices;
    if (question.type == model::QuestionType::YesNoUnknown) {
        choices = {{"yes", ChoiceAnswerWidget::tr("Yes")},
                   {"no", ChoiceAnswerWidget::tr("No")},
                   {"unknown", ChoiceAnswerWidget::tr("Unknown")}};
        return choices;
    }
    for (const auto& option : question.options) {
        choices.emplace_back(option.value, fromUtf8(option.label));
    }
    return choices;
}

} // namespace

ChoiceAnswerWidget::ChoiceAnswerWidget(const model::Questionnaire& questionnaire,
                                       const model::Question& question, QWidget* parent)
    : QuestionWidget(questionnaire, question, parent)
    , m_group(new QButtonGroup(this))
{
    for (const auto& [value, label] : choicesOf(question)) {
        auto* button = new QRadioButton(this);
        button->setObjectName(QStringLiteral("choice:") + fromUtf8(value));
        if (const auto* option = question.option(value);
            option != nullptr && !option->help.empty()) {
            button->setToolTip(fromUtf8(option->help));
        }
        m_group->addButton(button);
        body()->addWidget(new OptionRow(button, label, this));
        m_buttons.emplace_back(value, button);
    }
    connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (checked) {
            userEdited();
        }
    });
}

model::AnswerValue ChoiceAnswerWidget::answer() const
{
    for (const auto& [value, button] : m_buttons) {
        if (button->isChecked()) {
            return value;
        }
    }
    return std::string();
}

QRadioButton* ChoiceAnswerWidget::button(const QString& value) const
{
    for (const auto& [candidate, button] : m_buttons) {
        if (fromUtf8(candidate) == value) {
            return button;
        }
    }
    return nullptr;
}

void ChoiceAnswerWidget::focusAnswer()
{
    QAbstractButton* target = m_group->checkedButton();
    if (target == nullptr && !m_buttons.empty()) {
        target = m_buttons.front().second;
    }
    if (target != nullptr) {
        target->setFocus(Qt::OtherFocusReason);
    }
}

void ChoiceAnswerWidget::showAnswer(const model::AnswerValue* value)
{
    const auto* text = value != nullptr ? std::get_if<std::string>(value) : nullptr;
    // An exclusive group cannot uncheck its last button; unanswered needs none checked.
    m_group->setExclusive(false);
    for (const auto& [candidate, button] : m_buttons) {
        button->setChecked(text != nullptr && *text == candidate);
    }
    m_group->setExclusive(true);
}

void ChoiceAnswerWidget::applyReadOnly(bool readOnly)
{
    // Not disabled: a greyed-out answer reads as "not applicable" in review mode.
    for (const auto& entry : m_buttons) {
        entry.second->setAttribute(Qt::WA_TransparentForMouseEvents, readOnly);
        entry.second->setFocusPolicy(readOnly ? Qt::NoFocus : Qt::StrongFocus);
    }
}

} // namespace vouch::ui
