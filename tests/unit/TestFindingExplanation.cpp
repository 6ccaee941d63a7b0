// SPDX-License-Identifier: Apache-2.0
// A finding explained in full for the window: its answers in the questionnaire's words
// and its sources with their dates, without a display.
#include "TestSupport.h"
#include "services/DraftEditor.h"
#include "services/FindingExplanation.h"

#include <QTest>

using namespace vouch;

namespace {

const rules::Finding* findingById(const rules::Evaluation& evaluation, std::string_view id)
{
    for (const auto& finding : evaluation.findings) {
        if (finding.id == id) {
            return &finding;
        }
    }
    return nullptr;
}

} // namespace

class TestFindingExplanation : public QObject
{
    Q_OBJECT

private:
    static model::QuestionnaireSnapshot shipped()
    {
        return std::move(
            *model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath()).value);
    }

private Q_SLOTS:
    void answersReadInTheQuestionnairesWords()
    {
        services::DraftEditor draft(shipped());
        draft.setAnswer("data.residency_requirement", std::string("eu_eea"));
        draft.setAnswer("deployment.type", std::string("global"));
        const auto* finding = findingById(draft.evaluation(), "residency-conflict");
        QVERIFY(finding != nullptr);
        const auto explained = services::explainFinding(draft.questionnaire(), *finding);
        QCOMPARE(explained.id, std::string("residency-conflict"));
        QCOMPARE(explained.rationale, finding->rationale);
        QCOMPARE(explained.recommendation, finding->recommendation);
        QCOMPARE(explained.because.size(), std::size_t{2});
        bool sawDeployment = false;
        for (const auto& answer : explained.because) {
            const auto* question = draft.questionnaire().question(answer.questionId);
            QVERIFY(question != nullptr);
            QCOMPARE(answer.question, question->text);
            QVERIFY(answer.item.empty());
            QCOMPARE(answer.labels.size(), answer.values.size());
            if (answer.questionId == "deployment.type") {
                sawDeployment = true;
                QCOMPARE(answer.values, std::vector<std::string>{"global"});
                QCOMPARE(answer.labels.front(), question->option("global")->label);
            }
        }
        QVERIFY(sawDeployment);
    }

    void yesNoUnknownKeepsTheValueForTheCallerToTranslate()
    {
        services::DraftEditor draft(shipped());
        draft.setAnswer("usecase.tier", std::string("clinical_facing"));
        draft.setAnswer("usecase.human_review", std::string("no"));
        const auto* finding = findingById(draft.evaluation(), "human-oversight-missing");
        QVERIFY(finding != nullptr);
        const auto explained = services::explainFinding(draft.questionnaire(), *finding);
        const auto review = std::find_if(
            explained.because.begin(), explained.because.end(),
            [](const auto& answer) { return answer.questionId == "usecase.human_review"; });
        QVERIFY(review != explained.because.end());
        QCOMPARE(review->type, model::QuestionType::YesNoUnknown);
        QCOMPARE(review->labels, std::vector<std::string>{"no"});
    }

    void sourcesAreDatedEachOnceInOrder()
    {
        services::DraftEditor draft(shipped());
        draft.setAnswer("data.residency_requirement", std::string("eu_eea"));
        draft.setAnswer("deployment.type", std::string("global"));
        auto finding = *findingById(draft.evaluation(), "residency-conflict");
        QVERIFY(finding.sources.size() >= 2);
        // A repeated id is listed once; an unknown id is kept, titled with itself.
        finding.sources.push_back(finding.sources.front());
        finding.sources.emplace_back("no-such-source");
        const auto explained = services::explainFinding(draft.questionnaire(), finding);
        QCOMPARE(explained.sources.size(), finding.sources.size() - 1);
        for (std::size_t i = 0; i + 1 < explained.sources.size(); ++i) {
            const auto* source = draft.questionnaire().source(finding.sources[i]);
            QCOMPARE(explained.sources[i].id, source->id);
            QCOMPARE(explained.sources[i].title, source->title);
            QCOMPARE(explained.sources[i].publisher, source->publisher);
            QCOMPARE(explained.sources[i].asOf, source->asOf);
            QVERIFY(!explained.sources[i].asOf.empty());
        }
        QCOMPARE(explained.sources.back().title, std::string("no-such-source"));
        QVERIFY(explained.sources.back().asOf.empty());
    }

    void aMatrixGapNamesTheItem()
    {
        services::DraftEditor draft(shipped());
        const auto* matrix = draft.questionnaire().question("responsibility.matrix");
        QVERIFY(matrix != nullptr && !matrix->items.empty());
        const auto& item = matrix->items.front();
        model::MatrixAnswer answer;
        answer[item.id] = model::MatrixEntry{model::MatrixStatus::Gap, "nobody owns it"};
        draft.setAnswer("responsibility.matrix", answer);
        const auto* finding = findingById(draft.evaluation(), rules::kResponsibilityGapFinding);
        QVERIFY(finding != nullptr);
        const auto explained = services::explainFinding(draft.questionnaire(), *finding);
        QCOMPARE(explained.because.size(), std::size_t{1});
        QCOMPARE(explained.because.front().item, item.id);
        QCOMPARE(explained.because.front().itemTitle, item.title);
        QCOMPARE(explained.because.front().type, model::QuestionType::Matrix);
        QCOMPARE(explained.because.front().labels, std::vector<std::string>{"gap"});
    }
};

QTEST_GUILESS_MAIN(TestFindingExplanation)
#include "TestFindingExplanation.moc"
