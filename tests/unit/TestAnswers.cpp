// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"
#include "model/Answers.h"
#include "model/QuestionnaireLoader.h"

#include <QObject>

#include <set>

using namespace vouch::model;
using nlohmann::json;

class TestAnswers : public QObject
{
    Q_OBJECT

private:
    Questionnaire m_questionnaire;

    Loaded<Answers> parse(const json& answers, const json& meta = json::object()) const
    {
        return parseAnswers(json{{"answers", answers}, {"meta", meta}}, m_questionnaire, "a.json");
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = loadQuestionnaireFile(vouch::test::dataPath("questionnaires/minimal.json"));
        QVERIFY(loaded.ok());
        m_questionnaire = std::move(*loaded.value);
    }

    void readsEveryAnswerType()
    {
        const auto loaded = parse({{"use.tier", "critical"},
                                   {"data.kinds", {"public", "health"}},
                                   {"review.done", "yes"},
                                   {"review.who", "Dr. Ärztin <b>"},
                                   {"review.since", "2024-02-29"},
                                   {"shared.matrix",
                                    {{"platform", {{"status", "in_place"}, {"evidence", "SOC 2"}}},
                                     {"access", {{"status", "gap"}}}}}},
                                  {{"title", "Triage bot"}});
        QVERIFY(loaded.ok());
        const auto& answers = *loaded.value;
        QCOMPARE(std::get<std::string>(*answers.find("use.tier")), std::string("critical"));
        // Selections are kept in the questionnaire's option order.
        QCOMPARE(std::get<std::vector<std::string>>(*answers.find("data.kinds")),
                 (std::vector<std::string>{"health", "public"}));
        QCOMPARE(std::get<std::string>(*answers.find("review.who")), std::string("Dr. Ärztin <b>"));
        const auto& matrix = std::get<MatrixAnswer>(*answers.find("shared.matrix"));
        QCOMPARE(matrix.at("platform").status, MatrixStatus::InPlace);
        QCOMPARE(matrix.at("platform").evidence, std::string("SOC 2"));
        QCOMPARE(matrix.at("access").status, MatrixStatus::Gap);
        QCOMPARE(answers.meta.at("title"), std::string("Triage bot"));
    }

    void nullMeansUnanswered()
    {
        const auto loaded = parse({{"use.tier", nullptr}});
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value->find("use.tier") == nullptr);
    }

    void badAnswersAreRejected_data()
    {
        QTest::addColumn<QByteArray>("answers");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, const json& answers, const char* place,
                            const char* message) {
            QTest::newRow(name) << QByteArray::fromStdString(answers.dump())
                                << QString::fromUtf8(place) << QString::fromUtf8(message);
        };
        row("unknown question", {{"use.tyre", "critical"}}, "/answers/use.tyre",
            "unknown question \"use.tyre\" in questionnaire test-minimal 1.2.3");
        row("single given a number", {{"use.tier", 3}}, "/answers/use.tier",
            "expected a string, found a number");
        row("single given an unknown value", {{"use.tier", "urgent"}}, "/answers/use.tier",
            "\"urgent\" is not a value of \"use.tier\" (expected critical or routine)");
        row("yes/no given true", {{"review.done", true}}, "/answers/review.done",
            "expected a string, found a boolean");
        row("yes/no given maybe", {{"review.done", "maybe"}}, "/answers/review.done",
            "(expected yes, no or unknown)");
        row("multiple given a string", {{"data.kinds", "health"}}, "/answers/data.kinds",
            "expected an array of values, found a string");
        row("multiple with an unknown value", {{"data.kinds", {"health", "wealth"}}},
            "/answers/data.kinds/1", "\"wealth\" is not a value of \"data.kinds\"");
        row("multiple with a duplicate", {{"data.kinds", {"health", "health"}}},
            "/answers/data.kinds/1", "\"health\" is selected twice");
        row("exclusive value combined", {{"data.kinds", {"none", "health"}}}, "/answers/data.kinds",
            "\"none\" cannot be combined with other choices");
        row("text over its limit", {{"review.who", std::string(21, 'x')}}, "/answers/review.who",
            "text is 21 characters, more than the limit of 20");
        row("date not a date", {{"review.since", "2025-02-30"}}, "/answers/review.since",
            "expected a date as YYYY-MM-DD, found \"2025-02-30\"");
        row("matrix given an array", {{"shared.matrix", json::array()}}, "/answers/shared.matrix",
            "expected an object from item id to status");
        row("matrix with an unknown item", {{"shared.matrix", {{"network", {{"status", "gap"}}}}}},
            "/answers/shared.matrix/network", "unknown item \"network\" of \"shared.matrix\"");
        row("matrix with an unknown status",
            {{"shared.matrix", {{"access", {{"status", "done"}}}}}},
            "/answers/shared.matrix/access/status",
            "expected in_place, planned, gap or not_applicable, found \"done\"");
        row("matrix entry without status", {{"shared.matrix", {{"access", {{"evidence", "x"}}}}}},
            "/answers/shared.matrix/access", "missing required key \"status\"");
        row("matrix entry with unknown key",
            {{"shared.matrix", {{"access", {{"status", "gap"}, {"owner", "me"}}}}}},
            "/answers/shared.matrix/access/owner", "unknown key \"owner\"");
    }
    void badAnswersAreRejected()
    {
        QFETCH(QByteArray, answers);
        QFETCH(QString, place);
        QFETCH(QString, message);
        const auto loaded = parse(json::parse(answers.toStdString()));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.errors.size(), std::size_t{1});
        const auto& error = loaded.errors.front();
        QCOMPARE(error.file, std::string("a.json"));
        QCOMPARE(error.place, place.toStdString());
        QVERIFY2(error.message.find(message.toStdString()) != std::string::npos,
                 error.message.c_str());
    }

    void badDocumentShapes()
    {
        const auto notObject = parseAnswers(json::array(), m_questionnaire, "a.json");
        QCOMPARE(
            notObject.errors.front().toString(),
            std::string("a.json: /: expected an answers document (an object), found an array"));
        const auto noAnswers =
            parseAnswers(json{{"meta", json::object()}}, m_questionnaire, "a.json");
        QCOMPARE(noAnswers.errors.front().toString(),
                 std::string("a.json: /: missing required key \"answers\""));
        const auto extraKey = parseAnswers(json{{"answers", json::object()}, {"answer", 1}},
                                           m_questionnaire, "a.json");
        QCOMPARE(extraKey.errors.front().place, std::string("/answer"));
        const auto badMeta = parse(json::object(), {{"title", 5}});
        QCOMPARE(badMeta.errors.front().toString(),
                 std::string("a.json: /meta/title: expected a string, found a number"));
    }

    void actionPlanIsRead()
    {
        const auto loaded = parseAnswers(json{{"answers", json::object()},
                                              {"actions",
                                               {{{"finding", "no-review"},
                                                 {"what", "Add clinician sign-off"},
                                                 {"owner", "Dr. Lee"},
                                                 {"due", "2026-12-31"}},
                                                {{"finding", "responsibility-gap"},
                                                 {"what", "Name an owner"},
                                                 {"owner", "CISO"},
                                                 {"due", "2027-01-15"},
                                                 {"status", "in_progress"}}}}},
                                         m_questionnaire, "a.json");
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value->actions.size(), std::size_t{2});
        QCOMPARE(loaded.value->actions[0].status, ActionStatus::Open);
        QCOMPARE(loaded.value->actions[1].status, ActionStatus::InProgress);
        QCOMPARE(loaded.value->actions[1].owner, std::string("CISO"));
    }

    void badActionsAreRejected()
    {
        const auto loaded = parseAnswers(json{{"answers", json::object()},
                                              {"actions",
                                               {{{"finding", "no-such-rule"},
                                                 {"what", "x"},
                                                 {"owner", "y"},
                                                 {"due", "2026-02-30"},
                                                 {"status", "late"}},
                                                {{"finding", "no-review"}, {"what", "x"}}}}},
                                         m_questionnaire, "a.json");
        QVERIFY(!loaded.ok());
        std::set<std::string> places;
        for (const auto& error : loaded.errors) {
            places.insert(error.place + ": " + error.message);
        }
        QVERIFY(places.contains("/actions/0/finding: unknown finding \"no-such-rule\""));
        QVERIFY(
            places.contains("/actions/0/due: expected a date as YYYY-MM-DD, found \"2026-02-30\""));
        QVERIFY(places.contains(
            "/actions/0/status: expected open, in_progress or done, found \"late\""));
        QVERIFY(places.contains("/actions/1: missing required key \"owner\""));
        QVERIFY(places.contains("/actions/1: missing required key \"due\""));
    }

    void everyProblemIsListed()
    {
        const auto loaded = parse({{"use.tier", "urgent"}, {"review.done", 1}, {"nope", "x"}});
        QCOMPARE(loaded.errors.size(), std::size_t{3});
    }

    void answeredMeansMoreThanPresent()
    {
        const auto* text = m_questionnaire.question("review.who");
        QVERIFY(!isAnswered(*text, AnswerValue{std::string("  \n")}));
        QVERIFY(isAnswered(*text, AnswerValue{std::string("Dr. X")}));
        const auto* kinds = m_questionnaire.question("data.kinds");
        QVERIFY(!isAnswered(*kinds, AnswerValue{std::vector<std::string>{}}));
        const auto* matrix = m_questionnaire.question("shared.matrix");
        MatrixAnswer partial{{"platform", {MatrixStatus::InPlace, {}}}};
        QVERIFY(!isAnswered(*matrix, AnswerValue{partial}));
        partial.emplace("access", MatrixEntry{MatrixStatus::NotApplicable, {}});
        QVERIFY(isAnswered(*matrix, AnswerValue{partial}));
    }

    void loadsFromFileWithFileName()
    {
        const auto loaded = loadAnswersFile(vouch::test::dataPath("questionnaires/malformed.json"),
                                            m_questionnaire);
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.errors.front().file.ends_with("malformed.json"));
    }
};

QTEST_GUILESS_MAIN(TestAnswers)
#include "TestAnswers.moc"
