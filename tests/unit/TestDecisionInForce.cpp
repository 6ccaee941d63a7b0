// SPDX-License-Identifier: Apache-2.0
// The decision in force: after New Revision the earlier sign-off still decides, and
// whether an approver can countersign follows from it.
#include "LibraryFixture.h"
#include "TestSupport.h"
#include "services/AssessmentService.h"
#include "services/DecisionInForce.h"
#include "services/SigningService.h"

#include <QObject>
#include <QTemporaryDir>

using namespace vouch;
using services::CountersignBlock;

class TestDecisionInForce : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::optional<model::QuestionnaireSnapshot> m_questionnaire;
    std::optional<signing::SigningKey> m_alice;
    std::optional<signing::SigningKey> m_bob;

    std::string newDraft(const store::Library& library)
    {
        return test::createDraft(library, *m_questionnaire,
                                 test::readJson(test::baselineAnswersPath()));
    }

    static services::DecisionInForce decisionOf(const store::Library& library,
                                                const std::string& id)
    {
        auto trust = services::SignatureTrust::of(&library);
        auto decision = services::decisionInForce(library, *trust, id);
        if (!decision) {
            qFatal("%s", decision.error().message.c_str());
        }
        return std::move(*decision);
    }

    // A new draft revision on top of whatever is current, as New Revision makes it.
    static int newRevision(const store::Library& library, const std::string& id)
    {
        const services::AssessmentService service(library, "alice");
        auto opened = service.open(id);
        auto meta = opened->payload.meta;
        meta.title += " (re-review)";
        auto saved = service.updateDraft(id, opened->payload.answers, meta);
        if (!saved) {
            qFatal("%s", saved.error().message.c_str());
        }
        return *saved;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_questionnaire = std::move(
            *model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath()).value);
        m_alice = test::makeSigningKey(m_dir.filePath(QStringLiteral("alice.key")).toStdString(),
                                       {"Dr. Alice Example", "Assessor", "alice@example.org"});
        m_bob = test::makeSigningKey(m_dir.filePath(QStringLiteral("bob.key")).toStdString(),
                                     {"Bob Approver", "CISO", "bob@example.org"});
    }

    void aDraftThatWasNeverSigned()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const auto id = newDraft(library);
        const auto decision = decisionOf(library, id);
        QVERIFY(!decision.isSigned());
        QCOMPARE(decision.draftRevision.value_or(0), 1);
        QVERIFY(!decision.hasDraftInProgress());
        QCOMPARE(decision.summary(), std::string("Draft rev. 1, never signed"));
        QCOMPARE(services::countersignBlock(decision), CountersignBlock::AwaitingAssessor);
    }

    void theSignOffStaysInForceUnderANewDraft()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        test::trustKey(library, *m_alice);
        const auto id = newDraft(library);
        const services::SigningService signing(&library, "alice");
        QCOMPARE(*signing.signAssessment(id, *m_alice, signing::SignatureRole::Assessor, "ok"), 2);

        auto decision = decisionOf(library, id);
        QCOMPARE(decision.signedRevision.value_or(0), 2);
        QVERIFY(!decision.draftRevision);
        QCOMPARE(decision.summary(), std::string("Signed rev. 2 (assessor)"));
        QCOMPARE(services::countersignBlock(decision), CountersignBlock::None);

        QCOMPARE(*signing.signAssessment(id, *m_bob, signing::SignatureRole::Approver, "ok"), 2);
        QCOMPARE(newRevision(library, id), 3);
        decision = decisionOf(library, id);
        QCOMPARE(decision.signedRevision.value_or(0), 2);
        QCOMPARE(decision.draftRevision.value_or(0), 3);
        QVERIFY(decision.hasDraftInProgress());
        QCOMPARE(decision.summary(),
                 std::string("Signed rev. 2 (assessor and approver) \u00b7 draft rev. 3 in "
                             "progress"));
        QCOMPARE(decision.signatures.signers.size(), std::size_t{2});
        QCOMPARE(decision.signatureAs("assessor")->state, services::TrustState::Trusted);
        QCOMPARE(decision.signatureAs("approver")->signerName, std::string("Bob Approver"));
        QCOMPARE(decision.signatureAs("approver")->state, services::TrustState::Untrusted);
        QCOMPARE(services::countersignBlock(decision), CountersignBlock::AlreadyApproved);

        // Later drafts do not move the decision; the next signature does.
        QCOMPARE(newRevision(library, id), 4);
        QCOMPARE(decisionOf(library, id).signedRevision.value_or(0), 2);
        QCOMPARE(*signing.signAssessment(id, *m_alice, signing::SignatureRole::Assessor, "ok"), 5);
        decision = decisionOf(library, id);
        QCOMPARE(decision.signedRevision.value_or(0), 5);
        QVERIFY(!decision.hasDraftInProgress());
        QCOMPARE(decision.summary(), std::string("Signed rev. 5 (assessor)"));
    }

    void anAssessorSignatureUnderADraftWaitsForTheDraft()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const auto id = newDraft(library);
        const services::SigningService signing(&library, "alice");
        QVERIFY(signing.signAssessment(id, *m_alice, signing::SignatureRole::Assessor, "ok"));
        newRevision(library, id);
        const auto decision = decisionOf(library, id);
        // The approver cannot countersign revision 2 while revision 3 is the current one.
        QCOMPARE(services::countersignBlock(decision), CountersignBlock::DraftInProgress);
        QCOMPARE(decision.signatureAs("assessor")->state, services::TrustState::Untrusted);
    }

    void aPackageWithoutAssessorWaits()
    {
        services::TrustVerdict none;
        QCOMPARE(services::countersignBlock(none), CountersignBlock::AwaitingAssessor);
        services::TrustVerdict bad;
        bad.signers.push_back(
            {1, services::TrustState::Invalid, "Eve", "", "assessor", "", "k", "tampered"});
        QCOMPARE(services::countersignBlock(bad), CountersignBlock::InvalidSignature);
    }
};

QTEST_GUILESS_MAIN(TestDecisionInForce)
#include "TestDecisionInForce.moc"
