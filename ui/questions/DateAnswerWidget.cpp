// SPDX-License-Identifier: Apache-2.0
#include "ui/questions/DateAnswerWidget.h"

#include "ui/QuestionHelp.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace vouch::ui {
namespace {

// QDateEdit has no empty state; its minimum date, shown as blank text, stands for one.
const QDate kBlank(1900, 1, 1);

} // namespace

DateAnswerWidget::DateAnswerWidget(const model::Questionnaire& questionnaire,
                                   const model::Question& question, QWidget* parent)
    : QuestionWidget(questionnaire, question, parent)
    , m_edit(new QDateEdit(this))
    , m_clear(new QToolButton(this))
{
    m_edit->setObjectName(QStringLiteral("dateAnswer"));
    m_edit->setAccessibleName(fromUtf8(question.text));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setMinimumDate(kBlank);
    m_edit->setSpecialValueText(tr("Not set"));
    m_edit->setDate(kBlank);
    m_clear->setText(tr("Clear"));
    m_clear->setAccessibleName(tr("Clear the date: %1").arg(fromUtf8(question.text)));
    auto* row = new QHBoxLayout;
    row->addWidget(m_edit);
    row->addWidget(m_clear);
    row->addStretch(1);
    body()->addLayout(row);
    connect(m_edit, &QDateEdit::dateChanged, this, [this] { userEdited(); });
    connect(m_clear, &QToolButton::clicked, this, [this] { m_edit->setDate(kBlank); });
}

model::AnswerValue DateAnswerWidget::answer() const
{
    const QDate date = m_edit->date();
    return date == kBlank ? std::string() : date.toString(Qt::ISODate).toStdString();
}

void DateAnswerWidget::focusAnswer()
{
    m_edit->setFocus(Qt::OtherFocusReason);
}

void DateAnswerWidget::showAnswer(const model::AnswerValue* value)
{
    const auto* text = value != nullptr ? std::get_if<std::string>(value) : nullptr;
    const QDate date = text != nullptr ? QDate::fromString(fromUtf8(*text), Qt::ISODate) : QDate();
    m_edit->setDate(date.isValid() ? date : kBlank);
}

void DateAnswerWidget::applyReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_clear->setVisible(!readOnly);
}

} // namespace vouch::ui
