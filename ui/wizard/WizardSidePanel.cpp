// SPDX-License-Identifier: Apache-2.0
#include "ui/wizard/WizardSidePanel.h"

#include "model/Vocabulary.h"
#include "ui/Presentation.h"
#include "ui/QuestionHelp.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace vouch::ui {
namespace {

constexpr int kQuestionRole = Qt::UserRole + 1;

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

WizardSidePanel::WizardSidePanel(const services::DraftEditor& draft, QWidget* parent)
    : QWidget(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("wizardSidePanel"));
    setMinimumWidth(240);
    setMaximumWidth(320);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Progress"), this));
    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("progressList"));
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sections->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_sections, 3);

    layout->addWidget(heading(tr("Evaluation so far"), this));
    auto* form = new QFormLayout;
    m_tier = new QLabel(this);
    m_tier->setObjectName(QStringLiteral("liveTier"));
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("liveVerdict"));
    // Badges as wide as their word, not the panel.
    m_tier->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_verdict->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Risk tier:"), m_tier);
    form->addRow(tr("Verdict:"), m_verdict);
    layout->addLayout(form);
    m_findings = new QListWidget(this);
    m_findings->setObjectName(QStringLiteral("liveFindings"));
    m_findings->setAccessibleName(tr("Findings so far"));
    m_findings->setWordWrap(true);
    m_findings->setToolTip(tr("Press Enter or double-click to go to the question behind it"));
    layout->addWidget(m_findings, 2);

    connect(m_sections, &QListWidget::itemActivated, this,
            [this](const QListWidgetItem* item) { Q_EMIT sectionChosen(m_sections->row(item)); });
    connect(m_findings, &QListWidget::itemActivated, this, [this](const QListWidgetItem* item) {
        const QString question = item->data(kQuestionRole).toString();
        if (!question.isEmpty()) {
            Q_EMIT questionChosen(question);
        }
    });
}

void WizardSidePanel::refresh(int currentSection)
{
    const auto& sections = m_draft.questionnaire().sections;
    if (m_sections->count() != static_cast<int>(sections.size())) {
        m_sections->clear();
        for (const auto& section : sections) {
            m_sections->addItem(fromUtf8(section.title));
        }
    }
    for (std::size_t i = 0; i < sections.size(); ++i) {
        auto* item = m_sections->item(static_cast<int>(i));
        const bool done = m_draft.missingIn(sections[i]).empty();
        const QString title = fromUtf8(sections[i].title);
        item->setText((done ? QStringLiteral("✓ ") : QStringLiteral("○ ")) + title);
        item->setToolTip(done ? tr("%1: all required questions answered").arg(title)
                              : tr("%1: required questions still open").arg(title));
        QFont font = item->font();
        font.setBold(static_cast<int>(i) == currentSection);
        item->setFont(font);
    }

    const auto& evaluation = m_draft.evaluation();
    showTierAndVerdict(*m_tier, *m_verdict, evaluation);

    m_findings->clear();
    for (const auto& finding : evaluation.findings) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1: %2").arg(severityLabel(finding.severity), fromUtf8(finding.title)),
            m_findings);
        item->setForeground(severityColour(finding.severity));
        item->setData(Qt::UserRole, fromUtf8(finding.id));
        if (!finding.because.empty()) {
            item->setData(kQuestionRole, fromUtf8(finding.because.front().question));
        }
        item->setToolTip(fromUtf8(finding.rationale));
    }
    if (evaluation.findings.empty()) {
        auto* none = new QListWidgetItem(tr("No findings yet."), m_findings);
        none->setFlags(Qt::NoItemFlags);
    }
}

QString WizardSidePanel::tierText() const
{
    return m_tier->text();
}

QString WizardSidePanel::verdictText() const
{
    return m_verdict->text();
}

} // namespace vouch::ui
