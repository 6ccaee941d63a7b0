// SPDX-License-Identifier: Apache-2.0
#include "ui/questions/OptionRow.h"

#include <QAbstractButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPen>

namespace vouch::ui {
namespace {
constexpr int kFrame = 2; // width of the keyboard focus frame, in pixels
} // namespace

OptionRow::OptionRow(QAbstractButton* button, const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_button(button)
    , m_label(new QLabel(text, this))
{
    m_button->setParent(this);
    m_button->setAccessibleName(text);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->installEventFilter(this);
    m_button->installEventFilter(this);
    auto* layout = new QHBoxLayout(this);
    // Room for the focus frame, so showing it never moves the text.
    layout->setContentsMargins(kFrame + 1, kFrame, kFrame + 1, kFrame);
    layout->setSpacing(4);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
}

bool OptionRow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_label && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton &&
        !m_button->testAttribute(Qt::WA_TransparentForMouseEvents)) {
        m_button->click();
        m_button->setFocus(Qt::MouseFocusReason);
        return true;
    }
    if (watched == m_button &&
        (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        update();
    }
    return QWidget::eventFilter(watched, event);
}

void OptionRow::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    if (!m_button->hasFocus()) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), kFrame));
    const qreal inset = kFrame / 2.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), 3, 3);
}

} // namespace vouch::ui
