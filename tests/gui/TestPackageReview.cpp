// SPDX-License-Identifier: Apache-2.0
// Opening a package in the window verifies it and says so first, in the banner.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "model/CanonicalJson.h"
#include "services/AssessmentService.h"
#include "services/SigningService.h"
#include "ui/MainWindow.h"
#include "ui/PackageReviewDialog.h"
#include "ui/UserPrompts.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QObject>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <optional>

using namespace vouch;

class TestPackageReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::filesystem::path m_library;
    QString m_package;
    std::string m_keyPath;

    ui::PackageReviewDialog* open(ui::MainWindow& window, const QString& path)
    {
        if (!window.openPackage(path)) {
            return nullptr;
        }
        auto dialogs = window.findChildren<ui::PackageReviewDialog*>();
        return dialogs.isEmpty() ? nullptr : dialogs.last();
    }

    static QString banner(ui::PackageReviewDialog* dialog)
    {
        return dialog->findChild<QLabel*>(QStringLiteral("verificationBanner"))->accessibleName();
    }

    // A copy of the signed package at `forged` with an approval added by a new key made
    // with `name` and `email`: what a forger with a look-alike key sends. The key, or
    // nothing when a step failed.
    std::optional<signing::SigningKey> forgeApproval(const QString& keyFile, const QString& forged,
                                                     const std::string& name,
                                                     const std::string& email)
    {
        const auto keyPath = m_dir.filePath(keyFile).toStdString();
        if (!signing::generateKeyFiles(keyPath, {name, "Assessor", email},
                                       "correct horse battery staple")) {
            return std::nullopt;
        }
        auto key = signing::loadSigningKey(keyPath, "correct horse battery staple");
        QFile::remove(forged);
        if (!key || !QFile::copy(m_package, forged) ||
            !services::SigningService(nullptr, "mallory")
                 .signPackageFile(forged.toStdString(), *key, signing::SignatureRole::Approver,
                                  "I approve.")) {
            return std::nullopt;
        }
        return std::move(*key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        ui::prompts::recordMessagesOnly(true);
        m_library = m_dir.filePath(QStringLiteral("library.vouchdb")).toStdString();
        auto opened = store::Library::open(m_library, store::OpenIntent::CreateIfMissing);
        auto& library = *opened;
        const auto questionnaire =
            model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath());
        const auto document = test::readJson(test::baselineAnswersPath());
        const auto answers =
            model::parseAnswers(document, questionnaire.value->questionnaire, "a.json");
        const services::AssessmentService assessments(library, "alice");
        const auto id =
            *assessments.createDraft(*questionnaire.value, *answers.value,
                                     model::AssessmentMeta::fromAnswers(*answers.value));
        m_keyPath = m_dir.filePath(QStringLiteral("alice.key")).toStdString();
        QVERIFY(signing::generateKeyFiles(m_keyPath,
                                          {"Dr. Alice Example", "Assessor", "alice@example.org"},
                                          "correct horse battery staple"));
        auto key = signing::loadSigningKey(m_keyPath, "correct horse battery staple");
        const services::SigningService signer(&library, "alice");
        QVERIFY(
            signer.signAssessment(id, *key, signing::SignatureRole::Assessor, "I reviewed it."));
        m_package = m_dir.filePath(QStringLiteral("signed.vouch"));
        QVERIFY(signer.exportPackage(id, m_package.toStdString()));
    }

    void untrustedSignerIsACaution()
    {
        auto workspace = test::workspaceAt(m_library);
        ui::MainWindow window(workspace);
        auto* dialog = open(window, m_package);
        QVERIFY(dialog != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(banner(dialog),
                 QStringLiteral("Signatures valid, but not every signer is in your trust list"));
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("signatureTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(),
                 QStringLiteral("Valid, not in your trust list: check the key id with the signer"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Assessor"));
        const auto summary =
            dialog->findChild<QTextBrowser*>(QStringLiteral("packageSummary"))->toPlainText();
        QVERIFY(summary.contains(QStringLiteral("Internal policy Q&A assistant")));
        QVERIFY(summary.contains(QStringLiteral("Verdict: Ready")));
        test::saveScreenshot(*dialog, QStringLiteral("package-review-untrusted"));

        // Export PDF from the review: the file is written and proves itself.
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("exportPdfButton"))->isEnabled());
        const QString pdf = m_dir.filePath(QStringLiteral("from-window.pdf"));
        QCOMPARE(dialog->exportPdfTo(pdf), QString());
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("<vouch:package>"));
    }

    // Old sources in the questionnaire are a notice of their own; only a passed review
    // date (or action due date) says the assessment is due for re-review.
    void oldSourcesAreNotAnOverdueReview()
    {
        auto workspace = test::workspaceAt(m_library);
        ui::MainWindow window(workspace);
        auto* dialog = open(window, m_package);
        QVERIFY(dialog != nullptr);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("reReviewBanner")) == nullptr);
        auto* sources = dialog->findChild<QLabel*>(QStringLiteral("staleSourcesNotice"));
        QVERIFY(sources != nullptr);
        QCOMPARE(sources->accessibleName(), QStringLiteral("Sources to re-check"));
        QVERIFY2(sources->accessibleDescription().contains(
                     QStringLiteral("This does not make the assessment due.")),
                 qPrintable(sources->accessibleDescription()));
        // Information, not a state: never the grey of the "Unsigned draft" banner, nor
        // the colour of this package's verification banner.
        const auto background = [](const QLabel* label) {
            const auto style = label->styleSheet();
            const auto start = style.indexOf(QStringLiteral("background:"));
            return start < 0 ? QString() : style.mid(start, style.indexOf(u';', start) - start);
        };
        QVERIFY(!background(sources).isEmpty());
        QVERIFY(background(sources) != QStringLiteral("background:#455a64"));
        QVERIFY(background(sources) !=
                background(dialog->findChild<QLabel*>(QStringLiteral("verificationBanner"))));

        // The same assessment with a review date in the past is due, and says since when.
        auto opened = store::Library::open(m_library, store::OpenIntent::MustExist);
        QVERIFY(opened);
        const auto questionnaire =
            model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath());
        const auto answers = model::parseAnswers(test::readJson(test::baselineAnswersPath()),
                                                 questionnaire.value->questionnaire, "a.json");
        auto meta = model::AssessmentMeta::fromAnswers(*answers.value);
        meta.reviewDue = "2020-01-31";
        const auto id = services::AssessmentService(*opened, "alice")
                            .createDraft(*questionnaire.value, *answers.value, meta);
        QVERIFY(id);
        auto key = signing::loadSigningKey(m_keyPath, "correct horse battery staple");
        const services::SigningService signer(&*opened, "alice");
        QVERIFY(signer.signAssessment(*id, *key, signing::SignatureRole::Assessor, "Reviewed."));
        const QString overdue = m_dir.filePath(QStringLiteral("overdue.vouch"));
        QVERIFY(signer.exportPackage(*id, overdue.toStdString()));
        auto* due = open(window, overdue);
        QVERIFY(due != nullptr);
        auto* banner = due->findChild<QLabel*>(QStringLiteral("reReviewBanner"));
        QVERIFY(banner != nullptr);
        QCOMPARE(banner->accessibleName(), QStringLiteral("Due for re-review"));
        QCOMPARE(banner->accessibleDescription(),
                 QStringLiteral("The review was due on 2020-01-31 and is overdue."));
        QVERIFY(due->findChild<QLabel*>(QStringLiteral("staleSourcesNotice")) != nullptr);
    }

    void trustedSignerIsVerified()
    {
        {
            auto opened = store::Library::open(m_library, store::OpenIntent::MustExist);
            auto& library = *opened;
            const services::SigningService service(&library, "alice");
            QVERIFY(service.trust(signing::publicKeyPathFor(m_keyPath)));
        }
        auto workspace = test::workspaceAt(m_library);
        ui::MainWindow window(workspace);
        auto* dialog = open(window, m_package);
        QVERIFY(dialog != nullptr);
        QCOMPARE(banner(dialog), QStringLiteral("Signed and verified"));
        QCOMPARE(
            dialog->findChild<QTableWidget*>(QStringLiteral("signatureTable"))->item(0, 0)->text(),
            QStringLiteral("Trusted"));
    }

    // Issue 13: a key made with a trusted signer's name signs the package; the window
    // says look-alike, in red, not "valid-untrusted" in amber.
    void lookAlikeSignerIsCalledOut()
    {
        const QString forged = m_dir.filePath(QStringLiteral("forged.vouch"));
        QVERIFY(forgeApproval(QStringLiteral("fake.key"), forged, "Dr. Alice Example",
                              "alice@example.org"));
        auto workspace = test::workspaceAt(m_library);
        ui::MainWindow window(workspace); // Alice trusted (trustedSignerIsVerified)
        auto* dialog = open(window, forged);
        QVERIFY(dialog != nullptr);
        QCOMPARE(banner(dialog), QStringLiteral("Look-alike signer: do not rely on this sign-off"));
        const auto detail =
            dialog->findChild<QLabel*>(QStringLiteral("verificationBanner"))->text();
        QVERIFY2(detail.contains(QStringLiteral("claims to be Dr. Alice Example")),
                 qPrintable(detail));
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("signatureTable"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Trusted"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Look-alike signer: do not rely on it"));
        QVERIFY(table->item(1, 0)->toolTip().contains(QStringLiteral("is not Dr. Alice Example's "
                                                                     "trusted key")));
    }

    // Issue 13: what counts as the same person to a reader counts to the window: the
    // trusted signer's e-mail under another name, their name under another e-mail, their
    // name in look-alike letters of another script, or in other case and spacing.
    void lookAlikeVariantsAreCalledOut_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::newRow("same e-mail, other name")
            << QStringLiteral("Mallory Mimic") << QStringLiteral("alice@example.org");
        QTest::newRow("same name, other e-mail")
            << QStringLiteral("Dr. Alice Example") << QStringLiteral("alice@example.net");
        // U+0410 and U+0430: Cyrillic capital and small a.
        QTest::newRow("Cyrillic letters in the name")
            << QStringLiteral("Dr. \u0410lice Ex\u0430mple") << QStringLiteral("a@mimic.example");
        QTest::newRow("case and spacing")
            << QStringLiteral("dr.  ALICE   example") << QStringLiteral("b@mimic.example");
        // U+FF41: fullwidth small a.
        QTest::newRow("fullwidth letter in the e-mail")
            << QStringLiteral("Someone Else") << QStringLiteral("\uFF41lice@example.org");
    }

    void lookAlikeVariantsAreCalledOut()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        const auto keyFile = QStringLiteral("mimic-%1.key")
                                 .arg(QString::fromLatin1(QTest::currentDataTag())
                                          .replace(QLatin1Char(' '), QLatin1Char('-')));
        const QString forged = m_dir.filePath(QStringLiteral("mimic.vouch"));
        const auto mimic = forgeApproval(keyFile, forged, name.toStdString(), email.toStdString());
        QVERIFY(mimic);
        auto workspace = test::workspaceAt(m_library);
        ui::MainWindow window(workspace); // Alice trusted (trustedSignerIsVerified)
        auto* dialog = open(window, forged);
        QVERIFY(dialog != nullptr);
        QCOMPARE(banner(dialog), QStringLiteral("Look-alike signer: do not rely on this sign-off"));
        const auto detail =
            dialog->findChild<QLabel*>(QStringLiteral("verificationBanner"))->text();
        QVERIFY2(detail.contains(QString::fromStdString(mimic->publicKey().keyId)),
                 qPrintable(detail));
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("signatureTable"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Trusted"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Look-alike signer: do not rely on it"));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("countersignButton"))->isEnabled());
    }

    void tamperedPackageIsShownAsInvalid()
    {
        auto document = test::readJson(m_package.toStdString());
        auto payload = nlohmann::json::parse(
            QByteArray::fromBase64(
                QByteArray::fromStdString(document["payload"].get<std::string>()))
                .toStdString());
        // Not markup, which would make the package unreadable: texts are plain text.
        payload["meta"]["title"] = "Renamed after signing: a < b & &amp; <3";
        const auto bytes = QByteArray::fromStdString(*model::canonicalJson(payload).bytes);
        document["payload"] = bytes.toBase64().toStdString();
        document["payload_sha256"] =
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.vouch"));
        QFile file(tampered);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(document.dump()));
        file.close();

        auto workspace = test::workspaceAt(m_library);
        ui::MainWindow window(workspace);
        auto* dialog = open(window, tampered);
        QVERIFY(dialog != nullptr);
        QCOMPARE(banner(dialog), QStringLiteral("Invalid signature: do not rely on this sign-off"));
        QCOMPARE(
            dialog->findChild<QTableWidget*>(QStringLiteral("signatureTable"))->item(0, 0)->text(),
            QStringLiteral("Invalid signature"));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("exportPdfButton"))->isEnabled());
        // The user's text is shown as typed, never as markup.
        QVERIFY(dialog->findChild<QTextBrowser*>(QStringLiteral("packageSummary"))
                    ->toPlainText()
                    .contains(QStringLiteral("Renamed after signing: a < b & &amp; <3")));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        test::saveScreenshot(*dialog, QStringLiteral("package-review-invalid"));
    }

    void unreadableFileIsAnErrorInTheWindow()
    {
        auto workspace = test::workspaceAt(m_library);
        ui::MainWindow window(workspace);
        const QString bogus = m_dir.filePath(QStringLiteral("bogus.vouch"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"vouch-package/9\"}");
        file.close();
        QVERIFY(!window.openPackage(bogus));
        QVERIFY(window.findChildren<ui::PackageReviewDialog*>().isEmpty());
        // One line in the status bar, the whole message in the dialog (answered by the
        // test seam).
        const QString shown = ui::prompts::lastMessage();
        QVERIFY2(shown.contains(bogus + QStringLiteral(": /format: made by a newer Vouch")),
                 qPrintable(shown));
        QVERIFY(window.statusText().startsWith(bogus));
    }
};

QTEST_MAIN(TestPackageReview)
#include "TestPackageReview.moc"
