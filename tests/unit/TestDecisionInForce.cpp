// SPDX-License-Identifier: Apache-2.0
// The decision in force: after New Revision the earlier sign-off still decides, and
// whether an approver can countersign follows from it.
#include "LibraryFixture.h"
#include "TestSupport.h"
#include "services/AssessmentService.h"
#include "services/DecisionInForce.h"
#include "services/DecisionOverview.h"
#include "services/SigningService.h"

#include <QObject>
#include <QTemporaryDir>

#include <algorithm>

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

    void anApproverCountersignsTheSignOffUnderADraft()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const auto id = newDraft(library);
        const services::SigningService signing(&library, "alice");
        QVERIFY(signing.signAssessment(id, *m_alice, signing::SignatureRole::Assessor, "ok"));
        QCOMPARE(newRevision(library, id), 3);
        const auto draftBefore = **library.revision(id, 3);
        auto decision = decisionOf(library, id);
        // Revision 3 is a draft; revision 2 is the sign-off in force and takes the approval.
        QCOMPARE(services::countersignBlock(decision), CountersignBlock::None);
        QCOMPARE(decision.signatureAs("assessor")->state, services::TrustState::Untrusted);

        // Shown revision 3 (the draft): a conflict, nothing signed.
        const auto stale =
            signing.signAssessment(id, *m_bob, signing::SignatureRole::Approver, "ok", 3);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, ErrorKind::Conflict);
        QCOMPARE(library.signatures(id, 2)->size(), std::size_t{1});

        QCOMPARE(*signing.signAssessment(id, *m_bob, signing::SignatureRole::Approver, "ok", 2), 2);
        QCOMPARE(library.signatures(id, 2)->size(), std::size_t{2});
        QVERIFY(library.signatures(id, 3)->empty());
        const auto record = **library.assessment(id);
        QCOMPARE(record.currentRevision, 3);
        QCOMPARE(record.status, std::string("draft"));
        QVERIFY(record.fields.title.ends_with(" (re-review)")); // the draft's fields stay
        QCOMPARE(record.fields.signer.value_or(""), std::string("Bob Approver"));
        const auto draftAfter = **library.revision(id, 3);
        QCOMPARE(draftAfter.sha256, draftBefore.sha256);
        QCOMPARE(draftAfter.kind, store::RevisionKind::Draft);
        decision = decisionOf(library, id);
        QCOMPARE(decision.summary(),
                 std::string("Signed rev. 2 (assessor and approver) \u00b7 draft rev. 3 in "
                             "progress"));
        QCOMPARE(services::countersignBlock(decision), CountersignBlock::AlreadyApproved);
        // The draft is still the one the assessor signs next.
        QCOMPARE(*signing.signAssessment(id, *m_alice, signing::SignatureRole::Assessor, "ok"), 4);
    }

    void theSameKeyDoesNotSignInBothRoles()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const auto id = newDraft(library);
        const services::SigningService signing(&library, "alice");
        QVERIFY(signing.signAssessment(id, *m_alice, signing::SignatureRole::Assessor, "ok"));
        const auto refused =
            signing.signAssessment(id, *m_alice, signing::SignatureRole::Approver, "ok");
        QVERIFY(!refused);
        const auto& message = refused.error().message;
        QVERIFY2(message.find("already signed it as assessor (Dr. Alice Example)") !=
                     std::string::npos,
                 message.c_str());
        QVERIFY2(message.find(m_alice->publicKey().keyId) != std::string::npos, message.c_str());
        QVERIFY(message.find('\n') == std::string::npos);
        QCOMPARE(library.signatures(id, 2)->size(), std::size_t{1});
        // The same under a draft, where the approver signs the revision in force.
        newRevision(library, id);
        QVERIFY(!signing.signAssessment(id, *m_alice, signing::SignatureRole::Approver, "ok"));
        QCOMPARE(library.signatures(id, 2)->size(), std::size_t{1});
        // Another key may.
        QVERIFY(signing.signAssessment(id, *m_bob, signing::SignatureRole::Approver, "ok"));
    }

    // The library's "signed" filter and its Signer sort follow the decision in force: a
    // sign-off with a New Revision draft on top is still signed, by its signer.
    void theLibraryListsASignOffUnderADraftAsSigned()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const services::SigningService signing(&library, "alice");
        const auto reopened = newDraft(library); // signed by Alice, then a draft on top
        QVERIFY(signing.signAssessment(reopened, *m_alice, signing::SignatureRole::Assessor, "ok"));
        newRevision(library, reopened);
        newRevision(library, reopened); // autosaves keep the signer listed
        const auto neverSigned = newDraft(library);
        const auto signedByBob = newDraft(library);
        QVERIFY(
            signing.signAssessment(signedByBob, *m_bob, signing::SignatureRole::Assessor, "ok"));

        const auto ids = [&](store::ListQuery query) {
            std::vector<std::string> result;
            const auto page = library.list(query);
            for (const auto& row : page->rows) {
                result.push_back(row.id);
            }
            return result;
        };
        store::ListQuery signedOnly;
        signedOnly.status = "signed";
        signedOnly.sort = store::SortColumn::Title;
        auto listed = ids(signedOnly);
        std::sort(listed.begin(), listed.end());
        auto expected = std::vector<std::string>{reopened, signedByBob};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(listed, expected);
        QCOMPARE(library.list(signedOnly)->total, std::int64_t{2});
        store::ListQuery drafts; // a draft in progress is one, also over a sign-off
        drafts.status = "draft";
        QCOMPARE(library.list(drafts)->total, std::int64_t{2});

        store::ListQuery bySigner;
        bySigner.sort = store::SortColumn::Signer;
        bySigner.descending = false;
        QCOMPARE(ids(bySigner), (std::vector<std::string>{neverSigned, signedByBob, reopened}));
        bySigner.signer = "Dr. Alice Example";
        QCOMPARE(ids(bySigner), std::vector<std::string>{reopened});
        QCOMPARE((*library.assessment(reopened))->fields.signer.value_or(""),
                 std::string("Dr. Alice Example"));
        QCOMPARE((*library.assessment(neverSigned))->fields.signer, std::nullopt);
    }

    // The first page of review mode: the decision from the revision in force.
    void theDecisionOverviewFollowsTheQuestionnaire()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        test::trustKey(library, *m_alice);
        auto document = test::readJson(test::baselineAnswersPath());
        auto& answers = document["answers"];
        answers["data.residency_requirement"] = "eu_eea";
        answers["deployment.type"] = "global";
        answers["retention.zero_retention_required"] = "yes";
        answers["contract.eudb_reliance"] = "no";
        answers["retention.managed_customer"] = "no";
        document["actions"] = nlohmann::json::array({{{"finding", "responsibility-gap"},
                                                      {"what", "Later"},
                                                      {"owner", "IT"},
                                                      {"due", "2027-03-01"},
                                                      {"status", "open"}},
                                                     {{"finding", "responsibility-gap"},
                                                      {"what", "Finished"},
                                                      {"owner", "IT"},
                                                      {"due", "2026-01-01"},
                                                      {"status", "done"}},
                                                     {{"finding", "responsibility-gap"},
                                                      {"what", "Sooner"},
                                                      {"owner", "Legal"},
                                                      {"due", "2027-01-15"},
                                                      {"status", "in_progress"}}});
        const auto id = test::createDraft(library, *m_questionnaire, document);
        const services::SigningService signing(&library, "alice");
        QVERIFY(signing.signAssessment(id, *m_alice, signing::SignatureRole::Assessor, "ok"));
        const auto package = *signing.packageOf(id);
        const auto report = signing.verify(package);
        QVERIFY(report.payload);
        const auto& questionnaire = report.questionnaire->questionnaire;
        services::ReviewIntervals intervals;
        intervals.highMonths = 3;
        intervals.mediumMonths = 3;
        intervals.lowMonths = 3;
        const auto overview =
            services::decisionOverview(*report.payload, questionnaire, report.trust, intervals);
        QCOMPARE(overview.tierLevels, questionnaire.tier.levels.size());
        QVERIFY(overview.tier);
        QCOMPARE(overview.tierRank, questionnaire.tier.rank(*overview.tier));
        QCOMPARE(overview.verdict.value_or(""), std::string("blocked"));
        QCOMPARE(overview.signatures.signers.size(), std::size_t{1});
        QCOMPARE(overview.signatures.signers[0].state, services::TrustState::Trusted);
        QVERIFY(!overview.blocking.empty());
        std::size_t blockers = 0;
        for (const auto& finding : report.payload->evaluation.at("findings")) {
            blockers += finding.at("severity") == "blocker" ? 1U : 0U;
        }
        QCOMPARE(overview.blocking.size(), blockers);
        QCOMPARE(overview.openActions.size(), std::size_t{2});
        QCOMPARE(overview.openActions[0].what, std::string("Sooner"));
        QCOMPARE(overview.openActions[1].what, std::string("Later"));
        const auto signedOn = overview.signatures.signers[0].signedAt.substr(0, 10);
        QCOMPARE(overview.reviewDue.value_or(""),
                 services::reviewDueFor(overview.tier, signedOn, intervals));
        // Unsigned, nothing is due yet.
        QVERIFY(!services::decisionOverview(*report.payload, questionnaire, {}).reviewDue);
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
