// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/library/LibraryModel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace vouch::ui {

// The library screen: search, filters, the table of assessments, and what to do first
// when the library is empty.
class LibraryView final : public QWidget
{
    Q_OBJECT

public:
    LibraryView(const services::Workspace& workspace, QWidget* parent);

    [[nodiscard]] LibraryModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QLineEdit* searchField() const { return m_search; }
    // The selected assessment's id, or empty.
    [[nodiscard]] QString currentId() const;
    [[nodiscard]] const services::AssessmentRecord* currentRecord() const;
    // Reloads and selects `assessmentId` if it is listed.
    void reload(const QString& select = QString());
    // Reads the list again after a change someone else made: the selected assessment stays
    // selected (none is, when it is gone or the filters now leave it out) and the table
    // stays where it was scrolled to, so the rows under the user's eyes do not jump.
    void refresh();

Q_SIGNALS:
    void activated(const QString& assessmentId);
    void selectionChanged();

private:
    void applyFilters();
    void updateEmptyState();
    void selectFirstRowIfNone();

    LibraryModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_verdict = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_reviewOverdue = nullptr;
    QCheckBox* m_actionsOverdue = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace vouch::ui
