// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/RevisionComparison.h"
#include "services/Workspace.h"

#include <QDialog>

#include <string>

class QLabel;
class QTableWidget;

namespace vouch::ui {

// Two revisions of an assessment side by side: what the answers said before and after,
// and how the tier, verdict and findings moved.
class RevisionComparisonDialog final : public QDialog
{
    Q_OBJECT

public:
    RevisionComparisonDialog(const services::Workspace& workspace, const std::string& assessmentId,
                             int older, int newer, QWidget* parent = nullptr);
    // Any two payloads already compared, e.g. a stored revision and unsaved edits.
    RevisionComparisonDialog(const services::RevisionComparison& comparison,
                             const QString& olderLabel, const QString& newerLabel,
                             QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* changes() const { return m_changes; }
    [[nodiscard]] QString outcomeText() const;

private:
    void build(const QString& olderLabel, const QString& newerLabel);
    void showComparison(const services::RevisionComparison& comparison);

    QLabel* m_outcome = nullptr;
    QTableWidget* m_changes = nullptr;
};

} // namespace vouch::ui
