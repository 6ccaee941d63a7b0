// SPDX-License-Identifier: Apache-2.0
#include "ui/wizard/WizardSidePanel.h"

#include "model/Vocabulary.h"
#include "services/FindingExplanation.h"
#include "ui/FindingText.h"
#include "ui/Presentation.h"
#include "ui/QuestionHelp.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

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
    layout->addWidget(m_sections, 2);

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
    // The current finding in full, wrapped: the list has room for titles only.
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("liveFindingDetails"));
    m_details->setAccessibleName(tr("Current finding"));
    m_details->setOpenExternalLinks(true);
    makeOneTabStop(*m_details);
    m_details->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_details, 3);
    connect(m_findings, &QListWidget::currentItemChanged, this, [this] { showCurrent(); });

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

    // Rebuilt on every edit: the current finding stays current while it is raised.
    const auto* previous = m_findings->currentItem();
    const QString current =
        previous != nullptr ? previous->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker blocker(m_findings);
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
        // Rich text, so a long reason wraps in the tooltip.
        item->setToolTip(QStringLiteral("<p>%1</p>").arg(escaped(finding.rationale)));
        if (fromUtf8(finding.id) == current) {
            m_findings->setCurrentItem(item);
        }
    }
    if (evaluation.findings.empty()) {
        auto* none = new QListWidgetItem(tr("No findings yet."), m_findings);
        none->setFlags(Qt::NoItemFlags);
    }
    showCurrent();
}

void WizardSidePanel::showCurrent()
{
    const auto* item = m_findings->currentItem();
    const QString id = item != nullptr ? item->data(Qt::UserRole).toString() : QString();
    const auto& findings = m_draft.evaluation().findings;
    const auto found = std::find_if(findings.begin(), findings.end(), [&](const auto& finding) {
        return fromUtf8(finding.id) == id;
    });
    m_details->setVisible(!findings.empty());
    if (found == findings.end()) {
        m_details->setHtml(tr("Select a finding to read it in full.").toHtmlEscaped());
        return;
    }
    m_details->setHtml(findingHtml(services::explainFinding(m_draft.questionnaire(), *found)));
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
