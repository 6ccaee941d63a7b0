// SPDX-License-Identifier: Apache-2.0
// Translations: the language a choice resolves to, the built-in catalogues, and the real
// main window speaking German once the German translators are installed.
#include "GuiTestSupport.h"
#include "LibraryFixture.h"
#include "TestSupport.h"
#include "services/SignerIdentities.h"
#include "services/SigningService.h"
#include "signing/Keys.h"
#include "ui/MainWindow.h"
#include "ui/PackageReviewDialog.h"
#include "ui/QuestionnaireBrowser.h"
#include "ui/SignerIdentityDialog.h"
#include "ui/Translations.h"
#include "ui/UserPrompts.h"
#include "ui/library/LibraryModel.h"
#include "ui/library/LibraryView.h"
#include "ui/wizard/AssessmentWizard.h"
#include "ui/wizard/ReviewPage.h"
#include "ui/wizard/SectionPage.h"
#include "ui/wizard/SignOffPage.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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

    // A new library holding one draft of `document` answered on `questionnaire`; the
    // draft's id, and the library's path in `path`.
    std::string libraryWithDraft(const std::string& questionnaire, const nlohmann::json& document,
                                 std::filesystem::path& path)
    {
        auto snapshot = model::loadQuestionnaireSnapshotFile(questionnaire);
        if (!snapshot.value) {
            qFatal("cannot load %s", questionnaire.c_str());
        }
        auto library = test::newLibrary(m_dir, m_counter);
        path = m_dir.filePath(QStringLiteral("lib%1.vouchdb").arg(m_counter)).toStdString();
        return test::createDraft(library, *snapshot.value, document);
    }

    static std::string germanQuestionnairePath()
    {
        return std::string(VOUCH_SOURCE_QUESTIONNAIRE_DIR) + "/azure-openai.de.json";
    }

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
        QCOMPARE(QCoreApplication::translate(context, "%n finding(s)", nullptr, 1),
                 QStringLiteral("1 finding"));
        QCOMPARE(QCoreApplication::translate(context, "%n required control(s)", nullptr, 12),
                 QStringLiteral("12 required controls"));
        QCOMPARE(QCoreApplication::translate(context, "%n required control(s)", nullptr, 1),
                 QStringLiteral("1 required control"));
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

    void theShippedQuestionnaireFollowsTheLanguage()
    {
        const QString english = ui::shippedQuestionnairePath(QStringLiteral("en"));
        QVERIFY(english.endsWith(QStringLiteral("/azure-openai.json")));
        QVERIFY(ui::shippedQuestionnairePath(QStringLiteral("de"))
                    .endsWith(QStringLiteral("/azure-openai.de.json")));
        QVERIFY(ui::shippedQuestionnairePath(QStringLiteral("de-AT"))
                    .endsWith(QStringLiteral("/azure-openai.de.json")));
        // A language without a translated questionnaire gets the original.
        QCOMPARE(ui::shippedQuestionnairePath(QStringLiteral("fr")), english);
        QCOMPARE(ui::shippedQuestionnairePath(QString()), english);
        QCOMPARE(ui::shippedQuestionnairePath(), english); // the tests' window is English
        QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(ui::installedLanguage(), QStringLiteral("de"));
        QVERIFY(ui::shippedQuestionnairePath().endsWith(QStringLiteral("/azure-openai.de.json")));
    }

    void aGermanWindowStartsGermanAssessments()
    {
        QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        auto workspace = test::workspaceAt(
            m_dir.filePath(QStringLiteral("lib%1.vouchdb").arg(++m_counter)).toStdString());
        ui::MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* wizard = window.newAssessment();
        QVERIFY(wizard != nullptr);
        const auto& questionnaire = wizard->draft().questionnaire();
        QCOMPARE(QString::fromStdString(questionnaire.locale), QStringLiteral("de"));
        const auto german = test::readJson(germanQuestionnairePath());
        QCOMPARE(questionnaire.version, german["version"].get<std::string>());
        // The officer reads the German question on the first page.
        const auto firstQuestion = QString::fromStdString(
            german["sections"][0]["questions"][0]["text"].get<std::string>());
        bool shown = false;
        for (const auto* label : wizard->sectionPage(0)->findChildren<QLabel*>()) {
            shown = shown || label->text().contains(firstQuestion);
        }
        QVERIFY2(shown, qPrintable(firstQuestion));
        test::saveScreenshot(*wizard, QStringLiteral("wizard-de"));
        wizard->close();
    }

    void aGermanAssessmentReadsGermanThroughout()
    {
        // A draft on the German questionnaire with a finding, in a German window: every
        // wizard page, the review page and review mode (screenshots for scripts/
        // screenshots.sh, "-de" names), the finding in the questionnaire's German.
        QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        auto document = test::readJson(test::baselineAnswersPath());
        document["meta"]["title"] = "Ambient-Scribe-Pilot";
        document["answers"]["deployment.type"] = "global";
        document["answers"]["data.residency_requirement"] = "eu_eea";
        std::filesystem::path path;
        const auto id = libraryWithDraft(germanQuestionnairePath(), document, path);
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* wizard = window.continueAssessment(QString::fromStdString(id));
        QVERIFY(wizard != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        const auto& questionnaire = wizard->draft().questionnaire();
        QCOMPARE(QString::fromStdString(questionnaire.locale), QStringLiteral("de"));
        const auto sections = static_cast<int>(questionnaire.sections.size());
        for (int i = 0; i < sections; ++i) {
            wizard->goToSection(i);
            test::saveScreenshot(
                *wizard,
                QStringLiteral("de-wizard-section-%1").arg(i + 1, 2, 10, QLatin1Char('0')));
        }
        wizard->next();
        QCOMPARE(wizard->currentId(), wizard->reviewPageId());
        const auto* finding = wizard->draft().evaluation().finding("residency-conflict");
        QVERIFY(finding != nullptr);
        const auto germanTitle = QString::fromStdString(finding->title);
        const auto english = test::readJson(test::shippedQuestionnairePath());
        for (const auto& rule : english["rules"]) {
            if (rule["id"] == "residency-conflict") {
                QVERIFY(germanTitle != QString::fromStdString(rule["title"].get<std::string>()));
            }
        }
        bool listed = false;
        auto* findings = wizard->reviewPage()->findings();
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            listed = listed || findings->topLevelItem(i)->text(1).contains(germanTitle) ||
                     findings->topLevelItem(i)->text(0).contains(germanTitle);
        }
        QVERIFY2(listed, qPrintable(germanTitle));
        test::saveScreenshot(*wizard, QStringLiteral("de-wizard-review"));
        wizard->next();
        QCOMPARE(wizard->currentPage(), wizard->signOffPage());
        test::saveScreenshot(*wizard, QStringLiteral("de-wizard-sign-off"));
        // Hidden, not closed: closing on an unsigned sign-off page asks first (modal).
        wizard->hide();

        QVERIFY(window.reviewAssessment(QString::fromStdString(id)));
        auto* review = window.findChild<ui::PackageReviewDialog*>();
        QVERIFY(review != nullptr);
        // The banner is worded by the window, not the engine's English.
        auto* banner = review->findChild<QLabel*>(QStringLiteral("verificationBanner"));
        QVERIFY(banner != nullptr);
        QCOMPARE(banner->accessibleName(), QStringLiteral("Nicht unterzeichneter Entwurf"));
        QVERIFY2(banner->text().contains(
                     QStringLiteral("Niemand hat diese Bewertung bisher unterzeichnet.")),
                 qPrintable(banner->text()));
        for (int tab = 0; tab < review->tabs()->count(); ++tab) {
            review->tabs()->setCurrentIndex(tab);
            test::saveScreenshot(*review, QStringLiteral("de-review-tab-%1").arg(tab + 1));
        }
        review->close();
    }

    void aGermanOfficerSignsTheStatementTheyRead()
    {
        // The statement on the sign-off page is German in a German window, and what is
        // signed is what was shown, not the command line's English default.
        QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        const auto keyPath = services::defaultKeyPath("Dana Beispiel");
        QVERIFY(services::createSignerIdentity(
            keyPath, {"Dana Beispiel", "Datenschutzbeauftragte", "dana@example.org"},
            test::kTestPassphrase));
        std::filesystem::path path;
        const auto id = libraryWithDraft(germanQuestionnairePath(),
                                         test::readJson(test::baselineAnswersPath()), path);
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* wizard = window.continueAssessment(QString::fromStdString(id));
        QVERIFY(wizard != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        wizard->goToSection(static_cast<int>(wizard->draft().questionnaire().sections.size()) - 1);
        wizard->next();
        wizard->next();
        QCOMPARE(wizard->currentPage(), wizard->signOffPage());

        const QString shown =
            wizard->findChild<QPlainTextEdit*>(QStringLiteral("attestationText"))->toPlainText();
        QVERIFY2(shown.startsWith(QStringLiteral("Ich habe diese Bewertung")), qPrintable(shown));
        auto* passphrase = wizard->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        QTest::keyClicks(passphrase, QString::fromStdString(test::kTestPassphrase));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QVERIFY2(wizard->signOffPage()->isSigned(),
                 qPrintable(wizard->findChild<QLabel*>(QStringLiteral("signResult"))->text()));
        test::saveScreenshot(*wizard, QStringLiteral("de-wizard-signed"));
        wizard->hide();

        const auto package = workspace.signing().packageOf(id);
        QVERIFY(package.ok());
        QCOMPARE(package->signatures.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(package->signatures.front().attestation), shown);
        QFile::remove(QString::fromStdString(keyPath.string()));
        QFile::remove(QString::fromStdString(signing::publicKeyPathFor(keyPath).string()));
    }

    void aGermanOfficerMakesAnIdentityWithUmlauts()
    {
        // The key file keeps the name's letters (an umlaut is not a hyphen), and the
        // passphrase advice is German like the rest of the dialog.
        QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        ui::SignerIdentityDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // QTest types ASCII keys only; the umlauts arrive as an input method would put them.
        dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"))
            ->insert(QStringLiteral("Dr. Jürgen Müller-Groß"));
        const QString file = dialog.findChild<QLineEdit*>(QStringLiteral("keyFileEdit"))->text();
        QVERIFY2(file.endsWith(QStringLiteral("/keys/dr-jürgen-müller-groß.key")),
                 qPrintable(file));
        auto* passphrase = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        QTest::keyClicks(passphrase, QStringLiteral("kurz"));
        const QString hint = dialog.findChild<QLabel*>(QStringLiteral("strengthHint"))->text();
        QVERIFY2(hint.startsWith(QStringLiteral("Zu kurz")), qPrintable(hint));
        QTest::keyClicks(passphrase, QStringLiteral(" Fluss Laterne Kupfer"));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("strengthHint"))->text(),
                 QStringLiteral("Stark."));
        // The whole default key file path is readable without scrolling the field.
        auto* fileEdit = dialog.findChild<QLineEdit*>(QStringLiteral("keyFileEdit"));
        QVERIFY2(fileEdit->fontMetrics().horizontalAdvance(file) < fileEdit->width(),
                 qPrintable(QStringLiteral("%1 px for %2").arg(fileEdit->width()).arg(file)));
        test::saveScreenshot(dialog, QStringLiteral("de-signer-identity"));
    }

    void anUpdateKeepsTheAssessmentsLanguage()
    {
        // An assessment answered on the English file stays English in a German window:
        // the German file of the same version is not an update.
        QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        std::filesystem::path path;
        const auto id = libraryWithDraft(test::shippedQuestionnairePath(),
                                         test::readJson(test::baselineAnswersPath()), path);
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.updateToCurrentQuestionnaire(QString::fromStdString(id)), nullptr);
        QVERIFY2(window.statusText().contains(QStringLiteral("nichts wurde geändert")),
                 qPrintable(window.statusText()));
        const auto history = workspace.history(id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), std::size_t{1});
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
