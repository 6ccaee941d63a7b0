// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/DraftEditor.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace vouch::ui {

// The action plan of a draft: per finding, what is to be done, by whom, by when, and
// how far it got. Every change goes into the draft.
class ActionPlanEditor final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        FindingColumn,
        WhatColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        ColumnCount
    };

    ActionPlanEditor(services::DraftEditor& draft, QWidget* parent);

    // Re-reads the draft (its actions and the findings they may refer to).
    void reload();
    void setReadOnly(bool readOnly);
    // Add Action adds a row for this finding (the one selected on the review page).
    // Empty, unknown or informational: the button is disabled and its tooltip says why.
    void setSelectedFinding(const QString& findingId);
    // Adds a row for `findingId`; nothing when it is not a finding that takes actions.
    void addAction(const QString& findingId);
    [[nodiscard]] QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void edited();
    void exportRequested();

private:
    void addRow(const model::RemediationAction& action);
    void store();
    void updateAddButton();

    services::DraftEditor& m_draft;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_export = nullptr;
    QString m_selectedFinding;
    bool m_loading = false;
};

} // namespace vouch::ui
