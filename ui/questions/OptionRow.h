// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QAbstractButton;
class QLabel;

namespace vouch::ui {

// A radio button or check box whose text wraps: Qt's buttons keep their text on one
// line, so a long option would make the page wider than a 1024-pixel screen. The
// button carries the text as its accessible name; clicking the text clicks the button.
// With keyboard focus the whole row is framed in the highlight colour: the button's own
// focus rectangle would surround its empty text, a few pixels no one sees.
class OptionRow final : public QWidget
{
    Q_OBJECT

public:
    OptionRow(QAbstractButton* button, const QString& text, QWidget* parent);

    [[nodiscard]] QAbstractButton* button() const { return m_button; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QAbstractButton* m_button = nullptr;
    QLabel* m_label = nullptr;
};

} // namespace vouch::ui
