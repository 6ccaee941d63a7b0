// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

#include <cstddef>

class QLineEdit;

namespace vouch::ui {

// The engine's text limits (model/TextChecks.h), as caps on what can be typed or pasted
// into a field, so that the window never holds a text the save would refuse. Qt counts
// UTF-16 units, at least one per character: a capped field never holds more characters
// than the limit (one with characters outside the Basic Multilingual Plane holds fewer).
[[nodiscard]] int maxLengthFor(std::size_t limit);
void capLength(QLineEdit& edit, std::size_t limit);

// Table cells edited in a line edit, capped at `limit` characters.
class CappedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    CappedTextDelegate(std::size_t limit, QObject* parent);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;

private:
    std::size_t m_limit;
};

} // namespace vouch::ui
