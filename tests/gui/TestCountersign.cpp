// SPDX-License-Identifier: Apache-2.0
// The sign-off chain in the window after the assessor signed: the approver countersigns
// from review mode (and from a received package), seeing what they sign first; a New
// Revision draft does not make the signed assessment look never signed (banner, library
// columns, the PDF of the draft).
#include "GuiTestSupport.h"
#include "LibraryFixture.h"
#include "TestSupport.h"
#include "services/ReportService.h"
#include "services/SignerIdentities.h"
#include "services/SigningService.h"
#include "ui/CountersignDialog.h"
#include "ui/MainWindow.h"
#include "ui/PackageReviewDialog.h"
#include "ui/UserPrompts.h"
#include "ui/library/LibraryModel.h"
#include "ui/library/LibraryView.h"
#include "ui/wizard/AssessmentWizard.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QObject>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

#include <algorithm>

using namespace vouch;

namespace {

QString pdfText(const QString& path)
{
    const auto document = Poppler::Document::load(path);
    if (document == nullptr) {
        return {};
    }
    QString text;
    for (int i = 0; i < document->numPages(); ++i) {
        text += document->page(i)->text(QRectF());
    }
    return text.simplified();
}

} // namespace

class TestCountersign : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::optional<model::QuestionnaireSnapshot> m_questionnaire;
    std::optional<signing::SigningKey> m_assessor; // outside the key folder
    signing::PublicKey m_approver;                 // "Bob Approver", in the key folder

    // A library with one assessment signed by the assessor; both keys trusted.
    std::pair<std::filesystem::path, std::string>
    signedByAssessor(const signing::SigningKey* assessor = nullptr)
    {
        if (assessor == nullptr) {
            assessor = &*m_assessor;
        }
        const auto path =
            m_dir.filePath(QStringLiteral("lib%1.vouchdb").arg(++m_counter)).toStdString();
        auto opened = store::Library::open(path, store::OpenIntent::CreateIfMissing);
        auto& library = *opened;
        test::trustKey(library, *assessor);
        // Complete, with findings the approver must see: an EU workload on a global
        // deployment, zero retention required but not arranged (verdict Blocked).
        auto document = test::readJson(test::baselineAnswersPath());
        auto& answers = document["answers"];
        answers["data.residency_requirement"] = "eu_eea";
        answers["deployment.type"] = "global";
        answers["retention.zero_retention_required"] = "yes";
        answers["contract.eudb_reliance"] = "no";
        answers["retention.managed_customer"] = "no";
        const auto id = test::createDraft(library, *m_questionnaire, document);
        const services::SigningService signing(&library, "alice");
        if (!signing.signAssessment(id, *assessor, signing::SignatureRole::Assessor, "ok")) {
            qFatal("assessor signature failed");
        }
        return {path, id};
    }

    static ui::PackageReviewDialog* latestReview(ui::MainWindow& window)
    {
        ui::PackageReviewDialog* found = nullptr;
        for (auto* dialog : window.findChildren<ui::PackageReviewDialog*>()) {
            if (dialog->isVisible()) {
                found = dialog;
            }
        }
        return found;
    }

    static QString bannerText(ui::PackageReviewDialog& dialog)
    {
        return dialog.findChild<QLabel*>(QStringLiteral("verificationBanner"))->text();
    }

    // Types the passphrase and presses Enter, as an approver would.
    static void typePassphrase(ui::CountersignDialog& dialog, const QString& passphrase)
    {
        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        QVERIFY(field != nullptr);
        QCOMPARE(dialog.focusWidget(), field);
        QTest::keyClicks(field, passphrase);
        QTest::keyClick(field, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        ui::prompts::recordMessagesOnly(true);
        test::useDarkPaletteIfAsked();
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        m_questionnaire = std::move(
            *model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath()).value);
        // Two keys for the whole test: 600,000 PBKDF2 rounds each.
        m_assessor = test::makeSigningKey(m_dir.filePath(QStringLiteral("alice.key")).toStdString(),
                                          {"Dr. Alice Example", "Assessor", "alice@example.org"});
        auto approver = services::createSignerIdentity(services::defaultKeyPath("Bob Approver"),
                                                       {"Bob Approver", "CISO", "bob@example.org"},
                                                       test::kTestPassphrase);
        QVERIFY(approver);
        m_approver = *approver;
    }

    void approverCountersignsFromReviewMode()
    {
        const auto [path, id] = signedByAssessor();
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        window.show();
        auto* model = window.libraryView()->model();
        QCOMPARE(model->index(0, ui::LibraryModel::SignerColumn).data().toString(),
                 QStringLiteral("Dr. Alice Example"));

        QVERIFY(window.reviewAssessment(QString::fromStdString(id)));
        QPointer<ui::PackageReviewDialog> review = latestReview(window);
        QVERIFY(review != nullptr);
        auto* countersign = review->findChild<QPushButton*>(QStringLiteral("countersignButton"));
        QVERIFY(countersign->isEnabled());
        QVERIFY(review->findChild<QLabel*>(QStringLiteral("countersignState"))->text().isEmpty());
        QTest::mouseClick(countersign, Qt::LeftButton);
        auto* dialog = review->findChild<ui::CountersignDialog*>();
        QVERIFY(dialog != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto opened = store::Library::open(path, store::OpenIntent::MustExist);
        auto& library = *opened;

        // What the approver signs, before the passphrase: the assessor's signature with
        // its trust state, the tier and verdict, every finding.
        auto* signatures =
            dialog->findChild<QTableWidget*>(QStringLiteral("countersignSignatures"));
        QCOMPARE(signatures->rowCount(), 1);
        QVERIFY(signatures->item(0, 0)->text().contains(QStringLiteral("Dr. Alice Example")));
        QCOMPARE(signatures->item(0, 1)->text(), QStringLiteral("Assessor"));
        QCOMPARE(signatures->item(0, 3)->text(), QStringLiteral("Trusted"));
        // The time as a person reads it, not the stored ISO text with its T, Z and ms.
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"))
                     .match(signatures->item(0, 2)->text())
                     .hasMatch(),
                 qPrintable(signatures->item(0, 2)->text()));
        const auto subject =
            dialog->findChild<QLabel*>(QStringLiteral("countersignSubject"))->text();
        QVERIFY2(subject.contains(QStringLiteral("revision 2")), qPrintable(subject));
        QVERIFY2(subject.contains(QStringLiteral("Verdict:</b> Blocked")), qPrintable(subject));
        auto* findings = dialog->findChild<QListWidget*>(QStringLiteral("countersignFindings"));
        const auto payload = services::AssessmentService(library, "test").open(id)->payload;
        const auto& expected = payload.evaluation.at("findings");
        QVERIFY(expected.size() >= 2);
        QCOMPARE(findings->count(), static_cast<int>(expected.size()));
        QVERIFY(findings->item(0)->text().startsWith(
            QString::fromStdString(expected[0].at("title").get<std::string>())));
        test::saveScreenshot(*dialog, QStringLiteral("countersign-dialog"));

        // A wrong passphrase: refused, nothing signed, the dialog stays.
        typePassphrase(*dialog, QStringLiteral("not the passphrase"));
        QVERIFY(dialog->isVisible());
        const QString refused = dialog->findChild<QLabel*>(QStringLiteral("signResult"))->text();
        QVERIFY2(refused.startsWith(QStringLiteral("Wrong passphrase for Bob Approver")),
                 qPrintable(refused));
        QVERIFY2(!refused.contains(QStringLiteral(".key")), qPrintable(refused));
        QCOMPARE(library.signatures(id, 2)->size(), std::size_t{1});

        // Enter in the passphrase field signs.
        typePassphrase(*dialog, QString::fromStdString(test::kTestPassphrase));
        QTRY_VERIFY(review.isNull());
        const auto stored = *services::storedSignatures(library, id, 2);
        QCOMPARE(stored.size(), std::size_t{2});
        QCOMPARE(stored[1].signatureRole, std::string("approver"));
        QCOMPARE(stored[1].signerName, std::string("Bob Approver"));
        QCOMPARE(stored[1].keyId, m_approver.keyId);
        const auto record = **library.assessment(id);
        QCOMPARE(record.currentRevision, 2); // no new revision: a second signature on it
        QCOMPARE(record.status, std::string("signed"));
        QCOMPARE(record.fields.signer.value_or(""), std::string("Bob Approver"));
        auto trust = *services::SignatureTrust::of(&library);
        const auto judged = *trust.judgeCurrent(library, id, 2);
        QCOMPARE(judged.signers.at(0).state, services::TrustState::Trusted);
        QCOMPARE(judged.signers.at(1).state, services::TrustState::Untrusted); // Bob's key

        // Shown again with both signatures; a second approval is not offered, and why.
        auto* again = latestReview(window);
        QVERIFY(again != nullptr);
        QVERIFY(!again->findChild<QPushButton*>(QStringLiteral("countersignButton"))->isEnabled());
        QVERIFY(again->findChild<QLabel*>(QStringLiteral("countersignState"))
                    ->text()
                    .startsWith(QStringLiteral("Already approved by Bob Approver on ")));
        QVERIFY(again->startCountersign() == nullptr);
        QCOMPARE(model->index(0, ui::LibraryModel::SignerColumn).data().toString(),
                 QStringLiteral("Dr. Alice Example, Bob Approver"));
        again->close();
    }

    // Review mode opens on the decision: tier, verdict, signers with their trust,
    // blocking findings, open actions and the next review date, before any detail.
    void reviewOpensOnTheDecision()
    {
        const auto [path, id] = signedByAssessor();
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        window.show();
        QVERIFY(window.reviewAssessment(QString::fromStdString(id)));
        auto* review = latestReview(window);
        QVERIFY(review != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(review));
        QCOMPARE(review->tabs()->currentIndex(), 0);
        auto* page = review->tabs()->currentWidget();
        QCOMPARE(page->objectName(), QStringLiteral("decisionPage"));
        QVERIFY(page->isVisible());

        auto opened = store::Library::open(path, store::OpenIntent::MustExist);
        const auto record = **opened->assessment(id);
        const auto payload = services::AssessmentService(*opened, "test").open(id)->payload;
        const auto& levels = m_questionnaire->questionnaire.tier.levels;
        const auto tier = payload.evaluation.at("tier").get<std::string>();
        const auto rank = m_questionnaire->questionnaire.tier.rank(tier);
        QVERIFY(rank);
        const auto tierText = page->findChild<QLabel*>(QStringLiteral("decisionTier"))->text();
        QVERIFY2(
            tierText.endsWith(QStringLiteral("(level %1 of %2)").arg(*rank + 1).arg(levels.size())),
            qPrintable(tierText));
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("decisionVerdict"))->text(),
                 QStringLiteral("Verdict: Blocked"));
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("decisionRevision"))->text(),
                 QStringLiteral("Signed revision 2 is the decision in force."));
        auto* signers = page->findChild<QTableWidget*>(QStringLiteral("decisionSignatures"));
        QCOMPARE(signers->rowCount(), 1);
        QCOMPARE(signers->item(0, 0)->text(), QStringLiteral("Dr. Alice Example"));
        QCOMPARE(signers->item(0, 1)->text(), QStringLiteral("Assessor"));
        QCOMPARE(signers->item(0, 3)->text(), QStringLiteral("Trusted"));
        QVERIFY2(!signers->item(0, 2)->text().contains(QLatin1Char('T')),
                 qPrintable(signers->item(0, 2)->text()));
        int blockers = 0;
        for (const auto& finding : payload.evaluation.at("findings")) {
            blockers += finding.at("severity") == "blocker" ? 1 : 0;
        }
        QVERIFY(blockers > 0);
        auto* blocking = page->findChild<QListWidget*>(QStringLiteral("decisionBlocking"));
        QCOMPARE(blocking->count(), blockers);
        auto* actions = page->findChild<QListWidget*>(QStringLiteral("decisionActions"));
        QCOMPARE(
            actions->count(),
            std::max<int>(1, static_cast<int>(std::count_if(
                                 payload.answers.actions.begin(), payload.answers.actions.end(),
                                 [](const model::RemediationAction& a) {
                                     return a.status != model::ActionStatus::Done;
                                 }))));
        QVERIFY(record.fields.reviewDue);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("decisionReviewDue"))
                    ->text()
                    .contains(QString::fromStdString(*record.fields.reviewDue)));
        test::saveScreenshot(*review, QStringLiteral("review-decision-page"));
        review->close();
    }

    void aNewRevisionKeepsTheSignOffInForce()
    {
        const auto [path, id] = signedByAssessor();
        {
            auto opened = store::Library::open(path, store::OpenIntent::MustExist);
            auto& library = *opened;
            QVERIFY(library.trustKey(
                {m_approver.keyId, m_approver.pem, "Bob Approver", "bob@example.org", {}}, "test"));
        }
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        window.show();
        const QString assessment = QString::fromStdString(id);
        // Before the approver: countersigning is offered, from the Assessment menu too.
        auto* action = window.findChild<QAction*>(QStringLiteral("actionCountersign"));
        QVERIFY(action != nullptr);
        QVERIFY(action->isEnabled()); // the signed row is selected
        action->trigger();
        auto* review = latestReview(window);
        QVERIFY(review != nullptr);
        auto* dialog = review->findChild<ui::CountersignDialog*>();
        QVERIFY(dialog != nullptr);
        typePassphrase(*dialog, QString::fromStdString(test::kTestPassphrase));
        QTRY_VERIFY(latestReview(window) != review);
        review = latestReview(window);

        // New Revision, as the officer does it: the wizard opens, the title changes, Close.
        QTest::mouseClick(review->findChild<QPushButton*>(QStringLiteral("newRevisionButton")),
                          Qt::LeftButton);
        auto* wizard = window.findChild<ui::AssessmentWizard*>();
        QVERIFY(wizard != nullptr);
        auto* title = wizard->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Ambient scribe, re-review"));
        wizard->close();

        auto* model = window.libraryView()->model();
        const auto status = model->index(0, ui::LibraryModel::StatusColumn);
        QCOMPARE(status.data().toString(),
                 QStringLiteral("Signed rev. 2 (trusted) · draft rev. 3 in progress"));
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("revision 2")));
        QCOMPARE(model->index(0, ui::LibraryModel::SignerColumn).data().toString(),
                 QStringLiteral("Dr. Alice Example, Bob Approver"));
        window.resize(1400, 500);
        window.libraryView()->table()->resizeColumnsToContents();
        test::saveScreenshot(window, QStringLiteral("library-draft-over-signed"));

        QVERIFY(window.reviewAssessment(assessment));
        review = latestReview(window);
        const auto banner = bannerText(*review);
        QVERIFY2(banner.contains(QStringLiteral(
                     "Signed rev. 2 (assessor and approver) · draft rev. 3 in progress")),
                 qPrintable(banner));
        QVERIFY2(banner.contains(QStringLiteral("Dr. Alice Example (assessor, trusted)")),
                 qPrintable(banner));
        QVERIFY(!banner.contains(QStringLiteral("Nobody has signed")));
        QVERIFY(!review->findChild<QPushButton*>(QStringLiteral("countersignButton"))->isEnabled());
        QVERIFY(review->findChild<QLabel*>(QStringLiteral("countersignState"))
                    ->text()
                    .startsWith(QStringLiteral("Already approved by Bob Approver")));
        review->resize(1000, 700);
        test::saveScreenshot(*review, QStringLiteral("review-draft-over-signed"));

        // The PDF of the draft says which signed revision decides.
        const QString pdf = m_dir.filePath(QStringLiteral("draft.pdf"));
        QCOMPARE(review->exportPdfTo(pdf), QString());
        const auto text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("signed revision 2 is in force")), qPrintable(text));
        // In two parts: a letter of the DRAFT watermark can fall between them.
        QVERIFY2(text.contains(QStringLiteral("The decision in force is revision")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2, signed by Dr. Alice Example (assessor, trusted) "
                                              "and Bob Approver (approver, trusted)")),
                 qPrintable(text));
        review->close();
    }

    void approverCountersignsTheSignOffUnderANewDraft()
    {
        const auto [path, id] = signedByAssessor();
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        window.show();
        const QString assessment = QString::fromStdString(id);
        // New Revision, as the officer does it: the wizard opens, the title changes, Close.
        window.libraryView()->table()->selectRow(0);
        auto* newRevision = window.findChild<QAction*>(QStringLiteral("actionNewRevision"));
        QVERIFY(newRevision->isEnabled());
        newRevision->trigger();
        auto* wizard = window.findChild<ui::AssessmentWizard*>();
        QVERIFY(wizard != nullptr);
        auto* title = wizard->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Ambient scribe, re-review"));
        wizard->close();
        auto opened = store::Library::open(path, store::OpenIntent::MustExist);
        auto& library = *opened;
        QCOMPARE((*library.assessment(id))->currentRevision, 3);
        const auto draftBefore = **library.revision(id, 3);
        QCOMPARE(draftBefore.kind, store::RevisionKind::Draft);

        // The approver's action stays available on the row with a draft on top.
        window.libraryView()->table()->selectRow(0);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionCountersign"))->isEnabled());
        QVERIFY(window.reviewAssessment(assessment));
        QPointer<ui::PackageReviewDialog> review = latestReview(window);
        auto* button = review->findChild<QPushButton*>(QStringLiteral("countersignButton"));
        QVERIFY(button->isEnabled());
        // It says which revision it signs, and that the draft is left alone.
        QCOMPARE(button->text(), QStringLiteral("C&ountersign Revision 2 as Approver..."));
        QCOMPARE(review->findChild<QLabel*>(QStringLiteral("countersignState"))->text(),
                 QStringLiteral("Countersigning signs revision 2, the sign-off in force; draft "
                                "revision 3 stays as it is."));
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = review->findChild<ui::CountersignDialog*>();
        QVERIFY(dialog != nullptr);
        // The approver sees what was signed (revision 2), not the draft's new title.
        const auto subject =
            dialog->findChild<QLabel*>(QStringLiteral("countersignSubject"))->text();
        QVERIFY2(subject.contains(QStringLiteral("revision 2")), qPrintable(subject));
        QVERIFY2(!subject.contains(QStringLiteral("re-review")), qPrintable(subject));
        typePassphrase(*dialog, QString::fromStdString(test::kTestPassphrase));
        QTRY_VERIFY(review.isNull());

        const auto stored = *services::storedSignatures(library, id, 2);
        QCOMPARE(stored.size(), std::size_t{2});
        QCOMPARE(stored[0].signatureRole, std::string("assessor"));
        QCOMPARE(stored[1].signatureRole, std::string("approver"));
        QCOMPARE(stored[1].keyId, m_approver.keyId);
        // The draft is untouched: still current, same bytes, unsigned.
        const auto record = **library.assessment(id);
        QCOMPARE(record.currentRevision, 3);
        QCOMPARE(record.status, std::string("draft"));
        QCOMPARE(record.fields.title, std::string("Ambient scribe, re-review"));
        const auto draftAfter = **library.revision(id, 3);
        QCOMPARE(draftAfter.sha256, draftBefore.sha256);
        QCOMPARE(draftAfter.kind, store::RevisionKind::Draft);
        QVERIFY(library.signatures(id, 3)->empty());
        QCOMPARE(window.statusText(),
                 QStringLiteral("Countersigned as approver and saved in the library."));
        auto* again = latestReview(window);
        QVERIFY(again != nullptr);
        QVERIFY2(bannerText(*again).contains(QStringLiteral(
                     "Signed rev. 2 (assessor and approver) · draft rev. 3 in progress")),
                 qPrintable(bannerText(*again)));
        QVERIFY(!again->findChild<QPushButton*>(QStringLiteral("countersignButton"))->isEnabled());
        // The decision page names the revision in force and both signers.
        QCOMPARE(again->tabs()->currentWidget()->objectName(), QStringLiteral("decisionPage"));
        QCOMPARE(again->findChild<QLabel*>(QStringLiteral("decisionRevision"))->text(),
                 QStringLiteral("Signed revision 2 is the decision in force; draft revision 3 is "
                                "in progress and not signed yet."));
        auto* signers = again->findChild<QTableWidget*>(QStringLiteral("decisionSignatures"));
        QCOMPARE(signers->rowCount(), 2);
        QCOMPARE(signers->item(1, 0)->text(), QStringLiteral("Bob Approver"));
        QCOMPARE(signers->item(1, 1)->text(), QStringLiteral("Approver"));
        again->close();
        // Discarding the draft falls back to the sign-off, and the question says so.
        window.libraryView()->table()->selectRow(0);
        ui::prompts::queueConfirmation(false);
        auto* discard = window.findChild<QAction*>(QStringLiteral("actionDeleteDraft"));
        QVERIFY(discard->isEnabled());
        discard->trigger();
        QVERIFY2(ui::prompts::lastMessage().contains(QStringLiteral("The signed revision stays")),
                 qPrintable(ui::prompts::lastMessage()));
    }

    void approverCountersignsAReceivedPackage()
    {
        const auto [path, id] = signedByAssessor();
        const QString package = m_dir.filePath(QStringLiteral("received.vouch"));
        const QString pdf = m_dir.filePath(QStringLiteral("received.pdf"));
        {
            auto opened = store::Library::open(path, store::OpenIntent::MustExist);
            auto& library = *opened;
            const services::SigningService signing(&library, "alice");
            QVERIFY(signing.exportPackage(id, package.toStdString()));
            QVERIFY(services::exportAssessmentPdf(library, id, pdf.toStdString(), report::Paper::A4,
                                                  "alice"));
        }
        // The approver's own library: empty, nobody trusted.
        auto workspace =
            test::workspaceAt(m_dir.filePath(QStringLiteral("approver.vouchdb")).toStdString());
        ui::MainWindow window(workspace);
        QVERIFY(window.openPackage(package));
        auto* review = latestReview(window);
        auto* dialog = review->startCountersign();
        QVERIFY(dialog != nullptr);
        auto* signatures =
            dialog->findChild<QTableWidget*>(QStringLiteral("countersignSignatures"));
        QVERIFY(signatures->item(0, 3)->text().startsWith(
            QStringLiteral("Valid, not in your trust list")));
        typePassphrase(*dialog, QString::fromStdString(test::kTestPassphrase));
        QTRY_VERIFY(latestReview(window) != review);

        const auto signedPackage = *signing::readPackageFile(package.toStdString()).value;
        QCOMPARE(signedPackage.signatures.size(), std::size_t{2});
        QCOMPARE(signedPackage.signatures[1].signatureRole, std::string("approver"));
        QCOMPARE(signedPackage.signatures[1].keyId, m_approver.keyId);
        const auto verification =
            signing::verifyPackage(signedPackage, [](const std::string&) { return false; });
        QVERIFY(!verification.anyInvalid());
        review = latestReview(window);
        QVERIFY(review != nullptr);
        QVERIFY(!review->findChild<QPushButton*>(QStringLiteral("countersignButton"))->isEnabled());
        review->close();

        // A PDF sign-off carries its package inside: it is never overwritten by a signature.
        QFile before(pdf);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = before.readAll();
        QVERIFY(window.openPackage(pdf));
        review = latestReview(window);
        QVERIFY(!review->findChild<QPushButton*>(QStringLiteral("countersignButton"))->isEnabled());
        QVERIFY(
            review->findChild<QLabel*>(QStringLiteral("countersignState"))
                ->text()
                .startsWith(QStringLiteral("A PDF sign-off is countersigned through its package")));
        QVERIFY(review->startCountersign() == nullptr);
        const services::SigningService files(nullptr, "bob");
        const auto refused = files.signPackageFile(pdf.toStdString(), *m_assessor,
                                                   signing::SignatureRole::Approver, "ok");
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.find("is a PDF sign-off") != std::string::npos,
                 refused.error().message.c_str());
        QFile after(pdf);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), pdfBytes);
        review->close();
    }

    // Last: it adds a second identity to the key folder the other tests pick Bob from.
    void theAssessorsOwnKeyCannotCountersign()
    {
        const auto keyPath = services::defaultKeyPath("Carol Both");
        QVERIFY(services::createSignerIdentity(
            keyPath, {"Carol Both", "Officer", "carol@example.org"}, test::kTestPassphrase));
        const auto carol = signing::loadSigningKey(keyPath, test::kTestPassphrase);
        QVERIFY(carol);
        const auto [path, id] = signedByAssessor(&*carol);
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        window.show();
        auto* dialog = window.countersignAssessment(QString::fromStdString(id));
        QVERIFY(dialog != nullptr);
        auto* signer = dialog->findChild<QComboBox*>(QStringLiteral("signerCombo"));
        const int carolRow = signer->findText(QStringLiteral("Carol Both (Officer)"));
        QVERIFY(carolRow >= 0);
        signer->setCurrentIndex(carolRow);
        // Refused as soon as the identity is chosen, before any passphrase, in one line
        // that names the key and the assessor; Countersign stays disabled.
        const auto shown = dialog->findChild<QLabel*>(QStringLiteral("signResult"))->text();
        QVERIFY2(shown.contains(QStringLiteral("already signed this as Assessor (Carol Both)")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QString::fromStdString(carol->publicKey().keyId)),
                 qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1Char('\n')));
        auto* sign = dialog->findChild<QPushButton*>(QStringLiteral("signButton"));
        typePassphrase(*dialog, QString::fromStdString(test::kTestPassphrase));
        QVERIFY(!sign->isEnabled());
        QVERIFY(dialog->isVisible());
        // Another identity clears the refusal.
        signer->setCurrentIndex(carolRow == 0 ? 1 : 0);
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("signResult"))->text(), QString());
        QVERIFY(sign->isEnabled());
        auto opened = store::Library::open(path, store::OpenIntent::MustExist);
        QCOMPARE(opened->signatures(id, 2)->size(), std::size_t{1});
        QCOMPARE((*opened->assessment(id))->fields.signer.value_or(""), std::string("Carol Both"));
        dialog->close();
    }
};

QTEST_MAIN(TestCountersign)
#include "TestCountersign.moc"
