// SPDX-License-Identifier: Apache-2.0
// Signing through the service layer: library assessments frozen as signed revisions,
// export and import, and the consistency check of a package's contents.
#include "LibraryFixture.h"
#include "TestSupport.h"
#include "model/CanonicalJson.h"
#include "model/Sha256.h"
#include "services/AssessmentService.h"
#include "services/SigningService.h"

#include <QFile>
#include <QObject>
#include <QTemporaryDir>

using namespace vouch;
using nlohmann::json;

class TestSigningService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::optional<model::QuestionnaireSnapshot> m_questionnaire;
    std::optional<signing::SigningKey> m_alice;
    std::optional<signing::SigningKey> m_bob;

    store::Library newLibrary() { return test::newLibrary(m_dir, m_counter); }

    std::string newDraft(const store::Library& library, const json& changes = json::object())
    {
        auto document = test::readJson(test::baselineAnswersPath());
        for (const auto& [key, value] : changes.items()) {
            document["answers"][key] = value;
        }
        return test::createDraft(library, *m_questionnaire, document);
    }

    signing::SigningKey makeKey(const QString& file, const signing::SignerIdentity& identity)
    {
        return test::makeSigningKey(m_dir.filePath(file).toStdString(), identity);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_questionnaire = std::move(
            *model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath()).value);
        m_alice = makeKey(QStringLiteral("alice.key"),
                          {"Dr. Alice Example", "Assessor", "alice@example.org"});
        m_bob = makeKey(QStringLiteral("bob.key"), {"Bob Approver", "CISO", "bob@example.org"});
    }

    void signingFreezesTheDraftAsASignedRevision()
    {
        auto library = newLibrary();
        const auto id = newDraft(library, {{"usecase.tier", "clinician_assisted"}});
        const services::SigningService service(&library, "alice");
        auto revision = service.signAssessment(id, *m_alice, signing::SignatureRole::Assessor,
                                               "I reviewed it.");
        QVERIFY2(revision, revision ? "" : revision.error().message.c_str());
        QCOMPARE(*revision, 2);
        const auto record = *library.assessment(id);
        QCOMPARE(record->status, std::string("signed"));
        QCOMPARE(record->fields.signer.value_or(""), std::string("Dr. Alice Example"));
        QVERIFY(record->fields.reviewDue.has_value()); // medium tier: 12 months
        const auto history = *library.history(id);
        QCOMPARE(history.at(1).kind, store::RevisionKind::Signed);
        QCOMPARE(history.at(1).payload, history.at(0).payload);
        QCOMPARE(history.at(1).parentSha256.value_or(""), history.at(0).sha256);

        // The approver signs the same revision: no new revision, a second signature.
        QCOMPARE(
            *service.signAssessment(id, *m_bob, signing::SignatureRole::Approver, "I approve."), 2);
        QCOMPARE(library.signatures(id, 2)->size(), std::size_t{2});
        QCOMPARE((*library.assessment(id))->fields.signer.value_or(""),
                 std::string("Bob Approver"));
        const auto report = service.verify(*service.packageOf(id));
        QVERIFY(report.consistent);
        QVERIFY(!report.signatures.anyInvalid());
        QCOMPARE(report.signatures.signatures.size(), std::size_t{2});
        const auto audit = *library.auditLog().entries(0, 10);
        QCOMPARE(audit.back().action, std::string("sign"));
    }

    void approverCannotSignADraft()
    {
        auto library = newLibrary();
        const auto id = newDraft(library);
        const services::SigningService service(&library, "bob");
        const auto refused =
            service.signAssessment(id, *m_bob, signing::SignatureRole::Approver, "x");
        QVERIFY(!refused);
        QVERIFY(refused.error().message.find("an approver signs after an assessor") !=
                std::string::npos);
        QCOMPARE((*library.assessment(id))->status, std::string("draft"));
    }

    void exportImportRoundTripWithoutDuplicates()
    {
        auto source = newLibrary();
        const auto id = newDraft(source);
        const services::SigningService from(&source, "alice");
        QVERIFY(
            from.signAssessment(id, *m_alice, signing::SignatureRole::Assessor, "I reviewed it."));
        const auto file = m_dir.filePath(QStringLiteral("export.vouch")).toStdString();
        QVERIFY(from.exportPackage(id, file));

        auto target = newLibrary();
        test::trustKey(target, *m_alice);
        test::trustKey(target, *m_bob);
        const services::SigningService into(&target, "carol");
        const auto package = *signing::readPackageFile(file).value;
        auto first = into.importPackage(package, "export.vouch");
        QVERIFY2(first, first ? "" : first.error().message.c_str());
        QCOMPARE(first->assessmentId, id);
        QVERIFY(first->outcome.created);
        auto second = into.importPackage(package, "export.vouch");
        QVERIFY(second);
        QVERIFY(!second->outcome.created);
        QCOMPARE(second->outcome.newSignatures, 0);
        QCOMPARE(target.history(id)->size(), std::size_t{1});
        QCOMPARE(*target.database().queryInteger("SELECT count(*) FROM signatures"),
                 std::int64_t{1});

        // The approver signs the file later; importing it again adds just that signature.
        auto approved = package;
        QVERIFY(signing::addSignature(approved, *m_bob, signing::SignatureRole::Approver, "ok",
                                      "2026-11-22T11:00:00.000Z"));
        auto third = into.importPackage(approved, "approved.vouch");
        QVERIFY(third);
        QCOMPARE(third->outcome.newSignatures, 1);
        QCOMPARE(target.signatures(id, 1)->size(), std::size_t{2});

        // A copy with the approver's signature stripped does not match what the
        // library holds: refused, not merged.
        const auto stripped = into.importPackage(package, "stripped.vouch");
        QVERIFY(stripped); // the stored signatures extend it: nothing to add
        auto other = approved;
        other.signatures.pop_back();
        QVERIFY(signing::addSignature(other, *m_alice, signing::SignatureRole::Approver, "again",
                                      "2026-11-22T12:00:00.000Z"));
        const auto conflicting = into.importPackage(other, "conflicting.vouch");
        QVERIFY(!conflicting);
        QVERIFY(conflicting.error().message.find("has different signatures than the package") !=
                std::string::npos);
    }

    void importRefusesTamperedOrInconsistentPackages()
    {
        auto source = newLibrary();
        const auto id = newDraft(source);
        const services::SigningService service(&source, "alice");
        auto package = *service.packageOf(id); // unsigned draft package
        auto target = newLibrary();
        const services::SigningService into(&target, "carol");

        // Answers changed without re-evaluating: the stored evaluation no longer follows.
        auto inconsistent = package;
        auto payload = json::parse(inconsistent.payload);
        payload["answers"]["usecase.tier"] = "clinical_facing";
        inconsistent.payload = *model::canonicalJson(payload).bytes;
        const auto report = into.verify(inconsistent);
        QVERIFY(!report.consistent);
        QVERIFY2(report.problem.find("the evaluation in the package does not match its answers") !=
                     std::string::npos,
                 report.problem.c_str());
        const auto refused = into.importPackage(inconsistent, "bad.vouch");
        QVERIFY(!refused);
        QVERIFY(refused.error().message.starts_with(
            "bad.vouch: the evaluation in the package does not match"));
        QCOMPARE(target.list({})->total, std::int64_t{0});

        auto wrongQuestionnaire = package;
        wrongQuestionnaire.questionnaire = "{}";
        QVERIFY(
            into.verify(wrongQuestionnaire).problem.find("questionnaire snapshot cannot be read") !=
            std::string::npos);
    }

    void evidenceTravelsInThePackage()
    {
        auto source = newLibrary();
        const auto id = newDraft(source);
        const QString file = m_dir.filePath(QStringLiteral("baa.pdf"));
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4\n%%EOF\n");
        pdf.close();
        const services::AssessmentService assessments(source, "alice");
        QVERIFY(assessments.attachEvidence(id, file.toStdString(), "contract.baa", ""));
        const services::SigningService service(&source, "alice");
        auto package = *service.packageOf(id);
        QCOMPARE(package.attachments.size(), std::size_t{1});
        QVERIFY(service.verify(package).consistent);

        auto missing = package;
        missing.attachments.clear();
        QVERIFY(service.verify(missing).problem.find("evidence \"baa.pdf\"") != std::string::npos);

        auto target = newLibrary();
        test::trustKey(target, *m_alice);
        const services::SigningService into(&target, "carol");
        // Only signed packages are imported.
        const auto unsignedImport = into.importPackage(package, "with-evidence.vouch");
        QVERIFY(!unsignedImport);
        QCOMPARE(unsignedImport.error().message,
                 std::string("with-evidence.vouch: the package is unsigned; not imported (only "
                             "signed packages are imported)"));
        QVERIFY(signing::addSignature(package, *m_alice, signing::SignatureRole::Assessor, "ok",
                                      "2026-11-22T11:00:00.000Z"));
        QVERIFY(into.importPackage(package, "with-evidence.vouch"));
        QCOMPARE(target.blob(package.attachments[0].sha256)->value(),
                 std::string("%PDF-1.4\n%%EOF\n"));
    }

    void reviewDueFollowsTheTier()
    {
        QCOMPARE(services::reviewDueFor(std::string("high"), "2026-08-31"),
                 std::string("2027-02-28"));
        QCOMPARE(services::reviewDueFor(std::string("medium"), "2024-02-29"),
                 std::string("2025-02-28"));
        QCOMPARE(services::reviewDueFor(std::string("low"), "2026-11-22"),
                 std::string("2028-11-22"));
        QCOMPARE(services::reviewDueFor(std::nullopt, "2026-01-15"), std::string("2027-01-15"));
        // An organisation's own intervals (Settings).
        const services::ReviewIntervals strict{3, 6, 12};
        QCOMPARE(services::reviewDueFor(std::string("high"), "2026-11-30", strict),
                 std::string("2027-02-28"));
        QCOMPARE(services::reviewDueFor(std::string("low"), "2026-11-22", strict),
                 std::string("2027-11-22"));
    }
};

QTEST_GUILESS_MAIN(TestSigningService)
#include "TestSigningService.moc"
