// SPDX-License-Identifier: Apache-2.0
#include "ui/wizard/ReviewPage.h"

#include "model/Vocabulary.h"
#include "services/FindingExplanation.h"
#include "ui/FindingText.h"
#include "ui/Presentation.h"
#include "ui/QuestionHelp.h"
#include "ui/wizard/ActionPlanEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vouch::ui {
namespace {

constexpr int kQuestionRole = Qt::UserRole + 1;

} // namespace

ReviewPage::ReviewPage(services::DraftEditor& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("What the answers mean. Go back to any question from a finding; plan "
                   "what will be done about each finding that is not resolved."));
    auto* badges = new QHBoxLayout;
    badges->addWidget(new QLabel(tr("Risk tier:"), this));
    m_tier = new QLabel(this);
    m_tier->setObjectName(QStringLiteral("reviewTier"));
    badges->addWidget(m_tier);
    badges->addSpacing(16);
    badges->addWidget(new QLabel(tr("Verdict:"), this));
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("reviewVerdict"));
    badges->addWidget(m_verdict);
    badges->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);

    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(QStringLiteral("reviewFindings"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setHeaderLabels({tr("Severity"), tr("Finding")});
    m_findings->setRootIsDecorated(false);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->setToolTip(tr("Press Enter or double-click a finding to go to its question"));
    connect(m_findings, &QTreeWidget::itemActivated, this, [this](const QTreeWidgetItem* item) {
        const QString question = item->data(0, kQuestionRole).toString();
        if (!question.isEmpty()) {
            Q_EMIT questionChosen(question);
        }
    });
    // The whole selected finding, wrapped: a row of the list has room for its title only.
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("reviewFindingDetails"));
    m_details->setAccessibleName(tr("Selected finding"));
    m_details->setOpenExternalLinks(true);
    makeOneTabStop(*m_details);
    connect(m_findings, &QTreeWidget::itemSelectionChanged, this, [this] { showSelected(); });
    auto* goTo = new QPushButton(tr("&Go to Question"), this);
    goTo->setObjectName(QStringLiteral("goToQuestion"));
    connect(goTo, &QPushButton::clicked, this, [this] {
        if (auto* item = m_findings->currentItem()) {
            Q_EMIT m_findings->itemActivated(item, 0);
        }
    });

    m_actions = new ActionPlanEditor(draft, this);
    connect(m_actions, &ActionPlanEditor::edited, this, &ReviewPage::edited);
    connect(m_actions, &ActionPlanEditor::exportRequested, this,
            &ReviewPage::exportActionsRequested);

    auto* findingsBox = new QWidget(this);
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    auto* findingsSplitter = new QSplitter(Qt::Horizontal, findingsBox);
    findingsSplitter->addWidget(m_findings);
    findingsSplitter->addWidget(m_details);
    findingsSplitter->setChildrenCollapsible(false);
    findingsSplitter->setStretchFactor(0, 2);
    findingsSplitter->setStretchFactor(1, 3);
    findingsLayout->addWidget(findingsSplitter);
    auto* goToRow = new QHBoxLayout;
    goToRow->addStretch(1);
    goToRow->addWidget(goTo);
    findingsLayout->addLayout(goToRow);
    auto* actionsBox = new QWidget(this);
    auto* actionsLayout = new QVBoxLayout(actionsBox);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    auto* actionsTitle = new QLabel(tr("<b>Action plan</b>"), actionsBox);
    actionsLayout->addWidget(actionsTitle);
    actionsLayout->addWidget(m_actions);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(findingsBox);
    splitter->addWidget(actionsBox);
    splitter->setChildrenCollapsible(false);
    // The findings and their explanation are what is read here; the plan is a table.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(badges);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
}

void ReviewPage::initializePage()
{
    const auto& evaluation = m_draft.evaluation();
    showTierAndVerdict(*m_tier, *m_verdict, evaluation);
    // Two counts, each with its own plural form ("1 Befund, 12 erforderliche Kontrollen").
    QString summary =
        tr("%1, %2.", "counted findings, counted required controls")
            .arg(tr("%n finding(s)", nullptr, static_cast<int>(evaluation.findings.size())),
                 tr("%n required control(s)", nullptr,
                    static_cast<int>(evaluation.requiredControls.size())));
    if (!evaluation.unanswered.empty()) {
        summary += QLatin1Char(' ') + tr("%n required question(s) unanswered: the verdict "
                                         "stays Incomplete until they are answered.",
                                         nullptr, static_cast<int>(evaluation.unanswered.size()));
    }
    m_summary->setText(summary);

    m_findings->clear();
    for (const auto& finding : evaluation.findings) {
        auto* item = new QTreeWidgetItem(
            m_findings, {severityLabel(finding.severity), fromUtf8(finding.title)});
        item->setForeground(0, severityColour(finding.severity));
        item->setData(0, Qt::UserRole, fromUtf8(finding.id));
        item->setToolTip(1, fromUtf8(finding.title));
        if (!finding.because.empty()) {
            item->setData(0, kQuestionRole, fromUtf8(finding.because.front().question));
        }
    }
    if (evaluation.findings.empty()) {
        auto* none = new QTreeWidgetItem(
            m_findings, {QString(), tr("No findings: nothing in the answers raises a concern.")});
        none->setFlags(Qt::NoItemFlags);
    }
    showSelected();
    m_actions->reload();
}

QString ReviewPage::selectedFinding() const
{
    const auto selected = m_findings->selectedItems();
    return selected.isEmpty() ? QString() : selected.front()->data(0, Qt::UserRole).toString();
}

void ReviewPage::showSelected()
{
    const QString id = selectedFinding();
    m_actions->setSelectedFinding(id);
    const auto& findings = m_draft.evaluation().findings;
    const auto found = std::find_if(findings.begin(), findings.end(), [&](const auto& finding) {
        return fromUtf8(finding.id) == id;
    });
    if (found == findings.end()) {
        m_details->setHtml(
            findings.empty()
                ? QString()
                : tr("Select a finding to read why it was raised, what to do about it, the "
                     "answers behind it and its sources.")
                      .toHtmlEscaped());
        return;
    }
    m_details->setHtml(findingHtml(services::explainFinding(m_draft.questionnaire(), *found)));
}

void ReviewPage::setReadOnly(bool readOnly)
{
    m_actions->setReadOnly(readOnly);
}

} // namespace vouch::ui
