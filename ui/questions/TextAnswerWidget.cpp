// SPDX-License-Identifier: Apache-2.0
#include "ui/questions/TextAnswerWidget.h"

#include "model/TextChecks.h"
#include "ui/QuestionHelp.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace vouch::ui {
namespace {

qsizetype codePoints(const QString& text)
{
    return static_cast<qsizetype>(text.toUcs4().size());
}

} // namespace

TextAnswerWidget::TextAnswerWidget(const model::Questionnaire& questionnaire,
                                   const model::Question& question, QWidget* parent)
    : QuestionWidget(questionnaire, question, parent)
    , m_edit(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("textAnswer"));
    m_edit->setAccessibleName(fromUtf8(question.text));
    // Tab moves on, as in every other field of the form.
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(70);
    m_edit->setMaximumHeight(140);
    body()->addWidget(m_edit);
    m_counter->setVisible(false);
    m_counter->setTextFormat(Qt::PlainText); // the warning quotes the typed markup
    body()->addWidget(m_counter);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        enforceLimit();
        userEdited();
    });
}

void TextAnswerWidget::enforceLimit()
{
    const QString text = m_edit->toPlainText();
    const auto length = codePoints(text);
    // The questionnaire's limit, within the engine's for any free text.
    const auto limit = static_cast<qsizetype>(
        std::min<long long>(question().maxLength, static_cast<long long>(model::kMaxTextLength)));
    if (length > limit) {
        // Pasted text beyond the limit is cut, so a saved draft always reopens.
        const auto ucs4 = text.toUcs4();
        const QSignalBlocker blocker(m_edit);
        m_edit->setPlainText(
            QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs4.constData()), limit));
        m_edit->moveCursor(QTextCursor::End);
    }
    const bool nearLimit = length * 10 >= limit * 9;
    // Text that cannot be saved says so at the field, before the save fails.
    const auto warning = plainTextWarning(m_edit->toPlainText());
    m_counter->setVisible(nearLimit || !warning.isEmpty());
    m_counter->setStyleSheet(warning.isEmpty() ? QString() : QStringLiteral("color: #b71c1c;"));
    m_counter->setText(warning.isEmpty()
                           ? tr("%1 of %2 characters").arg(std::min(length, limit)).arg(limit)
                           : warning);
}

model::AnswerValue TextAnswerWidget::answer() const
{
    const QString text = m_edit->toPlainText();
    return text.trimmed().isEmpty() ? std::string() : text.toStdString();
}

void TextAnswerWidget::focusAnswer()
{
    m_edit->setFocus(Qt::OtherFocusReason);
}

void TextAnswerWidget::showAnswer(const model::AnswerValue* value)
{
    const auto* text = value != nullptr ? std::get_if<std::string>(value) : nullptr;
    m_edit->setPlainText(text != nullptr ? fromUtf8(*text) : QString());
}

void TextAnswerWidget::applyReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

} // namespace vouch::ui
