// SPDX-License-Identifier: Apache-2.0
#include "ui/questions/SectionForm.h"

#include "ui/QuestionHelp.h"
#include "ui/questions/QuestionWidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace vouch::ui {

SectionForm::SectionForm(services::DraftEditor& draft, const model::Section& section,
                         QWidget* parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_section(section)
{
    setObjectName(QStringLiteral("section:") + fromUtf8(section.id));
    auto* layout = new QVBoxLayout(this);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("sectionMissing"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral(
        "QLabel { color: #b71c1c; border: 1px solid #b71c1c; border-radius: 4px; padding: 6px; }"));
    m_missing->setVisible(false);
    layout->addWidget(m_missing);
    for (const auto& question : section.questions) {
        auto* widget = createQuestionWidget(draft.questionnaire(), question, this);
        layout->addWidget(widget);
        m_widgets.push_back(widget);
        connect(widget, &QuestionWidget::edited, this, [this, widget] {
            m_draft.setAnswer(widget->question().id, widget->answer());
            refreshVisibility();
            if (!m_missing->isHidden() && m_draft.missingIn(m_section).empty()) {
                clearMissing();
            }
            Q_EMIT edited();
        });
        connect(widget, &QuestionWidget::attachRequested, this,
                [this, widget](const QString& item, const QStringList& files) {
                    Q_EMIT attachRequested(fromUtf8(widget->question().id), item, files);
                });
    }
    layout->addStretch(1);
    reload();
}

void SectionForm::reload()
{
    for (auto* widget : m_widgets) {
        widget->setAnswer(m_draft.answer(widget->question().id));
        widget->setEvidence(m_draft.attachments());
    }
    refreshVisibility();
}

void SectionForm::refreshVisibility()
{
    for (auto* widget : m_widgets) {
        widget->setVisible(m_draft.isVisible(widget->question().id));
    }
}

void SectionForm::setReadOnly(bool readOnly)
{
    for (auto* widget : m_widgets) {
        widget->setReadOnly(readOnly);
    }
}

bool SectionForm::showMissing()
{
    const auto missing = m_draft.missingIn(m_section);
    QStringList names;
    for (auto* widget : m_widgets) {
        const bool isMissing =
            std::find(missing.begin(), missing.end(), &widget->question()) != missing.end();
        widget->setMissing(isMissing);
        if (isMissing) {
            names << tr("“%1”", "a question in quotation marks")
                         .arg(fromUtf8(widget->question().text));
        }
    }
    if (names.isEmpty()) {
        clearMissing();
        return false;
    }
    m_missing->setText(tr("Answer the required question(s) marked below to continue: %1", nullptr,
                          static_cast<int>(names.size()))
                           .arg(names.join(QStringLiteral("; "))));
    m_missing->setVisible(true);
    for (auto* widget : m_widgets) {
        if (widget->isMissing()) {
            widget->focusAnswer();
            break;
        }
    }
    return true;
}

void SectionForm::clearMissing()
{
    m_missing->setVisible(false);
    for (auto* widget : m_widgets) {
        widget->setMissing(false);
    }
}

QString SectionForm::missingMessage() const
{
    return m_missing->isHidden() ? QString() : m_missing->text();
}

QuestionWidget* SectionForm::questionWidget(const std::string& questionId) const
{
    for (auto* widget : m_widgets) {
        if (widget->question().id == questionId) {
            return widget;
        }
    }
    return nullptr;
}

} // namespace vouch::ui
