// SPDX-License-Identifier: Apache-2.0
// The library lists assessments with overdue remediation actions: the earliest due
// date of the actions not done is kept with the assessment on every save, sign and
// fallback, and ListQuery::overdueActionsOnly filters on it.
#include "LibraryFixture.h"
#include "TestSupport.h"
#include "services/AssessmentService.h"
#include "services/SigningService.h"

#include <QObject>
#include <QTemporaryDir>

#include <set>

using namespace vouch;
using nlohmann::json;

namespace {

constexpr auto kToday = "2026-11-22";

model::RemediationAction action(std::string due, model::ActionStatus status)
{
    return {"baa-missing", "Sign the BAA", "Legal", std::move(due), status};
}

} // namespace

class TestOverdueActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::optional<model::QuestionnaireSnapshot> m_questionnaire;
    model::Answers m_baseline;

    std::string draftWith(const services::AssessmentService& service, const std::string& title,
                          std::vector<model::RemediationAction> actions) const
    {
        auto answers = m_baseline;
        answers.actions = std::move(actions);
        auto meta = model::AssessmentMeta::fromAnswers(answers);
        meta.title = title;
        auto id = service.createDraft(*m_questionnaire, answers, meta);
        if (!id) {
            qFatal("%s", id.error().message.c_str());
        }
        return *id;
    }

    static std::set<std::string> overdueTitles(const store::Library& library,
                                               const std::string& today = kToday)
    {
        store::ListQuery query;
        query.overdueActionsOnly = true;
        query.today = today;
        auto page = library.list(query);
        std::set<std::string> titles;
        for (const auto& row : page->rows) {
            titles.insert(row.fields.title);
        }
        if (page->total != static_cast<std::int64_t>(titles.size())) {
            qFatal("total and rows disagree");
        }
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto loaded = model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath());
        QVERIFY(loaded.ok());
        m_questionnaire = std::move(*loaded.value);
        auto answers = model::parseAnswers(test::readJson(test::baselineAnswersPath()),
                                           m_questionnaire->questionnaire, "baseline.json");
        QVERIFY(answers.ok());
        m_baseline = std::move(*answers.value);
    }

    void nextActionDueIsTheEarliestNotDone()
    {
        model::AssessmentPayload payload;
        QVERIFY(!services::AssessmentService::fieldsOf(payload).nextActionDue);
        payload.answers.actions = {action("2026-12-01", model::ActionStatus::Open),
                                   action("2026-10-01", model::ActionStatus::Done),
                                   action("", model::ActionStatus::Open),
                                   action("2026-11-15", model::ActionStatus::InProgress)};
        QCOMPARE(services::AssessmentService::fieldsOf(payload).nextActionDue.value_or(""),
                 std::string("2026-11-15"));
        payload.answers.actions = {action("2026-10-01", model::ActionStatus::Done),
                                   action("", model::ActionStatus::Open)};
        QVERIFY(!services::AssessmentService::fieldsOf(payload).nextActionDue);
    }

    // Due yesterday and open: listed. Done, due tomorrow, or no plan: not listed.
    void overdueActionsOnlyListsOpenActionsPastTheirDate()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const services::AssessmentService service(library, "alice");
        const auto late =
            draftWith(service, "Late", {action("2026-11-21", model::ActionStatus::Open)});
        draftWith(service, "Late in progress",
                  {action("2026-11-21", model::ActionStatus::InProgress),
                   action("2026-12-30", model::ActionStatus::Open)});
        draftWith(service, "Done", {action("2026-11-21", model::ActionStatus::Done)});
        draftWith(service, "Tomorrow", {action("2026-11-23", model::ActionStatus::Open)});
        draftWith(service, "Today", {action(kToday, model::ActionStatus::Open)});
        draftWith(service, "No plan", {});

        QCOMPARE(overdueTitles(library), (std::set<std::string>{"Late", "Late in progress"}));
        QCOMPARE((*library.assessment(late))->fields.nextActionDue.value_or(""),
                 std::string("2026-11-21"));
        // A day later, "Today" is late too; "Tomorrow" still is not.
        QCOMPARE(overdueTitles(library, "2026-11-23"),
                 (std::set<std::string>{"Late", "Late in progress", "Today"}));

        // Marking the action done takes the assessment off the list.
        auto answers = service.open(late)->payload.answers;
        answers.actions.front().status = model::ActionStatus::Done;
        QCOMPARE(*service.updateDraft(late, answers, std::nullopt), 2);
        QVERIFY(!(*library.assessment(late))->fields.nextActionDue);
        QCOMPARE(overdueTitles(library), (std::set<std::string>{"Late in progress"}));

        // Sorted by it, the latest first (no date sorts lowest).
        store::ListQuery sorted;
        sorted.sort = store::SortColumn::NextActionDue;
        sorted.descending = true;
        QCOMPARE(library.list(sorted)->rows.front().fields.title, std::string("Tomorrow"));
    }

    // Deleting a draft falls back to the signed revision, and to its action plan.
    void deletingADraftRestoresTheSignedPlan()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const services::AssessmentService service(library, "alice");
        const auto id =
            draftWith(service, "Signed plan", {action("2026-11-01", model::ActionStatus::Open)});
        const auto signedRevision = service.open(id)->revision;
        QVERIFY(library.appendRevision(
            id, services::AssessmentService::fieldsOf(service.open(id)->payload),
            {signedRevision.payload, signedRevision.questionnaireSha256, "alice",
             store::RevisionKind::Signed},
            store::AuditAction::Sign));
        QCOMPARE(overdueTitles(library), std::set<std::string>{"Signed plan"});

        auto answers = service.open(id)->payload.answers;
        answers.actions.front().due = "2027-01-01";
        QCOMPARE(*service.updateDraft(id, answers, std::nullopt), 3);
        QCOMPARE((*library.assessment(id))->fields.nextActionDue.value_or(""),
                 std::string("2027-01-01"));
        QVERIFY(overdueTitles(library).empty());

        QVERIFY(service.deleteDraft(id));
        QCOMPARE((*library.assessment(id))->fields.nextActionDue.value_or(""),
                 std::string("2026-11-01"));
        QCOMPARE(overdueTitles(library), std::set<std::string>{"Signed plan"});
    }

    // Signing through the service and importing the package elsewhere keep the date.
    void signingAndImportKeepTheDate()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const services::AssessmentService service(library, "alice");
        const auto id =
            draftWith(service, "To sign", {action("2026-11-20", model::ActionStatus::Open)});
        const auto key =
            test::makeSigningKey(m_dir.filePath(QStringLiteral("alice.key")).toStdString(),
                                 {"Alice", "Assessor", "alice@example.org"});
        const services::SigningService signing(&library, "alice");
        const auto signedNumber =
            signing.signAssessment(id, key, signing::SignatureRole::Assessor,
                                   services::defaultAttestation(signing::SignatureRole::Assessor));
        QVERIFY2(signedNumber, signedNumber ? "" : signedNumber.error().message.c_str());
        const auto record = *library.assessment(id);
        QCOMPARE(record->status, std::string("signed"));
        QCOMPARE(record->fields.nextActionDue.value_or(""), std::string("2026-11-20"));

        auto other = test::newLibrary(m_dir, m_counter);
        test::trustKey(other, key);
        const services::SigningService into(&other, "bob");
        const auto imported = into.importPackage(*signing.packageOf(id), "export.vouch");
        QVERIFY2(imported, imported ? "" : imported.error().message.c_str());
        QCOMPARE((*other.assessment(id))->fields.nextActionDue.value_or(""),
                 std::string("2026-11-20"));
        QCOMPARE(overdueTitles(other), std::set<std::string>{"To sign"});
    }
};

QTEST_GUILESS_MAIN(TestOverdueActions)
#include "TestOverdueActions.moc"
