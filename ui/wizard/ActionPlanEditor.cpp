// SPDX-License-Identifier: Apache-2.0
#include "ui/wizard/ActionPlanEditor.h"

#include "model/TextChecks.h"
#include "ui/Presentation.h"
#include "ui/QuestionHelp.h"
#include "ui/TextLimits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vouch::ui {
namespace {

constexpr model::ActionStatus kStatuses[] = {
    model::ActionStatus::Open, model::ActionStatus::InProgress, model::ActionStatus::Done};

} // namespace

ActionPlanEditor::ActionPlanEditor(services::DraftEditor& draft, QWidget* parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("actionPlanEditor"));
    m_table->setObjectName(QStringLiteral("actionTable"));
    m_table->setAccessibleName(tr("Action plan"));
    m_table->setHorizontalHeaderLabels(
        {tr("Finding"), tr("What is to be done"), tr("Owner"), tr("Due"), tr("Status")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* header = m_table->horizontalHeader();
    // Widths from the font, not the contents: the cell widgets are added later.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(FindingColumn, 22 * digit);
    header->resizeSection(OwnerColumn, 16 * digit);
    header->resizeSection(DueColumn, 14 * digit);
    header->resizeSection(StatusColumn, 14 * digit);
    m_table->setItemDelegateForColumn(WhatColumn,
                                      new CappedTextDelegate(model::kMaxTextLength, m_table));
    m_table->setItemDelegateForColumn(OwnerColumn,
                                      new CappedTextDelegate(model::kMaxLineLength, m_table));
    connect(m_table, &QTableWidget::itemChanged, this, [this] { store(); });

    m_add = new QPushButton(tr("A&dd Action"), this);
    m_add->setObjectName(QStringLiteral("addAction"));
    m_remove = new QPushButton(tr("&Remove Action"), this);
    m_remove->setObjectName(QStringLiteral("removeAction"));
    m_export = new QPushButton(tr("Export &CSV..."), this);
    m_export->setObjectName(QStringLiteral("exportActionsCsv"));
    connect(m_add, &QPushButton::clicked, this, [this] { addAction(m_selectedFinding); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            store();
        }
    });
    connect(m_export, &QPushButton::clicked, this, &ActionPlanEditor::exportRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    reload();
}

void ActionPlanEditor::reload()
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const auto& action : m_draft.actions()) {
        addRow(action);
    }
    m_loading = false;
    updateAddButton();
}

void ActionPlanEditor::setSelectedFinding(const QString& findingId)
{
    m_selectedFinding = findingId;
    updateAddButton();
}

void ActionPlanEditor::updateAddButton()
{
    const auto findings = services::actionableFindings(m_draft.evaluation());
    const auto selected = std::find_if(findings.begin(), findings.end(), [this](const auto* f) {
        return fromUtf8(f->id) == m_selectedFinding;
    });
    if (findings.empty()) {
        m_add->setEnabled(false);
        m_add->setToolTip(tr("No finding needs an action"));
    } else if (m_selectedFinding.isEmpty()) {
        m_add->setEnabled(false);
        m_add->setToolTip(tr("Select a finding in the list above to plan an action for it"));
    } else if (selected == findings.end()) {
        m_add->setEnabled(false);
        m_add->setToolTip(tr("The selected finding is for information only and needs no "
                             "action; select another one"));
    } else {
        m_add->setEnabled(true);
        m_add->setToolTip(tr("Add an action for “%1”").arg(fromUtf8((*selected)->title)));
    }
}

void ActionPlanEditor::addAction(const QString& findingId)
{
    const auto findings = services::actionableFindings(m_draft.evaluation());
    const bool actionable = std::any_of(findings.begin(), findings.end(), [&](const auto* f) {
        return fromUtf8(f->id) == findingId;
    });
    if (!actionable) {
        return;
    }
    model::RemediationAction action;
    action.finding = findingId.toStdString();
    action.due = QDate::currentDate().addDays(30).toString(Qt::ISODate).toStdString();
    addRow(action);
    store();
    m_table->setCurrentCell(m_table->rowCount() - 1, WhatColumn);
    m_table->setFocus();
}

void ActionPlanEditor::addRow(const model::RemediationAction& action)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);

    auto* finding = new QComboBox(m_table);
    finding->setAccessibleName(tr("Finding of action %1").arg(row + 1));
    for (const auto* candidate : services::actionableFindings(m_draft.evaluation())) {
        finding->addItem(fromUtf8(candidate->title), fromUtf8(candidate->id));
    }
    // An action for a finding that no longer fires stays; the user decides.
    if (finding->findData(fromUtf8(action.finding)) < 0) {
        finding->addItem(tr("%1 (no longer raised)").arg(fromUtf8(action.finding)),
                         fromUtf8(action.finding));
    }
    finding->setCurrentIndex(finding->findData(fromUtf8(action.finding)));
    m_table->setCellWidget(row, FindingColumn, finding);
    connect(finding, &QComboBox::currentIndexChanged, this, [this] { store(); });

    m_table->setItem(row, WhatColumn, new QTableWidgetItem(fromUtf8(action.what)));
    m_table->setItem(row, OwnerColumn, new QTableWidgetItem(fromUtf8(action.owner)));

    auto* due = new QDateEdit(m_table);
    due->setAccessibleName(tr("Due date of action %1").arg(row + 1));
    due->setCalendarPopup(true);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate date = QDate::fromString(fromUtf8(action.due), Qt::ISODate);
    due->setDate(date.isValid() ? date : QDate::currentDate());
    m_table->setCellWidget(row, DueColumn, due);
    connect(due, &QDateEdit::dateChanged, this, [this] { store(); });

    auto* status = new QComboBox(m_table);
    status->setAccessibleName(tr("Status of action %1").arg(row + 1));
    for (const auto value : kStatuses) {
        status->addItem(actionStatusLabel(value), static_cast<int>(value));
    }
    status->setCurrentIndex(status->findData(static_cast<int>(action.status)));
    m_table->setCellWidget(row, StatusColumn, status);
    connect(status, &QComboBox::currentIndexChanged, this, [this] { store(); });
    m_loading = wasLoading;
}

void ActionPlanEditor::store()
{
    if (m_loading) {
        return;
    }
    std::vector<model::RemediationAction> actions;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* finding = qobject_cast<QComboBox*>(m_table->cellWidget(row, FindingColumn));
        const auto* due = qobject_cast<QDateEdit*>(m_table->cellWidget(row, DueColumn));
        const auto* status = qobject_cast<QComboBox*>(m_table->cellWidget(row, StatusColumn));
        auto* what = m_table->item(row, WhatColumn);
        auto* owner = m_table->item(row, OwnerColumn);
        if (finding == nullptr || due == nullptr || status == nullptr || what == nullptr ||
            owner == nullptr) {
            continue; // the row is still being built
        }
        model::RemediationAction action;
        action.finding = finding->currentData().toString().toStdString();
        action.what = what->text().trimmed().toStdString();
        action.owner = owner->text().trimmed().toStdString();
        action.due = due->date().toString(Qt::ISODate).toStdString();
        action.status = static_cast<model::ActionStatus>(status->currentData().toInt());
        // A row is saved once it says what and who; until then it stays on screen only.
        const bool complete = !action.what.empty() && !action.owner.empty();
        const QString hint =
            complete ? QString() : tr("Not saved until it has a what and an owner");
        const QSignalBlocker blocker(m_table);
        m_table->item(row, WhatColumn)->setToolTip(hint);
        m_table->item(row, OwnerColumn)->setToolTip(hint);
        if (complete) {
            actions.push_back(std::move(action));
        }
    }
    m_draft.setActions(std::move(actions));
    Q_EMIT edited();
}

void ActionPlanEditor::setReadOnly(bool readOnly)
{
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::AllEditTriggers);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (const int column : {FindingColumn, DueColumn, StatusColumn}) {
            if (auto* widget = m_table->cellWidget(row, column)) {
                widget->setEnabled(!readOnly);
            }
        }
    }
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
}

} // namespace vouch::ui
