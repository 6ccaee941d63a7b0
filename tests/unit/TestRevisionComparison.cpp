// SPDX-License-Identifier: Apache-2.0
// Comparing two revisions of an assessment through the service layer with the real
// questionnaire: exactly the changed answers, in words (labels, not values), and the
// tier, verdict and findings the change caused.
#include "LibraryFixture.h"
#include "TestSupport.h"
#include "services/AssessmentService.h"
#include "services/RevisionComparison.h"

#include <QFile>
#include <QObject>
#include <QTemporaryDir>

using namespace vouch;
using nlohmann::json;
using services::RevisionComparison;

namespace {

std::vector<std::string> findingIds(const std::vector<RevisionComparison::FindingRef>& findings)
{
    std::vector<std::string> ids;
    for (const auto& finding : findings) {
        ids.push_back(finding.id);
    }
    return ids;
}

} // namespace

class TestRevisionComparison : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::optional<model::QuestionnaireSnapshot> m_questionnaire;
    json m_baseline;

    model::Answers answers(const json& changes = json::object()) const
    {
        json document = {{"answers", m_baseline["answers"]}, {"meta", m_baseline["meta"]}};
        for (const auto& [key, value] : changes.items()) {
            if (value.is_null()) {
                document["answers"].erase(key);
            } else {
                document["answers"][key] = value;
            }
        }
        auto parsed = model::parseAnswers(document, m_questionnaire->questionnaire, "answers.json");
        if (!parsed.ok()) {
            qFatal("%s", parsed.errors.front().toString().c_str());
        }
        return std::move(*parsed.value);
    }

    std::string label(const std::string& question, const std::string& value) const
    {
        return m_questionnaire->questionnaire.question(question)->option(value)->label;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto loaded = model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath());
        QVERIFY(loaded.ok());
        m_questionnaire = std::move(*loaded.value);
        m_baseline = test::readJson(test::baselineAnswersPath());
    }

    // PHI with the BAA in effect, then "not in effect": the one answer, the canonical
    // blocker and the verdict change; the tier (PHI raises it) stays.
    void baaNoLongerInEffectIsTheOneChange()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const services::AssessmentService service(library, "alice");
        // PHI makes the DPIA, DPA and BAA-scope questions visible; answered, revision 1 is
        // ready. Revision 2 keeps the (now hidden) BAA-scope answer: one answer differs.
        json phi = {{"data.categories", {"phi"}},
                    {"contract.baa", "executed"},
                    {"data.dpia", "completed"},
                    {"contract.baa_scope_confirmed", "yes"},
                    {"contract.dpa_scc", "yes"}};
        const auto first = answers(phi);
        const auto id = *service.createDraft(*m_questionnaire, first,
                                             model::AssessmentMeta::fromAnswers(first));
        phi["contract.baa"] = "not_executed";
        QCOMPARE(*service.updateDraft(id, answers(phi), std::nullopt), 2);

        const auto comparison =
            services::compareRevisions(*service.open(id, 1), *service.open(id, 2));
        QCOMPARE(comparison.answers.size(), std::size_t{1});
        const auto& change = comparison.answers.front();
        QCOMPARE(change.question, std::string("contract.baa"));
        QCOMPARE(change.questionText,
                 m_questionnaire->questionnaire.question("contract.baa")->text);
        QVERIFY(change.item.empty());
        QCOMPARE(change.before, label("contract.baa", "executed"));
        QCOMPARE(change.after, std::string("Not in effect"));

        QVERIFY(comparison.meta.empty());
        QVERIFY(!comparison.tierChanged());
        QCOMPARE(comparison.tierAfter.value_or(""), std::string("medium"));
        QVERIFY(comparison.verdictChanged());
        QCOMPARE(comparison.verdictBefore, std::string("ready"));
        QCOMPARE(comparison.verdictAfter, std::string("blocked"));
        // The BAA rule and the HIPAA BAA control it denies (questionnaire 1.1.0).
        QCOMPARE(findingIds(comparison.findingsAdded),
                 (std::vector<std::string>{"baa-missing", "control-denied.hipaa-baa"}));
        QCOMPARE(comparison.findingsAdded.front().severity, std::string("blocker"));
        QVERIFY(!comparison.findingsAdded.front().title.empty());
        QVERIFY(comparison.findingsRemoved.empty());
        QCOMPARE(findingIds(comparison.findingsKept),
                 std::vector<std::string>{"retention-30-days-unconfirmed"});
        QVERIFY(comparison.attachmentsAdded.empty());
        QVERIFY(comparison.actions.empty());
        QVERIFY(!comparison.isEmpty());

        // The other way round, the finding is removed and the verdict goes back.
        const auto back = services::compareRevisions(*service.open(id, 2), *service.open(id, 1));
        QCOMPARE(findingIds(back.findingsRemoved),
                 (std::vector<std::string>{"baa-missing", "control-denied.hipaa-baa"}));
        QVERIFY(back.findingsAdded.empty());
        QCOMPARE(back.verdictBefore, std::string("blocked"));
        QCOMPARE(back.answers.front().before, std::string("Not in effect"));
    }

    // Revision 3 says exactly what revision 1 said: nothing to report.
    void identicalRevisionsHaveNoChanges()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const services::AssessmentService service(library, "alice");
        const auto first = answers({{"usecase.tier", "clinician_assisted"}});
        const auto id = *service.createDraft(*m_questionnaire, first,
                                             model::AssessmentMeta::fromAnswers(first));
        QCOMPARE(*service.updateDraft(id, answers(), std::nullopt), 2);
        QCOMPARE(*service.updateDraft(id, first, std::nullopt), 3);

        const auto one = *service.open(id, 1);
        const auto three = *service.open(id, 3);
        const auto comparison = services::compareRevisions(one, three);
        QVERIFY(comparison.isEmpty());
        QVERIFY(comparison.answers.empty());
        QVERIFY(!comparison.tierChanged());
        QCOMPARE(comparison.tierBefore.value_or(""), std::string("medium"));
        QCOMPARE(comparison.findingsKept.size(), one.payload.evaluation["findings"].size());
        // ... while 1 -> 2 is the tier question, and the tier with it.
        const auto changed = services::compareRevisions(one, *service.open(id, 2));
        QCOMPARE(changed.answers.size(), std::size_t{1});
        QCOMPARE(changed.answers.front().question, std::string("usecase.tier"));
        QVERIFY(changed.tierChanged());
        QCOMPARE(changed.tierAfter.value_or(""), std::string("low"));
    }

    // Multiple choice shows labels joined by ", "; a matrix shows one entry per changed
    // item with title, status and evidence; a removed answer is "Not answered".
    void multipleChoiceAndMatrixAreShownInWords()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const services::AssessmentService service(library, "alice");
        const auto first = answers();
        const auto id = *service.createDraft(*m_questionnaire, first,
                                             model::AssessmentMeta::fromAnswers(first));
        auto matrix = m_baseline["answers"]["responsibility.matrix"];
        matrix["customer.network-design"] = {{"status", "gap"},
                                             {"evidence", "No private endpoint"}};
        matrix.erase("provider.tls-in-transit");
        QCOMPARE(*service.updateDraft(id,
                                      answers({{"data.categories", {"pii", "confidential"}},
                                               {"responsibility.matrix", matrix},
                                               {"safety.red_teaming", nullptr}}),
                                      std::nullopt),
                 2);
        const auto comparison =
            services::compareRevisions(*service.open(id, 1), *service.open(id, 2));

        std::vector<std::string> changed;
        for (const auto& change : comparison.answers) {
            changed.push_back(change.question + (change.item.empty() ? "" : "/" + change.item));
        }
        // Questionnaire order: data, ..., safety, ..., responsibility (items in order).
        QCOMPARE(changed,
                 (std::vector<std::string>{"data.categories", "safety.red_teaming",
                                           "responsibility.matrix/provider.tls-in-transit",
                                           "responsibility.matrix/customer.network-design"}));
        QCOMPARE(comparison.answers[0].before, std::string("Public information"));
        QCOMPARE(comparison.answers[0].after,
                 label("data.categories", "pii") + ", " + label("data.categories", "confidential"));
        QCOMPARE(comparison.answers[1].before, std::string("Yes"));
        QCOMPARE(comparison.answers[1].after, std::string("Not answered"));
        QCOMPARE(comparison.answers[2].before, std::string("In place"));
        QCOMPARE(comparison.answers[2].after, std::string("Not answered"));
        const auto& network = comparison.answers[3];
        QCOMPARE(network.itemTitle, std::string("Network design"));
        QCOMPARE(network.before, std::string("In place"));
        QCOMPARE(network.after, std::string("Gap (evidence: No private endpoint)"));
        const auto ids = findingIds(comparison.findingsAdded);
        QVERIFY(std::find(ids.begin(), ids.end(), "responsibility-gap") != ids.end());
        QCOMPARE(comparison.verdictAfter, std::string("incomplete")); // red teaming unanswered
    }

    void metaAttachmentsAndActionsAreListed()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const services::AssessmentService service(library, "alice");
        const auto first = answers();
        const auto id = *service.createDraft(*m_questionnaire, first,
                                             model::AssessmentMeta::fromAnswers(first));
        auto meta = service.open(id)->payload.meta;
        meta.title = "Renamed assistant";
        meta.reviewDue = "2027-05-01";
        auto withPlan = first;
        withPlan.actions.push_back({"responsibility-gap", "Add a private endpoint", "Network team",
                                    "2027-01-15", model::ActionStatus::Open});
        QCOMPARE(*service.updateDraft(id, withPlan, meta), 2);
        QFile evidence(m_dir.filePath(QStringLiteral("soc2.txt")));
        QVERIFY(evidence.open(QIODevice::WriteOnly));
        evidence.write("bridge letter");
        evidence.close();
        QVERIFY(service.attachEvidence(id, evidence.fileName().toStdString(),
                                       "responsibility.matrix", "provider.platform-security"));
        auto donePlan = withPlan;
        donePlan.actions.front().status = model::ActionStatus::Done;
        QCOMPARE(*service.updateDraft(id, donePlan, std::nullopt), 4);

        const auto one = *service.open(id, 1);
        const auto four = *service.open(id, 4);
        const auto comparison = services::compareRevisions(one, four);
        QVERIFY(comparison.answers.empty());
        QCOMPARE(comparison.meta.size(), std::size_t{2});
        QCOMPARE(comparison.meta[0].key, std::string("title"));
        QCOMPARE(comparison.meta[0].before, std::string("Internal policy Q&A assistant"));
        QCOMPARE(comparison.meta[0].after, std::string("Renamed assistant"));
        QCOMPARE(comparison.meta[1].key, std::string("review_due"));
        QCOMPARE(comparison.meta[1].before, std::string("Not set"));
        QCOMPARE(comparison.attachmentsAdded.size(), std::size_t{1});
        QCOMPARE(comparison.attachmentsAdded.front().name, std::string("soc2.txt"));
        QVERIFY(comparison.attachmentsRemoved.empty());
        QCOMPARE(comparison.actions.size(), std::size_t{1});
        QVERIFY(!comparison.actions.front().before); // added
        QCOMPARE(comparison.actions.front().after->status, model::ActionStatus::Done);

        // 2 -> 4: the same action, now done, is one change with both sides.
        const auto statusOnly = services::compareRevisions(*service.open(id, 2), four);
        QCOMPARE(statusOnly.actions.size(), std::size_t{1});
        QCOMPARE(statusOnly.actions.front().before->status, model::ActionStatus::Open);
        QCOMPARE(statusOnly.actions.front().after->status, model::ActionStatus::Done);
        QVERIFY(statusOnly.meta.empty());
        // 4 -> 1: the evidence is removed.
        QCOMPARE(services::compareRevisions(four, one).attachmentsRemoved.size(), std::size_t{1});
    }

    // A questionnaire upgrade that adds a question: answering it is a change from
    // "Not answered"; the reverse (a removed question) takes the text from the older one.
    void questionsAddedOrRemovedByAQuestionnaireChangeCount()
    {
        auto document = test::readJson(test::shippedQuestionnairePath());
        document["version"] = "99.0.0";
        document["sections"][0]["questions"].push_back(
            {{"id", "deployment.extra_check"},
             {"type", "yes_no_unknown"},
             {"text", "Was the deployment reviewed by the platform team?"},
             {"required", false},
             {"help", {{"why", "A new question."}, {"sources", {"seed-000"}}}}});
        auto upgraded = model::loadQuestionnaireSnapshot(document.dump(), "upgraded.json");
        QVERIFY2(upgraded.ok(), upgraded.ok() ? "" : upgraded.errors.front().toString().c_str());

        auto library = test::newLibrary(m_dir, m_counter);
        const services::AssessmentService service(library, "alice");
        const auto first = answers();
        const auto id = *service.createDraft(*m_questionnaire, first,
                                             model::AssessmentMeta::fromAnswers(first));
        const auto older = service.open(id)->payload;
        auto newer = older;
        newer.answers.values["deployment.extra_check"] = std::string("yes");

        const auto added = services::compareRevisions(older, m_questionnaire->questionnaire, newer,
                                                      upgraded.value->questionnaire);
        QCOMPARE(added.answers.size(), std::size_t{1});
        QCOMPARE(added.answers.front().question, std::string("deployment.extra_check"));
        QCOMPARE(added.answers.front().questionText,
                 std::string("Was the deployment reviewed by the platform team?"));
        QCOMPARE(added.answers.front().before, std::string("Not answered"));
        QCOMPARE(added.answers.front().after, std::string("Yes"));

        const auto removed = services::compareRevisions(newer, upgraded.value->questionnaire, older,
                                                        m_questionnaire->questionnaire);
        QCOMPARE(removed.answers.size(), std::size_t{1});
        QCOMPARE(removed.answers.front().questionText,
                 std::string("Was the deployment reviewed by the platform team?"));
        QCOMPARE(removed.answers.front().before, std::string("Yes"));
        QCOMPARE(removed.answers.front().after, std::string("Not answered"));
    }

    // Evaluations of the wrong shape (a damaged or foreign payload) are read without
    // throwing: missing values are empty, not guessed.
    void malformedEvaluationsDoNotThrow()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const services::AssessmentService service(library, "alice");
        const auto first = answers({{"contract.baa", "unknown"}, {"data.categories", {"phi"}}});
        const auto id = *service.createDraft(*m_questionnaire, first,
                                             model::AssessmentMeta::fromAnswers(first));
        const auto good = service.open(id)->payload;
        auto bad = good;
        bad.evaluation = {{"tier", 3}, {"verdict", nullptr}, {"findings", "baa-missing"}};
        const auto comparison = services::compareRevisions(good, m_questionnaire->questionnaire,
                                                           bad, m_questionnaire->questionnaire);
        QVERIFY(!comparison.tierAfter);
        QCOMPARE(comparison.verdictAfter, std::string());
        QVERIFY(comparison.findingsAdded.empty());
        QVERIFY(comparison.findingsKept.empty());
        QCOMPARE(findingIds(comparison.findingsRemoved).size(), good.evaluation["findings"].size());
        QVERIFY(!comparison.findingsRemoved.empty());
        bad.evaluation = json::array({1, 2});
        const auto notAnObject = services::compareRevisions(bad, m_questionnaire->questionnaire,
                                                            bad, m_questionnaire->questionnaire);
        QVERIFY(notAnObject.isEmpty());
    }

    void displayTextOfSingleAnswers()
    {
        const auto& questionnaire = m_questionnaire->questionnaire;
        const model::AnswerValue yes = std::string("unknown");
        QCOMPARE(services::answerDisplayText(questionnaire.question("usecase.human_review"), &yes),
                 std::string("Unknown"));
        const model::AnswerValue value = std::string("not_needed");
        QCOMPARE(services::answerDisplayText(questionnaire.question("contract.baa"), &value),
                 label("contract.baa", "not_needed"));
        QCOMPARE(services::answerDisplayText(nullptr, &value), std::string("not_needed"));
        QCOMPARE(services::answerDisplayText(questionnaire.question("contract.baa"), nullptr),
                 std::string("Not answered"));
        const model::AnswerValue none = std::vector<std::string>{};
        QCOMPARE(services::answerDisplayText(questionnaire.question("data.categories"), &none),
                 std::string("Not answered"));
    }
};

QTEST_GUILESS_MAIN(TestRevisionComparison)
#include "TestRevisionComparison.moc"
