// SPDX-License-Identifier: Apache-2.0
// Issue 14 sections 3b and 4 in the shipped Azure OpenAI questionnaire: which law applies
// (HIPAA, GDPR, German § 393 SGB V), each rule firing and a near miss that does not.
#include "TestSupport.h"
#include "model/QuestionnaireLoader.h"
#include "model/TextChecks.h"
#include "rules/Evaluator.h"

#include <QObject>

#include <algorithm>
#include <cctype>
#include <regex>

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
    Evaluation evaluateVariant(const json& set, const json& unset = json::array(),
                               std::string_view asOf = {}) const
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
        return evaluate(m_questionnaire, *parsed.value, asOf);
    }

    static QByteArray dump(const json& value) { return QByteArray::fromStdString(value.dump()); }

    static json with(json base, const json& more)
    {
        base.update(more);
        return base;
    }

    // Every text of the questionnaire an officer reads, with where it is.
    std::vector<std::pair<std::string, std::string>> officerTexts() const
    {
        std::vector<std::pair<std::string, std::string>> texts;
        const auto& q = m_questionnaire;
        texts.push_back({"disclaimer", q.disclaimer});
        texts.push_back({"description", q.description});
        for (const auto& section : q.sections) {
            texts.push_back({section.id, section.title + " " + section.description});
            for (const auto& question : section.questions) {
                texts.push_back({question.id, question.text + " " + question.help.why});
                for (const auto& option : question.options) {
                    texts.push_back(
                        {question.id + "/" + option.value, option.label + " " + option.help});
                }
                for (const auto& item : question.items) {
                    texts.push_back({item.id, item.title + " " + item.description});
                }
            }
        }
        for (const auto& raise : q.tier.raises) {
            texts.push_back({raise.id, raise.reason});
        }
        for (const auto& rule : q.rules) {
            texts.push_back(
                {rule.id, rule.title + " " + rule.rationale + " " + rule.recommendation});
        }
        for (const auto& control : q.controls) {
            texts.push_back({control.id, control.title + " " + control.description});
        }
        for (const auto& source : q.sources) {
            texts.push_back({source.id, source.title + " " + source.publisher + " " + source.note});
        }
        return texts;
    }

    // Whether `text` contains `id` as a whole word: not inside a longer id (a full stop
    // after it ends the sentence, not the id).
    static bool namesId(const std::string& text, const std::string& id)
    {
        const auto isIdChar = [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_';
        };
        for (auto at = text.find(id); at != std::string::npos; at = text.find(id, at + 1)) {
            const bool startsWord = at == 0 || !isIdChar(text[at - 1]);
            const auto end = at + id.size();
            const bool endsWord = end == text.size() || !isIdChar(text[end]);
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
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
    // Issue 14 section 4: texts cite sources by title, publisher and date. An internal id
    // such as seed-002 or ms-data-privacy means nothing to the officer who signs.
    void officerTextsNameNoInternalSourceId()
    {
        const std::regex seed("seed-[0-9]+", std::regex::icase);
        for (const auto& [where, text] : officerTexts()) {
            QVERIFY2(!std::regex_search(text, seed), (where + ": " + text).c_str());
            for (const auto& source : m_questionnaire.sources) {
                QVERIFY2(!namesId(text, source.id), (where + " names " + source.id).c_str());
            }
        }
    }

    // Every source has a real as-of date (the end of the 2025-26 reading window,
    // 2026-01-31, was an invented one), a confidence and a re-verify date after it.
    void everySourceIsDatedForReverification()
    {
        QVERIFY(m_questionnaire.sources.size() >= 50);
        for (const auto& source : m_questionnaire.sources) {
            QVERIFY2(source.asOf != "2026-01-31", source.id.c_str());
            QVERIFY2(isValidDate(source.reverifyBy), source.id.c_str());
            QVERIFY2(source.reverifyBy > source.asOf, source.id.c_str());
        }
    }
    // Issue 14 section 4: a legal duty applies from its date. Before it the finding is a
    // watch-out naming the date; from it, the rule's own severity.
    void dutiesApplyFromTheirDate_data()
    {
        QTest::addColumn<QByteArray>("set");
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("severity"); // empty: the finding does not fire
        QTest::addColumn<bool>("inForce");
        const json highRisk = {{"usecase.ai_act_role", "deployer"},
                               {"usecase.ai_act_high_risk", "yes"},
                               {"usecase.gpai_docs", "obtained"},
                               {"logging.retention_6m", "no"}};
        const auto row = [](const char* name, const json& set, const char* asOf,
                            const char* finding, const char* severity, bool inForce) {
            QTest::newRow(name) << dump(set) << QString::fromUtf8(asOf)
                                << QString::fromUtf8(finding) << QString::fromUtf8(severity)
                                << inForce;
        };
        const json device = with(highRisk, {{"usecase.ai_act_annex", "annex_i_device"}});
        row("device duties before 2 Aug 2027: watch-out", device, "2026-12-02",
            "ai-act-device-duties", "watch_out", false);
        row("device duties from 2 Aug 2027: blocker", device, "2027-08-02", "ai-act-device-duties",
            "blocker", true);
        row("device only: no Annex III blocker", device, "2026-12-02", "ai-act-high-risk-duties",
            "", true);
        row("Annex III on 2026-12-02: in force (Omnibus not yet published)",
            with(highRisk, {{"usecase.ai_act_annex", "annex_iii"}}), "2026-12-02",
            "ai-act-high-risk-duties", "blocker", true);
        row("Annex III before 2 Aug 2026: watch-out",
            with(highRisk, {{"usecase.ai_act_annex", "annex_iii"}}), "2026-08-01",
            "ai-act-high-risk-duties", "watch_out", false);
        row("route unanswered: the earlier Annex III date", highRisk, "2026-12-02",
            "ai-act-high-risk-duties", "blocker", true);
        row("no evaluation date: every duty in force", device, "", "ai-act-device-duties",
            "blocker", true);
        row("device duties met: nothing", with(device, {{"logging.retention_6m", "yes"}}),
            "2026-12-02", "ai-act-device-duties", "", true);
    }
    void dutiesApplyFromTheirDate()
    {
        QFETCH(QByteArray, set);
        QFETCH(QString, asOf);
        QFETCH(QString, finding);
        QFETCH(QString, severity);
        QFETCH(bool, inForce);
        const auto evaluation =
            evaluateVariant(json::parse(set.toStdString()), json::array(), asOf.toStdString());
        const auto* found = evaluation.finding(finding.toStdString());
        if (severity.isEmpty()) {
            QVERIFY(found == nullptr);
            return;
        }
        QVERIFY(found != nullptr);
        QCOMPARE(QString::fromUtf8(spelling(found->severity)), severity);
        QCOMPARE(found->inForce, inForce);
        QVERIFY(!found->appliesFrom.empty());
        if (!inForce) {
            QVERIFY2(found->rationale.find(found->appliesFrom) != std::string::npos,
                     found->rationale.c_str());
            QVERIFY(evaluation.verdict != Verdict::Blocked);
        }
    }

    // Sources past their re-verify date at the evaluation date are listed; none without a
    // date, so evaluations stored before dates existed stay as they were.
    void sourcesPastTheirReverifyDateAreListed()
    {
        const auto listed = [](const Evaluation& evaluation, std::string_view id) {
            return std::any_of(evaluation.sourcesToReverify.begin(),
                               evaluation.sourcesToReverify.end(),
                               [&](const Source* source) { return source->id == id; });
        };
        const auto now = evaluateVariant(json::object(), json::array(), "2026-12-02");
        QCOMPARE(now.asOf, std::string("2026-12-02"));
        QVERIFY(listed(now, "ms-batch"));         // page of 2025-08-13, re-verify by 2026-02-13
        QVERIFY(!listed(now, "omnibus-ai-2026")); // re-verify by 2027-01-31
        const auto later = evaluateVariant(json::object(), json::array(), "2027-02-01");
        QVERIFY(listed(later, "omnibus-ai-2026"));
        QVERIFY(evaluateVariant(json::object()).sourcesToReverify.empty());
    }
};

QTEST_GUILESS_MAIN(TestLawAndDates)
#include "TestLawAndDates.moc"
