// SPDX-License-Identifier: Apache-2.0
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "ui/QuestionnaireBrowser.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QObject>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>

using vouch::ui::QuestionnaireBrowser;

class TestQuestionnaireBrowser : public QObject
{
    Q_OBJECT

private:
private Q_SLOTS:
    void opensWithTheShippedQuestionnaire()
    {
        QuestionnaireBrowser window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* outline = window.findChild<QTreeWidget*>(QStringLiteral("questionnaireOutline"));
        QVERIFY(outline != nullptr);
        QVERIFY(outline->topLevelItemCount() >= 5);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionOpenQuestionnaire"))->isEnabled());
    }

    void selectingAQuestionShowsHelpAndDatedSources()
    {
        QuestionnaireBrowser window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* outline = window.findChild<QTreeWidget*>(QStringLiteral("questionnaireOutline"));
        auto* details = window.findChild<QTextBrowser*>(QStringLiteral("questionDetails"));
        QTreeWidgetItem* first = outline->topLevelItem(0)->child(0);
        QVERIFY(first != nullptr);
        // Click the first question, then move down with the keyboard.
        const QRect rect = outline->visualItemRect(first);
        QTest::mouseClick(outline->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(outline->currentItem(), first);
        QVERIFY(details->toPlainText().contains(QStringLiteral("Why this matters")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("as of 20")));
        QTest::keyClick(outline, Qt::Key_Down);
        QCOMPARE(outline->currentItem(), outline->topLevelItem(0)->child(1));
        QVERIFY(details->toPlainText().contains(outline->currentItem()->text(0)));
        vouch::test::saveScreenshot(window, QStringLiteral("questionnaire-browser"));
    }

    void brokenQuestionnaireShowsErrorsAndKeepsWhatWasShown()
    {
        QuestionnaireBrowser window;
        auto* outline = window.findChild<QTreeWidget*>(QStringLiteral("questionnaireOutline"));
        const int sections = outline->topLevelItemCount();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "vouch-questionnaire/1", "id": "x"})");
        file.close();
        QVERIFY(!window.openQuestionnaire(path));
        auto* details = window.findChild<QTextBrowser*>(QStringLiteral("questionDetails"));
        QVERIFY2(details->toPlainText().contains(
                     path + QStringLiteral(": /: missing required key \"version\"")),
                 qPrintable(details->toPlainText()));
        QCOMPARE(outline->topLevelItemCount(), sections);
    }

    void userTextIsNeverMarkup()
    {
        auto document = vouch::test::readJson(vouch::test::shippedQuestionnairePath());
        // Markup itself is refused when a questionnaire is read (texts are plain text);
        // what stays must still be shown literally, never interpreted.
        document["sections"][0]["questions"][0]["help"]["why"] =
            "a < b & c > d, &amp; &lt;i&gt; <3";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("markup.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(document.dump()));
        file.close();
        QuestionnaireBrowser window;
        QVERIFY(window.openQuestionnaire(path));
        auto* outline = window.findChild<QTreeWidget*>(QStringLiteral("questionnaireOutline"));
        outline->setCurrentItem(outline->topLevelItem(0)->child(0));
        auto* details = window.findChild<QTextBrowser*>(QStringLiteral("questionDetails"));
        QVERIFY(
            details->toPlainText().contains(QStringLiteral("a < b & c > d, &amp; &lt;i&gt; <3")));
    }
};

QTEST_MAIN(TestQuestionnaireBrowser)
#include "TestQuestionnaireBrowser.moc"
