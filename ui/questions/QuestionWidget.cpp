// SPDX-License-Identifier: Apache-2.0
#include "ui/questions/QuestionWidget.h"

#include "ui/QuestionHelp.h"
#include "ui/questions/ChoiceAnswerWidget.h"
#include "ui/questions/DateAnswerWidget.h"
#include "ui/questions/MatrixAnswerWidget.h"
#include "ui/questions/MultipleChoiceAnswerWidget.h"
#include "ui/questions/TextAnswerWidget.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace vouch::ui {

QString evidenceLine(const model::AttachmentRef& attachment)
{
    return QuestionWidget::tr("%1 (%2, SHA-256 %3…)")
        .arg(fromUtf8(attachment.name), QLocale().formattedDataSize(attachment.size),
             fromUtf8(attachment.sha256.substr(0, 12)));
}

QuestionWidget::QuestionWidget(const model::Questionnaire& questionnaire,
                               const model::Question& question, QWidget* parent)
    : QWidget(parent)
    , m_question(question)
{
    setObjectName(QStringLiteral("question:") + fromUtf8(question.id));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);

    auto* header = new QHBoxLayout;
    auto* text = new QLabel(escaped(question.text) +
                                (question.required
                                     ? QStringLiteral(" <span style=\"color:#b71c1c\">*</span>")
                                     : QString()),
                            this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("questionText"));
    QFont bold = text->font();
    bold.setBold(true);
    text->setFont(bold);
    header->addWidget(text, 1);
    m_helpButton = new QToolButton(this);
    m_helpButton->setText(tr("Why?"));
    m_helpButton->setCheckable(true);
    m_helpButton->setObjectName(QStringLiteral("helpButton"));
    m_helpButton->setToolTip(tr("Why this matters, with sources and their dates"));
    m_helpButton->setAccessibleName(tr("Why this matters: %1").arg(fromUtf8(question.text)));
    header->addWidget(m_helpButton, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_help = new QTextBrowser(this);
    m_help->setObjectName(QStringLiteral("questionHelp"));
    m_help->setOpenExternalLinks(true);
    makeOneTabStop(*m_help);
    m_help->setHtml(questionHelpHtml(questionnaire, question));
    m_help->setFrameShape(QFrame::StyledPanel);
    m_help->setMinimumHeight(140);
    m_help->setVisible(false);
    m_help->setAccessibleName(tr("Help for: %1").arg(fromUtf8(question.text)));
    layout->addWidget(m_help);
    connect(m_helpButton, &QToolButton::toggled, this, &QuestionWidget::showHelp);

    m_body = new QVBoxLayout;
    m_body->setContentsMargins(12, 0, 0, 0);
    layout->addLayout(m_body);

    auto* evidenceRow = new QHBoxLayout;
    evidenceRow->setContentsMargins(12, 0, 0, 0);
    m_evidence = new QLabel(this);
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->setVisible(false);
    // The evidence list above, the button below it on the left, under the answer.
    auto* evidenceColumn = new QVBoxLayout;
    evidenceColumn->addWidget(m_evidence);
    evidenceRow->addLayout(evidenceColumn, 1);
    if (question.type != model::QuestionType::Matrix) {
        m_attach = new QPushButton(tr("Attach evidence..."), this);
        m_attach->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        m_attach->setObjectName(QStringLiteral("attachEvidence"));
        m_attach->setAccessibleName(tr("Attach evidence to: %1").arg(fromUtf8(question.text)));
        m_attach->setToolTip(tr("Or drop files onto the question"));
        connect(m_attach, &QPushButton::clicked, this,
                [this] { Q_EMIT attachRequested(QString(), {}); });
        evidenceColumn->addWidget(m_attach, 0, Qt::AlignLeft);
    }
    layout->addLayout(evidenceRow);

    m_missing = new QLabel(tr("This question needs an answer."), this);
    m_missing->setObjectName(QStringLiteral("missingMessage"));
    m_missing->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_missing->setVisible(false);
    layout->addWidget(m_missing);
}

void QuestionWidget::setAnswer(const model::AnswerValue* value)
{
    m_loading = true;
    showAnswer(value);
    m_loading = false;
}

void QuestionWidget::userEdited()
{
    if (!m_loading) {
        setMissing(false);
        Q_EMIT edited();
    }
}

void QuestionWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyReadOnly(readOnly);
    if (m_attach != nullptr) {
        m_attach->setVisible(!readOnly);
    }
    setAcceptDrops(!readOnly);
}

void QuestionWidget::setMissing(bool missing)
{
    m_missing->setVisible(missing);
}

bool QuestionWidget::isMissing() const
{
    return !m_missing->isHidden();
}

void QuestionWidget::showHelp(bool shown)
{
    m_helpButton->setChecked(shown);
    m_help->setVisible(shown);
}

void QuestionWidget::setEvidence(const std::vector<model::AttachmentRef>& attachments)
{
    QStringList lines;
    std::vector<model::AttachmentRef> own;
    for (const auto& attachment : attachments) {
        if (attachment.question == m_question.id && attachment.item.empty()) {
            lines << evidenceLine(attachment).toHtmlEscaped();
        }
    }
    m_evidence->setText(tr("Evidence: %1").arg(lines.join(QStringLiteral("<br>"))));
    m_evidence->setVisible(!lines.isEmpty());
    showItemEvidence(attachments);
}

void QuestionWidget::showItemEvidence(const std::vector<model::AttachmentRef>& /*attachments*/)
{}

QString QuestionWidget::itemAt(const QPoint& /*position*/) const
{
    return {};
}

void QuestionWidget::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_readOnly && event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void QuestionWidget::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const auto& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            files << url.toLocalFile();
        }
    }
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT attachRequested(itemAt(event->position().toPoint()), files);
    }
}

void QuestionWidget::placeAttachLastInTabOrder()
{
    if (m_attach == nullptr) {
        return;
    }
    // Everything built after the button up to the next question is this widget's own:
    // the subclass's answer controls, which Tab must reach before the button. Qt ignores
    // setTabOrder from a widget that takes no focus, so the last one that does.
    QWidget* last = nullptr;
    for (QWidget* next = m_attach->nextInFocusChain(); next != m_attach && isAncestorOf(next);
         next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) != 0) {
            last = next;
        }
    }
    if (last != nullptr) {
        QWidget::setTabOrder(last, m_attach);
    }
}

namespace {

QuestionWidget* makeQuestionWidget(const model::Questionnaire& questionnaire,
                                   const model::Question& question, QWidget* parent)
{
    switch (question.type) {
    case model::QuestionType::Single:
    case model::QuestionType::YesNoUnknown:
        return new ChoiceAnswerWidget(questionnaire, question, parent);
    case model::QuestionType::Multiple:
        return new MultipleChoiceAnswerWidget(questionnaire, question, parent);
    case model::QuestionType::Text:
        return new TextAnswerWidget(questionnaire, question, parent);
    case model::QuestionType::Date:
        return new DateAnswerWidget(questionnaire, question, parent);
    case model::QuestionType::Matrix:
        return new MatrixAnswerWidget(questionnaire, question, parent);
    }
    return nullptr;
}

} // namespace

QuestionWidget* createQuestionWidget(const model::Questionnaire& questionnaire,
                                     const model::Question& question, QWidget* parent)
{
    auto* widget = makeQuestionWidget(questionnaire, question, parent);
    if (widget != nullptr) {
        widget->placeAttachLastInTabOrder();
    }
    return widget;
}

} // namespace vouch::ui
