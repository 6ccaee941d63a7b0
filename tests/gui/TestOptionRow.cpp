// SPDX-License-Identifier: Apache-2.0
// An answer option shows where the keyboard is: Tab onto it frames the whole row.
#include "GuiTestSupport.h"
#include "ui/questions/OptionRow.h"

#include <QImage>
#include <QPalette>
#include <QRadioButton>
#include <QTest>
#include <QVBoxLayout>

using namespace vouch;

class TestOptionRow : public QObject
{
    Q_OBJECT

    // Pixels of the row's left edge, half-way down, in the highlight colour.
    static int framePixels(QWidget& row)
    {
        const QImage image = row.grab().toImage();
        const QColor highlight = row.palette().color(QPalette::Highlight);
        int count = 0;
        for (int x = 0; x < 3; ++x) {
            const QColor pixel =
                image.pixelColor(x * image.width() / row.width(), image.height() / 2);
            count += qAbs(pixel.red() - highlight.red()) < 40 &&
                             qAbs(pixel.green() - highlight.green()) < 40 &&
                             qAbs(pixel.blue() - highlight.blue()) < 40
                         ? 1
                         : 0;
        }
        return count;
    }

private Q_SLOTS:
    void tabFramesTheFocusedOption()
    {
        QWidget page;
        auto* layout = new QVBoxLayout(&page);
        auto* first = new ui::OptionRow(new QRadioButton, QStringLiteral("Yes"), &page);
        auto* second = new ui::OptionRow(new QRadioButton, QStringLiteral("No"), &page);
        layout->addWidget(first);
        layout->addWidget(second);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        first->button()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(first->button()->hasFocus());
        QVERIFY(framePixels(*first) > 0);
        QCOMPARE(framePixels(*second), 0);
        test::saveScreenshot(page, QStringLiteral("option-focus"));

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(second->button()->hasFocus());
        QCOMPARE(framePixels(*first), 0);
        QVERIFY(framePixels(*second) > 0);
    }
};

QTEST_MAIN(TestOptionRow)
#include "TestOptionRow.moc"
