// SPDX-License-Identifier: Apache-2.0
#include "ui/RevisionComparisonDialog.h"

#include "services/RevisionComparison.h"
#include "ui/Presentation.h"
#include "ui/QuestionHelp.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vouch::ui {
namespace {

QString findingList(const std::vector<services::RevisionComparison::FindingRef>& findings)
{
    QStringList titles;
    for (const auto& finding : findings) {
        titles << escaped(finding.title);
    }
    return titles.join(QStringLiteral("; "));
}

QString fieldLabel(const std::string& key)
{
    if (key == "title") {
        return RevisionComparisonDialog::tr("Title");
    }
    if (key == "workload") {
        return RevisionComparisonDialog::tr("Workload");
    }
    if (key == "organisation") {
        return RevisionComparisonDialog::tr("Organisation");
    }
    if (key == "business_owner") {
        return RevisionComparisonDialog::tr("Business owner");
    }
    if (key == "assessor") {
        return RevisionComparisonDialog::tr("Assessor");
    }
    if (key == "review_due") {
        return RevisionComparisonDialog::tr("Review due");
    }
    return fromUtf8(key);
}

} // namespace

RevisionComparisonDialog::RevisionComparisonDialog(const services::Workspace& workspace,
                                                   const std::string& assessmentId, int older,
                                                   int newer, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Revision %1 and revision %2").arg(older).arg(newer));
    build(tr("Revision %1").arg(older), tr("Revision %1").arg(newer));
    const auto service = workspace.assessments();
    auto before = service.open(assessmentId, older);
    auto after = service.open(assessmentId, newer);
    if (!before || !after) {
        m_outcome->setText(escaped((!before ? before.error() : after.error()).message));
        return;
    }
    showComparison(services::compareRevisions(*before, *after));
}

RevisionComparisonDialog::RevisionComparisonDialog(const services::RevisionComparison& comparison,
                                                   const QString& olderLabel,
                                                   const QString& newerLabel, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("%1 and %2").arg(olderLabel, newerLabel));
    build(olderLabel, newerLabel);
    showComparison(comparison);
}

void RevisionComparisonDialog::build(const QString& olderLabel, const QString& newerLabel)
{
    setObjectName(QStringLiteral("revisionComparisonDialog"));
    resize(980, 620);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("comparisonOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::RichText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes = new QTableWidget(0, 3, this);
    m_changes->setObjectName(QStringLiteral("comparisonTable"));
    m_changes->setAccessibleName(tr("Changed answers"));
    m_changes->setHorizontalHeaderLabels({tr("Question"), olderLabel, newerLabel});
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setWordWrap(true);
    for (int column = 0; column < 3; ++column) {
        m_changes->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_outcome);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
}

void RevisionComparisonDialog::showComparison(const services::RevisionComparison& comparison)
{
    QString outcome;
    const auto arrow = [](const QString& from, const QString& to) {
        return from == to ? from : QStringLiteral("%1 → %2").arg(from, to);
    };
    outcome += tr("<b>Tier:</b> %1 &nbsp; <b>Verdict:</b> %2")
                   .arg(arrow(tierLabel(comparison.tierBefore), tierLabel(comparison.tierAfter)),
                        arrow(verdictLabel(comparison.verdictBefore),
                              verdictLabel(comparison.verdictAfter)));
    if (!comparison.findingsAdded.empty()) {
        outcome += QStringLiteral("<br>") +
                   tr("<b>New findings:</b> %1").arg(findingList(comparison.findingsAdded));
    }
    if (!comparison.findingsRemoved.empty()) {
        outcome +=
            QStringLiteral("<br>") +
            tr("<b>Findings no longer raised:</b> %1").arg(findingList(comparison.findingsRemoved));
    }
    if (comparison.isEmpty()) {
        outcome += QStringLiteral("<br>") + tr("The two revisions say the same thing.");
    }
    m_outcome->setText(outcome);

    const auto addRow = [this](const QString& what, const std::string& was, const std::string& is) {
        const int row = m_changes->rowCount();
        m_changes->insertRow(row);
        m_changes->setItem(row, 0, new QTableWidgetItem(what));
        m_changes->setItem(row, 1, new QTableWidgetItem(fromUtf8(was)));
        m_changes->setItem(row, 2, new QTableWidgetItem(fromUtf8(is)));
    };
    for (const auto& change : comparison.meta) {
        addRow(fieldLabel(change.key), change.before, change.after);
    }
    for (const auto& change : comparison.answers) {
        QString what = fromUtf8(change.questionText);
        if (!change.itemTitle.empty()) {
            what += QStringLiteral(" — ") + fromUtf8(change.itemTitle);
        }
        addRow(what, change.before, change.after);
    }
    for (const auto& attachment : comparison.attachmentsAdded) {
        addRow(tr("Evidence"), std::string(), attachment.name);
    }
    for (const auto& attachment : comparison.attachmentsRemoved) {
        addRow(tr("Evidence"), attachment.name, std::string());
    }
    m_changes->resizeRowsToContents();
    // Wrapped rows are as tall as their text at the current column widths.
    connect(m_changes->horizontalHeader(), &QHeaderView::sectionResized, m_changes,
            &QTableWidget::resizeRowsToContents);
}

QString RevisionComparisonDialog::outcomeText() const
{
    return m_outcome->text();
}

} // namespace vouch::ui
