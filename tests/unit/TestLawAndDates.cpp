// SPDX-License-Identifier: Apache-2.0
// Issue 14 sections 3b and 4 in the shipped Azure OpenAI questionnaire: which law applies
// (HIPAA, GDPR, German § 393 SGB V), each rule firing and a near miss that does not.
#include "TestSupport.h"
#include "model/QuestionnaireLoader.h"
#include "rules/Evaluator.h"

#include <QObject>

#include <algorithm>

using namespace vouch::model;
using namespace vouch::rules;
using nlohmann::json;

class TestLawAndDates : public QObject
{
    Q_OBJECT

private:
    Questionnaire m_questionnaire;
    json m_baseline;

    // The baseline answers with `set` applied and `unset` removed.
    Evaluation evaluateVariant(const json& set, const json& unset = json::array()) const
    {
        json answers = m_baseline["answers"];
        answers.update(set);
        for (const auto& key : unset) {
            answers.erase(key.get<std::string>());
        }
        auto parsed = parseAnswers(json{{"answers", answers}}, m_questionnaire, "variant.json");
        if (!parsed.ok()) {
            qFatal("invalid test answers: %s", parsed.errors.front().toString().c_str());
        }
        return evaluate(m_questionnaire, *parsed.value);
    }

    static QByteArray dump(const json& value) { return QByteArray::fromStdString(value.dump()); }

    static json with(json base, const json& more)
    {
        base.update(more);
        return base;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = loadQuestionnaireFile(vouch::test::shippedQuestionnairePath());
        QVERIFY(loaded.ok());
        m_questionnaire = std::move(*loaded.value);
        m_baseline = vouch::test::readJson(vouch::test::baselineAnswersPath());
    }

    void jurisdictionSelectsTheLaw_data()
    {
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QByteArray>("set");
        QTest::addColumn<bool>("fires");
        const auto row = [](const char* name, const char* finding, const json& set, bool fires) {
            QTest::newRow(name) << QString::fromUtf8(finding) << dump(set) << fires;
        };
        const json phiNoBaa = {{"data.categories", {"phi"}},
                               {"data.dpia", "completed"},
                               {"contract.dpa_scc", "yes"},
                               {"contract.baa", "not_executed"}};
        const json healthNoDpia = {{"data.categories", {"special_category"}},
                                   {"data.dpia", "not_started"},
                                   {"contract.dpa_scc", "yes"}};
        row("HIPAA: unanswered keeps baa-missing", "baa-missing", phiNoBaa, true);
        row("HIPAA: US", "baa-missing",
            with(phiNoBaa, {{"organisation.jurisdictions", {"us_hipaa", "eu_gdpr"}}}), true);
        row("HIPAA: Munich hospital, GDPR and Germany only", "baa-missing",
            with(phiNoBaa, {{"organisation.jurisdictions", {"eu_gdpr", "de"}}}), false);
        row("HIPAA: preview with PHI outside HIPAA", "phi-preview-baa",
            with(phiNoBaa,
                 {{"organisation.jurisdictions", {"uk_gdpr"}}, {"features.preview_in_use", "yes"}}),
            false);
        row("HIPAA: preview with PHI under HIPAA", "phi-preview-baa",
            with(phiNoBaa, {{"organisation.jurisdictions", {"us_hipaa"}},
                            {"features.preview_in_use", "yes"}}),
            true);
        row("HIPAA control: outside HIPAA", "control-denied.hipaa-baa",
            with(phiNoBaa, {{"organisation.jurisdictions", {"eu_gdpr"}}}), false);

        row("GDPR: unanswered keeps the DPIA check", "no-dpia-health-data", healthNoDpia, true);
        row("GDPR: EU", "no-dpia-health-data",
            with(healthNoDpia, {{"organisation.jurisdictions", {"eu_gdpr"}}}), true);
        row("GDPR: UK", "no-dpia-health-data",
            with(healthNoDpia, {{"organisation.jurisdictions", {"uk_gdpr"}}}), true);
        row("GDPR: US only", "no-dpia-health-data",
            with(healthNoDpia, {{"organisation.jurisdictions", {"us_hipaa"}}}), false);

        const json german = with(healthNoDpia, {{"data.dpia", "completed"},
                                                {"organisation.jurisdictions", {"eu_gdpr", "de"}},
                                                {"assurance.artifacts_required", {"iso27001"}},
                                                {"assurance.evidence_status", "scope_confirmed"}});
        row("C5: German health data without C5", "c5-attestation-missing", german, true);
        row("C5: German health data with C5", "c5-attestation-missing",
            with(german, {{"assurance.artifacts_required", {"iso27001", "bsi_c5"}}}), false);
        row("C5: German public data", "c5-attestation-missing",
            with(german, {{"data.categories", {"public"}}}), false);
        row("C5: EU outside Germany", "c5-attestation-missing",
            with(german, {{"organisation.jurisdictions", {"eu_gdpr"}}}), false);
    }
    void jurisdictionSelectsTheLaw()
    {
        QFETCH(QString, finding);
        QFETCH(QByteArray, set);
        QFETCH(bool, fires);
        const auto evaluation = evaluateVariant(json::parse(set.toStdString()));
        QCOMPARE(evaluation.hasFinding(finding.toStdString()), fires);
        if (fires) {
            QVERIFY(!evaluation.finding(finding.toStdString())->because.empty());
        }
    }

    // The C5 attestation is part of the assurance evidence: choosing it asks for its scope.
    void c5IsAssuranceEvidence()
    {
        const auto evaluation = evaluateVariant({{"organisation.jurisdictions", {"eu_gdpr", "de"}},
                                                 {"assurance.artifacts_required", {"bsi_c5"}},
                                                 {"assurance.evidence_status", "stp_access_only"}});
        QVERIFY(evaluation.hasFinding("certification-scope-unconfirmed"));
        QVERIFY(std::any_of(
            evaluation.requiredControls.begin(), evaluation.requiredControls.end(),
            [](const Control* control) { return control->id == "assurance-evidence"; }));
    }
};

QTEST_GUILESS_MAIN(TestLawAndDates)
#include "TestLawAndDates.moc"
