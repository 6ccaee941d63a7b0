// SPDX-License-Identifier: Apache-2.0
// Translations: the language a choice resolves to, the built-in catalogues, and the real
// main window speaking German once the German translators are installed.
#include "GuiTestSupport.h"
#include "LibraryFixture.h"
#include "TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/UserPrompts.h"
#include "ui/library/LibraryModel.h"
#include "ui/library/LibraryView.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vouch;

namespace {

QAction* actionNamed(QWidget& window, const char* name)
{
    return window.findChild<QAction*>(QString::fromLatin1(name));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::filesystem::path m_library; // two drafts

private Q_SLOTS:
    void initTestCase()
    {
        ui::prompts::recordMessagesOnly(true);
        auto snapshot = model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath());
        QVERIFY(snapshot.value);
        const auto baseline = test::readJson(test::baselineAnswersPath());
        auto library = test::newLibrary(m_dir, m_counter);
        m_library = m_dir.filePath(QStringLiteral("lib%1.vouchdb").arg(m_counter)).toStdString();
        for (const char* title : {"Ambient scribe pilot", "Internal policy Q&A assistant"}) {
            auto document = baseline;
            document["meta"]["title"] = title;
            test::createDraft(library, *snapshot.value, document);
        }
    }

    void cleanup()
    {
        // Back to the source language for the next test function.
        ui::installTranslations(*qApp, QStringLiteral("en"));
    }

    void choiceResolvesToALanguage_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        const QStringList german{QStringLiteral("de-DE"), QStringLiteral("en-US")};
        const QStringList french{QStringLiteral("fr-FR"), QStringLiteral("fr")};
        QTest::newRow("explicit German on an English system")
            << QStringLiteral("de") << QStringList{QStringLiteral("en-US")} << QStringLiteral("de");
        QTest::newRow("explicit English on a German system")
            << QStringLiteral("en") << german << QStringLiteral("en");
        QTest::newRow("system German")
            << QStringLiteral("system") << german << QStringLiteral("de");
        QTest::newRow("system Austrian German, underscore")
            << QStringLiteral("system") << QStringList{QStringLiteral("de_AT")}
            << QStringLiteral("de");
        QTest::newRow("system French falls back to English")
            << QStringLiteral("system") << french << QStringLiteral("en");
        QTest::newRow("system French, then German")
            << QStringLiteral("system") << (french + german) << QStringLiteral("de");
        QTest::newRow("unset choice follows the system")
            << QString() << german << QStringLiteral("de");
        QTest::newRow("unknown choice follows the system")
            << QStringLiteral("klingon") << QStringList{QStringLiteral("en-GB")}
            << QStringLiteral("en");
        QTest::newRow("no system languages")
            << QStringLiteral("system") << QStringList{} << QStringLiteral("en");
    }

    void choiceResolvesToALanguage()
    {
        QFETCH(QString, choice);
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(ui::resolveLanguage(choice, uiLanguages), expected);
    }

    void everyLanguageHasABuiltInCatalogue()
    {
        const QStringList languages = ui::availableLanguages();
        QCOMPARE(languages.value(0), QStringLiteral("en"));
        QVERIFY(languages.contains(QStringLiteral("de")));
        for (const QString& code : languages) {
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/vouch_%1.qm").arg(code)),
                     qPrintable(code));
            QVERIFY(!ui::languageName(code).isEmpty());
        }
        QCOMPARE(ui::languageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(ui::languageName(QStringLiteral("en")), QStringLiteral("English"));
    }

    void englishSpellsPluralForms()
    {
        QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        const char* context = "vouch::ui::ReviewPage";
        const char* source = "%n finding(s), %1 required control(s).";
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 1).arg(3),
                 QStringLiteral("1 finding, 3 required control(s)."));
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 2).arg(3),
                 QStringLiteral("2 findings, 3 required control(s)."));
        QCOMPARE(
            QCoreApplication::translate("vouch::ui::LibraryView", "%n assessment(s)", nullptr, 1),
            QStringLiteral("1 assessment"));
    }

    void mainWindowSpeaksGerman()
    {
        QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        auto workspace = test::workspaceAt(m_library);
        ui::MainWindow window(workspace);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const auto menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 4);
        QCOMPARE(menus[0]->text(), QStringLiteral("&Datei"));
        QCOMPARE(menus[1]->text(), QStringLiteral("&Bewertung"));
        QCOMPARE(menus.back()->text(), QStringLiteral("&Hilfe"));
        auto* newAssessment = actionNamed(window, "actionNewAssessment");
        QVERIFY(newAssessment != nullptr);
        QCOMPARE(newAssessment->text(), QStringLiteral("&Neue Bewertung..."));
        auto* exportPdf = actionNamed(window, "actionExportPdf");
        QVERIFY(exportPdf != nullptr);
        QCOMPARE(exportPdf->text(), QStringLiteral("P&DF-Freigabe exportieren..."));
        // The tooltip is built from the translated text.
        QVERIFY(exportPdf->toolTip().startsWith(QStringLiteral("PDF-Freigabe exportieren (")));

        auto* view = window.libraryView();
        QVERIFY(view != nullptr);
        auto* count = view->findChild<QLabel*>(QStringLiteral("libraryCount"));
        QVERIFY(count != nullptr);
        QCOMPARE(count->text(), QStringLiteral("2 Bewertungen"));
        QCOMPARE(view->model()
                     ->headerData(ui::LibraryModel::TitleColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Titel"));
        QCOMPARE(view->model()->index(0, ui::LibraryModel::StatusColumn).data().toString(),
                 QStringLiteral("Entwurf"));

        // Qt's own strings come from qtbase_de.qm when the system has it.
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                          QStringLiteral("/qtbase_de.qm"))) {
            QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"),
                     QStringLiteral("&Weiter >"));
        }
        test::saveScreenshot(window, QStringLiteral("library-de"));
    }

    void aSecondInstallReplacesTheFirst()
    {
        QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("vouch::ui::MainWindow", "&File"),
                 QStringLiteral("&Datei"));
        QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("vouch::ui::MainWindow", "&File"),
                 QStringLiteral("&File"));
        QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), QStringLiteral("&Next >"));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
