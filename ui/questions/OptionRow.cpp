// SPDX-License-Identifier: Apache-2.0
#include "ui/questions/OptionRow.h"

#include <QAbstractButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>

namespace vouch::ui {

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
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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
    return QWidget::eventFilter(watched, event);
}

} // namespace vouch::ui
