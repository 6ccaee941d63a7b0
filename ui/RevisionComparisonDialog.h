// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Library.h"

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
    RevisionComparisonDialog(const store::Library& library, const std::string& assessmentId,
                             int older, int newer, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* changes() const { return m_changes; }
    [[nodiscard]] QString outcomeText() const;

private:
    QLabel* m_outcome = nullptr;
    QTableWidget* m_changes = nullptr;
};

} // namespace vouch::ui
