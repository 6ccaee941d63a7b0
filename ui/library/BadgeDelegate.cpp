// SPDX-License-Identifier: Apache-2.0
#include "ui/library/BadgeDelegate.h"

#include "ui/library/LibraryModel.h"

#include <QApplication>
#include <QPainter>

namespace vouch::ui {

void BadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    const auto colour = index.data(LibraryModel::BadgeColourRole).value<QColor>();
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!colour.isValid() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's selection background first, so a selected row still reads as selected.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int padding = metrics.height() / 2;
    const int width =
        std::min(metrics.horizontalAdvance(text) + 2 * padding, option.rect.width() - 4);
    const int height = std::min(metrics.height() + 4, option.rect.height() - 2);
    const QRect badge(option.rect.left() + 2, option.rect.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(badge, 4, 4);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, width - 4));
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const QString text = index.data(Qt::DisplayRole).toString();
    size.setWidth(std::max(size.width(), metrics.horizontalAdvance(text) + metrics.height() + 8));
    return size;
}

} // namespace vouch::ui
