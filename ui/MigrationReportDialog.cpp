// SPDX-License-Identifier: Apache-2.0
#include "ui/MigrationReportDialog.h"

#include "ui/Presentation.h"
#include "ui/QuestionHelp.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vouch::ui {
namespace {

// Answers as files spell them: "yes", ["phi","pii"], {"item": ...}.
QString answerText(const nlohmann::json& value)
{
    return fromUtf8(value.is_string() ? value.get<std::string>() : value.dump());
}

QString idList(const std::vector<std::string>& ids)
{
    QStringList list;
    for (const auto& id : ids) {
        list << escaped(id);
    }
    return list.join(QStringLiteral(", "));
}

} // namespace

MigrationReportDialog::MigrationReportDialog(const services::MigrationPlan& plan, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("migrationReportDialog"));
    const auto& report = plan.report;
    setWindowTitle(tr("Update to Questionnaire %1").arg(fromUtf8(report.to.version)));
    const auto& current = plan.questionnaire.questionnaire;
    const auto questionText = [&](const std::string& id) {
        const auto* question = current.question(id);
        return question != nullptr
                   ? QStringLiteral("%1 (%2)").arg(fromUtf8(question->text), fromUtf8(id))
                   : fromUtf8(id);
    };

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("migrationOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::RichText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString outcome =
        tr("The answers move from questionnaire %1 %2 to %3 %4 as a new draft revision; the "
           "revision it starts from stays as it is.")
            .arg(escaped(report.from.id), escaped(report.from.version), escaped(report.to.id),
                 escaped(report.to.version));
    if (const auto& shift = report.evaluation) {
        const auto arrow = [](const QString& from, const QString& to) {
            return from == to ? from : QStringLiteral("%1 → %2").arg(from, to);
        };
        outcome +=
            QStringLiteral("<br>") +
            tr("<b>Tier:</b> %1 &nbsp; <b>Verdict:</b> %2")
                .arg(arrow(tierLabel(shift->tierBefore), tierLabel(shift->tierAfter)),
                     arrow(verdictLabel(shift->verdictBefore), verdictLabel(shift->verdictAfter)));
        if (!shift->findingsAdded.empty()) {
            outcome += QStringLiteral("<br>") +
                       tr("<b>New findings:</b> %1").arg(idList(shift->findingsAdded));
        }
        if (!shift->findingsRemoved.empty()) {
            outcome +=
                QStringLiteral("<br>") +
                tr("<b>Findings no longer raised:</b> %1").arg(idList(shift->findingsRemoved));
        }
    }
    m_outcome->setText(outcome);

    m_changes = new QTableWidget(0, 4, this);
    m_changes->setObjectName(QStringLiteral("migrationChanges"));
    m_changes->setHorizontalHeaderLabels(
        {tr("Change"), tr("Question"), tr("Before"), tr("After or reason")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setStretchLastSection(true);
    for (const auto& entry : report.dropped) {
        addRow(tr("Dropped"), fromUtf8(entry.question), answerText(entry.value),
               fromUtf8(entry.reason));
    }
    for (const auto& entry : report.mapped) {
        addRow(
            tr("Mapped"),
            entry.fromQuestion == entry.question
                ? questionText(entry.question)
                : tr("%1, was %2").arg(questionText(entry.question), fromUtf8(entry.fromQuestion)),
            answerText(entry.before), answerText(entry.after));
    }
    for (const auto& id : report.newQuestions) {
        addRow(tr("New question"), questionText(id), QString(), tr("To answer"));
    }
    for (const auto& action : report.droppedActions) {
        addRow(tr("Dropped action"), fromUtf8(action.finding), fromUtf8(action.what),
               tr("The finding no longer exists"));
    }
    for (const auto& ref : report.droppedAttachments) {
        addRow(tr("Dropped evidence"), fromUtf8(ref.question), fromUtf8(ref.name),
               tr("The question no longer exists"));
    }
    for (const auto& id : report.carried) {
        addRow(tr("Carried"), questionText(id), QString(), tr("Unchanged"));
    }
    m_changes->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save as New Draft"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveMigrationButton"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_outcome);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
    resize(760, 520);
}

QString MigrationReportDialog::outcomeText() const
{
    return m_outcome->text();
}

void MigrationReportDialog::addRow(const QString& change, const QString& question,
                                   const QString& before, const QString& after)
{
    const int row = m_changes->rowCount();
    m_changes->insertRow(row);
    m_changes->setItem(row, 0, new QTableWidgetItem(change));
    m_changes->setItem(row, 1, new QTableWidgetItem(question));
    m_changes->setItem(row, 2, new QTableWidgetItem(before));
    m_changes->setItem(row, 3, new QTableWidgetItem(after));
}

} // namespace vouch::ui
