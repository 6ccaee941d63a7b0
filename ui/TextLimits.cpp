// SPDX-License-Identifier: Apache-2.0
#include "ui/TextLimits.h"

#include <QLineEdit>

#include <algorithm>
#include <limits>

namespace vouch::ui {

int maxLengthFor(std::size_t limit)
{
    return static_cast<int>(
        std::min<std::size_t>(limit, static_cast<std::size_t>(std::numeric_limits<int>::max())));
}

void capLength(QLineEdit& edit, std::size_t limit)
{
    edit.setMaxLength(maxLengthFor(limit));
}

CappedTextDelegate::CappedTextDelegate(std::size_t limit, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_limit(limit)
{}

QWidget* CappedTextDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    auto* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        capLength(*line, m_limit);
    }
    return editor;
}

} // namespace vouch::ui
