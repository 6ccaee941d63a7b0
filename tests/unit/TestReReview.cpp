// SPDX-License-Identifier: Apache-2.0
// When an assessment should be looked at again: review date passed, vendor sources
// more than 12 calendar months old, remediation actions overdue. Fixed dates only.
#include "TestSupport.h"
#include "model/QuestionnaireLoader.h"
#include "services/ReReview.h"

#include <QObject>

using namespace vouch;
using Reason = services::ReReviewState::Reason;

namespace {

constexpr auto kToday = "2026-11-22";

model::Source source(std::string id, std::string asOf)
{
    model::Source result;
    result.title = "Title of " + id;
    result.id = std::move(id);
    result.asOf = std::move(asOf);
    return result;
}

model::Questionnaire questionnaireWith(std::vector<model::Source> sources)
{
    model::Questionnaire questionnaire;
    questionnaire.sources = std::move(sources);
    return questionnaire;
}

store::AssessmentRecord record(std::optional<std::string> reviewDue,
                               std::optional<std::string> nextActionDue)
{
    store::AssessmentRecord result;
    result.id = "a";
    result.status = "signed";
    result.fields.reviewDue = std::move(reviewDue);
    result.fields.nextActionDue = std::move(nextActionDue);
    return result;
}

std::vector<std::string> staleIds(const services::ReReviewState& state)
{
    std::vector<std::string> ids;
    for (const auto& stale : state.staleSources) {
        ids.push_back(stale.id);
    }
    return ids;
}

} // namespace

class TestReReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingDueMeansNoReReview()
    {
        const auto state =
            services::reReviewStateOf(record("2027-01-01", "2026-12-01"),
                                      questionnaireWith({source("fresh", "2026-06-01")}), kToday);
        QVERIFY(!state.isNeeded());
        QVERIFY(state.reasons.empty());
        QVERIFY(state.staleSources.empty());
        QCOMPARE(state.sourcesCutoff, std::string("2025-11-22"));
        // No dates at all is not a reason either.
        QVERIFY(!services::reReviewStateOf(record(std::nullopt, std::nullopt),
                                           questionnaireWith({}), kToday)
                     .isNeeded());
    }

    void reviewDatePassed()
    {
        const auto state = services::reReviewStateOf(record("2026-11-21", std::nullopt),
                                                     questionnaireWith({}), kToday);
        QCOMPARE(state.reasons.size(), std::size_t{1});
        QCOMPARE(state.reasons.front().reason, Reason::ReviewDatePassed);
        QCOMPARE(state.reasons.front().message,
                 std::string("The review was due on 2026-11-21 and is overdue."));
        // Due today is not yet overdue.
        QVERIFY(
            !services::reReviewStateOf(record(kToday, std::nullopt), questionnaireWith({}), kToday)
                 .has(Reason::ReviewDatePassed));
    }

    // Exactly 12 months old is not stale; a day more is. Undated sources are skipped.
    void sourcesOlderThanTwelveMonths()
    {
        const auto questionnaire = questionnaireWith({
            source("day-too-old", "2025-11-21"),
            source("exactly-a-year", "2025-11-22"),
            source("fresh", "2026-11-01"),
            source("ancient", "2023-07-01"),
            source("undated", ""),
            source("garbage", "2023-13-45"),
        });
        const auto state =
            services::reReviewStateOf(record(std::nullopt, std::nullopt), questionnaire, kToday);
        QCOMPARE(staleIds(state), (std::vector<std::string>{"day-too-old", "ancient"}));
        QCOMPARE(state.staleSources[1].title, std::string("Title of ancient"));
        QCOMPARE(state.staleSources[1].asOf, std::string("2023-07-01"));
        QCOMPARE(state.reasons.size(), std::size_t{1});
        QCOMPARE(state.reasons.front().reason, Reason::SourcesOutdated);
        QCOMPARE(state.reasons.front().message,
                 std::string("2 sources are more than 12 months old (oldest: Title of ancient, as "
                             "of 2023-07-01); check that the vendor facts still hold."));
        QVERIFY(state.reasons.front().message.find('\n') == std::string::npos);
        QCOMPARE(state.reasons.front().date, std::string("2023-07-01"));
        // Old vendor facts concern the questionnaire, not this assessment's review.
        QVERIFY(state.isNeeded());
        QVERIFY(!state.isAssessmentDue());

        const auto one =
            services::reReviewStateOf(record(std::nullopt, std::nullopt),
                                      questionnaireWith({source("old", "2020-01-01")}), kToday);
        QVERIFY(one.reasons.front().message.starts_with("1 source is more than 12 months old"));
    }

    void overdueActions()
    {
        const auto state = services::reReviewStateOf(record(std::nullopt, "2026-11-21"),
                                                     questionnaireWith({}), kToday);
        QCOMPARE(state.reasons.size(), std::size_t{1});
        QCOMPARE(state.reasons.front().reason, Reason::ActionsOverdue);
        QCOMPARE(state.reasons.front().message,
                 std::string("A remediation action was due on 2026-11-21 and is not done."));
        QCOMPARE(state.reasons.front().date, std::string("2026-11-21"));
        QVERIFY(state.isAssessmentDue());
        QVERIFY(
            !services::reReviewStateOf(record(std::nullopt, kToday), questionnaireWith({}), kToday)
                 .isNeeded());
    }

    void allReasonsInOrder()
    {
        const auto state =
            services::reReviewStateOf(record("2026-01-01", "2026-02-01"),
                                      questionnaireWith({source("old", "2024-01-01")}), kToday);
        QCOMPARE(state.reasons.size(), std::size_t{3});
        QCOMPARE(state.reasons[0].reason, Reason::ReviewDatePassed);
        QCOMPARE(state.reasons[1].reason, Reason::SourcesOutdated);
        QCOMPARE(state.reasons[2].reason, Reason::ActionsOverdue);
    }

    void invalidTodayGivesNoReasons()
    {
        for (const auto* today : {"", "yesterday", "2026-02-30", "2026-11-22T00:00:00Z"}) {
            const auto state =
                services::reReviewStateOf(record("2000-01-01", "2000-01-01"),
                                          questionnaireWith({source("old", "1999-01-01")}), today);
            QVERIFY2(!state.isNeeded(), today);
        }
    }

    // The shipped questionnaire on a fixed day: its oldest seed source is stale, a page
    // dated January 2026 is not. (Pages read in Aug 2025 - Jan 2026 without a recorded
    // date that could not be confirmed carry the window's start, 2025-08-01, and so count
    // as stale.)
    void shippedQuestionnaireSources()
    {
        auto loaded = model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath());
        QVERIFY(loaded.ok());
        const auto state = services::reReviewStateOf(record(std::nullopt, std::nullopt),
                                                     loaded.value->questionnaire, kToday);
        const auto ids = staleIds(state);
        QVERIFY(std::find(ids.begin(), ids.end(), "seed-001") != ids.end());
        QVERIFY(std::find(ids.begin(), ids.end(), "ms-responses-api") == ids.end());
        for (const auto& stale : state.staleSources) {
            QVERIFY2(stale.asOf < "2025-11-22", stale.id.c_str());
        }
        QVERIFY(state.has(Reason::SourcesOutdated));
    }

    void monthsBefore_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a year") << QStringLiteral("2026-11-22") << 12
                                << QStringLiteral("2025-11-22");
        QTest::newRow("leap day") << QStringLiteral("2028-02-29") << 12
                                  << QStringLiteral("2027-02-28");
        QTest::newRow("into a leap february")
            << QStringLiteral("2029-02-28") << 12 << QStringLiteral("2028-02-28");
        QTest::newRow("31st to 28th")
            << QStringLiteral("2026-03-31") << 1 << QStringLiteral("2026-02-28");
        QTest::newRow("across the year")
            << QStringLiteral("2026-01-15") << 1 << QStringLiteral("2025-12-15");
        QTest::newRow("invalid") << QStringLiteral("2026-02-30") << 12 << QString();
        QTest::newRow("not a date") << QStringLiteral("soon") << 12 << QString();
    }
    void monthsBefore()
    {
        QFETCH(QString, date);
        QFETCH(int, months);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(services::monthsBefore(date.toStdString(), months)),
                 expected);
    }
};

QTEST_GUILESS_MAIN(TestReReview)
#include "TestReReview.moc"
