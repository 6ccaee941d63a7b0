// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/AssessmentService.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace vouch::ui {

// What updating an assessment to the current questionnaire will do, shown before
// anything is saved: answers carried, mapped and dropped (with the old value), new
// questions to answer, and how tier, verdict and findings move. Accepting it means
// "save the new draft revision"; the caller saves.
class MigrationReportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MigrationReportDialog(const services::MigrationPlan& plan, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* changes() const { return m_changes; }
    [[nodiscard]] QString outcomeText() const;
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }

private:
    void addRow(const QString& change, const QString& question, const QString& before,
                const QString& after);

    QLabel* m_outcome = nullptr;
    QTableWidget* m_changes = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace vouch::ui
