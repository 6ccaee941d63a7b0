// SPDX-License-Identifier: Apache-2.0
// Moving answers from an older questionnaire version to the current one: carried,
// renamed and mapped by the `migrations` block, dropped with the old value kept, and the
// new questions listed (tests/data/migration/minimal-*.json).
#include "TestSupport.h"
#include "migration/AnswerMigration.h"
#include "model/QuestionnaireLoader.h"
#include "rules/Evaluator.h"

#include <QObject>
#include <QTest>

#include <algorithm>

using namespace vouch::model;
using namespace vouch::migration;
using nlohmann::json;

namespace {

Questionnaire loadedFrom(const std::string& path)
{
    auto questionnaire = loadQuestionnaireFile(path);
    if (!questionnaire.ok()) {
        qFatal("%s", questionnaire.errors.front().toString().c_str());
    }
    return std::move(*questionnaire.value);
}

Questionnaire loaded(const std::string& relative)
{
    return loadedFrom(vouch::test::dataPath(relative));
}

bool contains(const std::vector<std::string>& ids, const std::string& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

Answers answersOn(const Questionnaire& questionnaire, const json& answers,
                  const json& actions = json::array())
{
    auto parsed = parseAnswers(
        {{"answers", answers}, {"meta", {{"title", "Triage bot"}}}, {"actions", actions}},
        questionnaire, "answers.json");
    if (!parsed.ok()) {
        qFatal("%s", parsed.errors.front().toString().c_str());
    }
    return std::move(*parsed.value);
}

const DroppedAnswer* droppedOf(const MigrationReport& report, const std::string& question)
{
    const auto it =
        std::find_if(report.dropped.begin(), report.dropped.end(),
                     [&](const DroppedAnswer& entry) { return entry.question == question; });
    return it == report.dropped.end() ? nullptr : &*it;
}

} // namespace

class TestAnswerMigration : public QObject
{
    Q_OBJECT

private:
    Questionnaire m_older = loaded("migration/minimal-1.0.0.json");
    Questionnaire m_current = loaded("migration/minimal-1.2.3.json");

private Q_SLOTS:
    void theLoaderReadsTheMigrationsBlock()
    {
        QCOMPARE(m_current.migrations.size(), std::size_t{1});
        const auto* migration = m_current.migrationFrom("1.0.0");
        QVERIFY(migration != nullptr);
        QCOMPARE(migration->forOldQuestion("review.status")->to, std::string("review.done"));
        QCOMPARE(migration->forOldQuestion("data.kinds")->values.at("phi"), std::string("health"));
        QVERIFY(m_current.migrationFrom("0.9.0") == nullptr);
    }

    void renamedQuestionsAndMappedValuesCarryOver()
    {
        const auto answers = answersOn(
            m_older,
            {{"use.tier", "critical"}, {"review.status", "no"}, {"data.kinds", {"phi", "public"}}});
        const auto migrated = migrateAnswers(m_older, m_current, answers, {});
        const auto& values = migrated.answers.values;
        QCOMPARE(std::get<std::string>(values.at("use.tier")), std::string("critical"));
        QCOMPARE(std::get<std::string>(values.at("review.done")), std::string("no"));
        QCOMPARE(std::get<std::vector<std::string>>(values.at("data.kinds")),
                 (std::vector<std::string>{"health", "public"}));
        QVERIFY(!values.contains("review.status"));
        QCOMPARE(migrated.answers.meta.at("title"), std::string("Triage bot"));

        const auto& report = migrated.report;
        QCOMPARE(report.carried, std::vector<std::string>{"use.tier"});
        QCOMPARE(report.mapped.size(), std::size_t{2});
        const auto& kinds = *std::find_if(report.mapped.begin(), report.mapped.end(),
                                          [](const auto& m) { return m.question == "data.kinds"; });
        VOUCH_COMPARE_JSON(kinds.before, json({"phi", "public"}));
        VOUCH_COMPARE_JSON(kinds.after, json({"health", "public"}));
        const auto& review =
            *std::find_if(report.mapped.begin(), report.mapped.end(),
                          [](const auto& m) { return m.question == "review.done"; });
        QCOMPARE(review.fromQuestion, std::string("review.status"));
        QVERIFY(report.dropped.empty());
        QCOMPARE(report.from.version, std::string("1.0.0"));
        QCOMPARE(report.to.version, std::string("1.2.3"));
    }

    void answersTheCurrentVersionCannotHoldAreDroppedWithTheirOldValue()
    {
        const auto answers = answersOn(
            m_older, {{"data.kinds", {"phi", "genomic"}}, {"legacy.notes", "see the annex"}},
            json::array({{{"finding", "legacy-finding"},
                          {"what", "Read the notes"},
                          {"owner", "Ann"},
                          {"due", "2027-01-01"},
                          {"status", "open"}}}));
        const auto migrated = migrateAnswers(m_older, m_current, answers, {});
        const auto& report = migrated.report;

        const auto* notes = droppedOf(report, "legacy.notes");
        QVERIFY(notes != nullptr);
        VOUCH_COMPARE_JSON(notes->value, json("see the annex"));
        QCOMPARE(notes->reason, std::string("the question is no longer asked"));
        QVERIFY(!migrated.answers.values.contains("legacy.notes"));

        // One value of a multiple choice goes; the rest of the answer stays.
        const auto* genomic = droppedOf(report, "data.kinds");
        QVERIFY(genomic != nullptr);
        VOUCH_COMPARE_JSON(genomic->value, json("genomic"));
        QCOMPARE(genomic->reason, std::string("\"genomic\" is no longer an option"));
        QCOMPARE(std::get<std::vector<std::string>>(migrated.answers.values.at("data.kinds")),
                 std::vector<std::string>{"health"});

        // The action's finding does not exist in 1.2.3: the plan row is reported, not lost.
        QVERIFY(migrated.answers.actions.empty());
        QCOMPARE(report.droppedActions.size(), std::size_t{1});
        QCOMPARE(report.droppedActions.front().what, std::string("Read the notes"));
    }

    void evidenceFollowsARenamedQuestionAndIsReportedWhenItsQuestionIsGone()
    {
        const auto answers = answersOn(m_older, {{"review.status", "yes"}});
        const AttachmentRef onReview{std::string(64, 'a'), "sop.pdf", "application/pdf", 10,
                                     "review.status",      ""};
        const AttachmentRef onNotes{std::string(64, 'b'), "notes.txt", "text/plain", 5,
                                    "legacy.notes",       ""};
        const auto migrated = migrateAnswers(m_older, m_current, answers, {onReview, onNotes});
        QCOMPARE(migrated.attachments.size(), std::size_t{1});
        QCOMPARE(migrated.attachments.front().question, std::string("review.done"));
        QCOMPARE(migrated.report.droppedAttachments.size(), std::size_t{1});
        QCOMPARE(migrated.report.droppedAttachments.front().name, std::string("notes.txt"));
    }

    // review.since is new in 1.2.3 and shows only once review.who is answered.
    void newQuestionsAreListedOnlyWhenVisible()
    {
        const auto reviewed = answersOn(m_older, {{"review.status", "yes"}, {"review.who", "Ann"}});
        const auto shown = migrateAnswers(m_older, m_current, reviewed, {});
        QCOMPARE(shown.report.newQuestions, std::vector<std::string>{"review.since"});

        const auto unreviewed = answersOn(m_older, {{"review.status", "no"}});
        const auto hidden = migrateAnswers(m_older, m_current, unreviewed, {});
        QVERIFY(hidden.report.newQuestions.empty());
    }

    // The shipped questionnaire asks clinical and high-risk assessments three things 1.0.0
    // did not: local validation, the HHS Section 1557 review and the FRIA. They are
    // required where shown, so a clinical, high-risk assessment answered on 1.0.0 lists
    // them as new questions to answer, and its migrated draft stays incomplete, naming
    // them, until they are answered.
    void aClinical100AssessmentMustAnswerTheNewRequiredQuestions()
    {
        const auto older = loaded("migration/azure-openai-1.0.0.json");
        const auto current = loadedFrom(vouch::test::shippedQuestionnairePath());
        auto values = vouch::test::readJson(
                          vouch::test::dataPath("migration/azure-openai-1.0.0-answers.json"))
                          .at("answers");
        values["usecase.tier"] = "clinical_facing";
        values["usecase.validation_evidence"] = "yes";
        values["usecase.regulatory_review"] = "completed";
        values["usecase.ai_act_role"] = "deployer";
        values["usecase.ai_act_high_risk"] = "yes";
        const auto migrated = migrateAnswers(older, current, answersOn(older, values), {});
        const auto evaluation = vouch::rules::evaluate(current, migrated.answers);
        for (const auto* id :
             {"usecase.local_validation", "usecase.section1557_review", "usecase.fria"}) {
            QVERIFY2(contains(migrated.report.newQuestions, id), id);
            QVERIFY2(contains(evaluation.unanswered, id), id);
        }
        QCOMPARE(evaluation.verdict, Verdict::Incomplete);

        // An administrative assessment is not asked them.
        values["usecase.tier"] = "administrative";
        values["usecase.ai_act_high_risk"] = "no";
        const auto administrative = migrateAnswers(older, current, answersOn(older, values), {});
        const auto administrativeEvaluation =
            vouch::rules::evaluate(current, administrative.answers);
        for (const auto* id :
             {"usecase.local_validation", "usecase.section1557_review", "usecase.fria"}) {
            QVERIFY2(!contains(administrative.report.newQuestions, id), id);
            QVERIFY2(!contains(administrativeEvaluation.unanswered, id), id);
        }
    }

    // Without a migration from the older version, answers still carry by id; a question
    // that was renamed then has no target and is dropped, never guessed.
    void withoutADeclaredMigrationAnswersCarryById()
    {
        auto older = m_older;
        older.version = "0.9.0";
        const auto answers =
            answersOn(m_older, {{"use.tier", "routine"}, {"review.status", "yes"}});
        const auto migrated = migrateAnswers(older, m_current, answers, {});
        QCOMPARE(migrated.report.carried, std::vector<std::string>{"use.tier"});
        QVERIFY(droppedOf(migrated.report, "review.status") != nullptr);
        QVERIFY(!migrated.answers.values.contains("review.done"));
    }

    void theReportSurvivesItsJson()
    {
        const auto answers = answersOn(
            m_older,
            {{"use.tier", "critical"}, {"data.kinds", {"phi", "genomic"}}, {"legacy.notes", "x"}});
        auto report = migrateAnswers(m_older, m_current, answers, {}).report;
        report.evaluation =
            EvaluationShift{"high", "high", "ready", "conditional", {"health-public"}, {}};
        const auto document = reportToJson(report);
        const auto back = reportFromJson(document);
        QVERIFY(back.has_value());
        VOUCH_COMPARE_JSON(reportToJson(*back), document);
        QCOMPARE(document["dropped"].size(), std::size_t{2});
        VOUCH_COMPARE_JSON(document["evaluation"]["verdict_after"], json("conditional"));
        QVERIFY(!reportFromJson(json::object()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestAnswerMigration)
#include "TestAnswerMigration.moc"
