// SPDX-License-Identifier: Apache-2.0
// The shipped Azure OpenAI questionnaire: the canonical ids of DESIGN.md, each
// canonical finding firing and not firing, the tier derivation, and a table of
// realistic scenarios (tests/data/scenarios).
#include "TestSupport.h"
#include "model/QuestionnaireLoader.h"
#include "rules/Evaluator.h"

#include <QObject>

#include <algorithm>

using namespace vouch::model;
using namespace vouch::rules;
using nlohmann::json;

class TestAzureOpenAi : public QObject
{
    Q_OBJECT

private:
    Questionnaire m_questionnaire;
    json m_baseline;

    // The baseline answers with `set` applied and `unset` removed.
    Evaluation evaluateVariant(const json& set, const json& unset = json::array()) const
    {
        json answers = m_baseline["answers"];
        for (const auto& [key, value] : set.items()) {
            answers[key] = value;
        }
        for (const auto& key : unset) {
            answers.erase(key.get<std::string>());
        }
        auto parsed = parseAnswers(json{{"answers", answers}}, m_questionnaire, "variant.json");
        if (!parsed.ok()) {
            qFatal("invalid test answers: %s", parsed.errors.front().toString().c_str());
        }
        return evaluate(m_questionnaire, *parsed.value);
    }

    static std::vector<std::string> sortedIds(const Evaluation& evaluation)
    {
        std::vector<std::string> ids;
        for (const auto& finding : evaluation.findings) {
            ids.push_back(finding.id);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    static QByteArray dump(const json& value) { return QByteArray::fromStdString(value.dump()); }

    static QStringList words(std::initializer_list<const char*> list)
    {
        QStringList result;
        for (const char* word : list) {
            result << QString::fromUtf8(word);
        }
        return result;
    }

    // The check shared by the finding tables: the finding fires with its severity, the
    // answers that fired it and dated sources, or (severity empty) does not fire.
    void checkFindingRow() const
    {
        QFETCH(QString, finding);
        QFETCH(QByteArray, set);
        QFETCH(QString, severity);
        const auto given = json::parse(set.toStdString());
        const bool clinicalTier =
            given.contains("usecase.tier") && given["usecase.tier"] != "administrative";
        const auto evaluation = evaluateVariant(
            given, clinicalTier ? json::array({"usecase.affects_care_access"}) : json::array());
        QVERIFY2(evaluation.unanswered.empty(), json(evaluation.unanswered).dump().c_str());
        const auto* found = evaluation.finding(finding.toStdString());
        if (severity.isEmpty()) {
            QVERIFY2(found == nullptr, qPrintable(finding));
            return;
        }
        QVERIFY2(found != nullptr, json(sortedIds(evaluation)).dump().c_str());
        QCOMPARE(QString::fromUtf8(spelling(found->severity)), severity);
        QVERIFY2(!found->because.empty(), "a finding must say which answers fired it");
        QVERIFY(!found->sources.empty());
        for (const auto& id : found->sources) {
            const auto* source = m_questionnaire.source(id);
            QVERIFY2(source != nullptr && !source->asOf.empty(), id.c_str());
        }
        QVERIFY(evaluation.verdict != Verdict::Ready);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = loadQuestionnaireFile(vouch::test::shippedQuestionnairePath());
        QVERIFY(loaded.ok());
        m_questionnaire = std::move(*loaded.value);
        m_baseline = vouch::test::readJson(vouch::test::baselineAnswersPath());
    }

    void canonicalQuestionsExist_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("values");
        const auto row = [](const char* id, const char* type,
                            std::initializer_list<const char*> values) {
            QTest::newRow(id) << QString::fromUtf8(id) << QString::fromUtf8(type) << words(values);
        };
        row("deployment.type", "single", {"regional", "data_zone_eu", "data_zone_us", "global"});
        row("deployment.processing", "single", {"standard", "provisioned", "batch"});
        row("data.categories", "multiple",
            {"phi", "pii", "special_category", "financial", "confidential", "public"});
        row("data.residency_requirement", "single", {"none", "eu_eea", "us", "other"});
        row("usecase.tier", "single", {"clinical_facing", "clinician_assisted", "administrative"});
        row("usecase.human_review", "yes_no_unknown", {"yes", "no", "unknown"});
        row("contract.baa", "single", {"executed", "not_executed", "unknown", "not_needed"});
        row("features.preview_in_use", "yes_no_unknown", {"yes", "no", "unknown"});
        row("features.stateful", "multiple",
            {"assistants_responses", "stored_completions", "files", "fine_tuning", "batch",
             "vector_stores", "none"});
        row("retention.abuse_monitoring", "single",
            {"default", "modified_approved", "modified_pending", "unknown"});
        row("retention.zero_retention_required", "yes_no_unknown", {"yes", "no", "unknown"});
    }
    void canonicalQuestionsExist()
    {
        QFETCH(QString, id);
        QFETCH(QString, type);
        QFETCH(QStringList, values);
        const auto* question = m_questionnaire.question(id.toStdString());
        QVERIFY(question != nullptr);
        QCOMPARE(QString::fromUtf8(spelling(question->type)), type);
        QStringList actual;
        for (const auto& value : question->allowedValues()) {
            actual << QString::fromStdString(value);
        }
        QCOMPARE(actual, values);
        QVERIFY(!question->visibleIf); // canonical questions are always asked
    }

    void canonicalFindingsHaveTheirSeverity_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("severity");
        QTest::newRow("baa-missing") << QStringLiteral("baa-missing") << QStringLiteral("blocker");
        QTest::newRow("residency-conflict")
            << QStringLiteral("residency-conflict") << QStringLiteral("conflict");
        QTest::newRow("retention-conflict")
            << QStringLiteral("retention-conflict") << QStringLiteral("conflict");
        QTest::newRow("stateful-retention-conflict")
            << QStringLiteral("stateful-retention-conflict") << QStringLiteral("conflict");
        QTest::newRow("preview-personal-data")
            << QStringLiteral("preview-personal-data") << QStringLiteral("conflict");
        QTest::newRow("human-oversight-missing")
            << QStringLiteral("human-oversight-missing") << QStringLiteral("blocker");
    }
    void canonicalFindingsHaveTheirSeverity()
    {
        QFETCH(QString, id);
        QFETCH(QString, severity);
        const auto rule = std::find_if(m_questionnaire.rules.begin(), m_questionnaire.rules.end(),
                                       [&](const Rule& r) { return r.id == id.toStdString(); });
        QVERIFY(rule != m_questionnaire.rules.end());
        QCOMPARE(QString::fromUtf8(spelling(rule->severity)), severity);
        QVERIFY(!rule->sources.empty());
    }

    // Each canonical finding with an answer set that fires it and a near miss that
    // does not, both on top of the clean baseline.
    void canonicalFindingFiresExactlyWhenDesignSays_data()
    {
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QByteArray>("set");
        QTest::addColumn<bool>("fires");
        const auto row = [](const char* name, const char* finding, const json& set, bool fires) {
            QTest::newRow(name) << QString::fromUtf8(finding) << dump(set) << fires;
        };
        const json phi = {
            {"data.categories", {"phi"}}, {"data.dpia", "completed"}, {"contract.dpa_scc", "yes"}};
        const auto with = [](json base, const json& more) {
            base.update(more);
            return base;
        };
        row("baa: PHI, not executed", "baa-missing", with(phi, {{"contract.baa", "not_executed"}}),
            true);
        row("baa: PHI, unknown", "baa-missing", with(phi, {{"contract.baa", "unknown"}}), true);
        row("baa: PHI, executed", "baa-missing",
            with(phi, {{"contract.baa", "executed"}, {"contract.baa_scope_confirmed", "yes"}}),
            false);
        row("baa: no PHI, not executed", "baa-missing", {{"contract.baa", "not_executed"}}, false);

        row("residency: EU on global", "residency-conflict",
            {{"data.residency_requirement", "eu_eea"},
             {"contract.eudb_reliance", "no"},
             {"deployment.type", "global"}},
            true);
        row("residency: EU on US zone", "residency-conflict",
            {{"data.residency_requirement", "eu_eea"},
             {"contract.eudb_reliance", "no"},
             {"deployment.type", "data_zone_us"}},
            true);
        row("residency: EU on EU zone", "residency-conflict",
            {{"data.residency_requirement", "eu_eea"},
             {"contract.eudb_reliance", "no"},
             {"deployment.type", "data_zone_eu"}},
            false);
        row("residency: EU on regional", "residency-conflict",
            {{"data.residency_requirement", "eu_eea"},
             {"contract.eudb_reliance", "no"},
             {"deployment.type", "regional"}},
            false);
        row("residency: none on global", "residency-conflict",
            {{"data.residency_requirement", "none"}, {"deployment.type", "global"}}, false);

        row("retention: ZDR, default monitoring", "retention-conflict",
            {{"retention.zero_retention_required", "yes"},
             {"retention.abuse_monitoring", "default"},
             {"retention.managed_customer", "yes"}},
            true);
        row("retention: ZDR, monitoring unknown", "retention-conflict",
            {{"retention.zero_retention_required", "yes"},
             {"retention.abuse_monitoring", "unknown"},
             {"retention.managed_customer", "yes"}},
            true);
        row("retention: ZDR, approved", "retention-conflict",
            {{"retention.zero_retention_required", "yes"},
             {"retention.abuse_monitoring", "modified_approved"},
             {"retention.content_logging_evidence", "yes"}},
            false);
        row("retention: no ZDR, default", "retention-conflict",
            {{"retention.zero_retention_required", "no"},
             {"retention.abuse_monitoring", "default"}},
            false);

        row("stateful: ZDR with stored completions", "stateful-retention-conflict",
            {{"retention.zero_retention_required", "yes"},
             {"retention.abuse_monitoring", "modified_approved"},
             {"retention.content_logging_evidence", "yes"},
             {"features.stateful", {"stored_completions"}},
             {"features.deletion_process", "yes"}},
            true);
        row("stateful: ZDR with vector stores", "stateful-retention-conflict",
            {{"retention.zero_retention_required", "yes"},
             {"retention.abuse_monitoring", "modified_approved"},
             {"retention.content_logging_evidence", "yes"},
             {"features.stateful", {"vector_stores"}},
             {"features.deletion_process", "yes"}},
            true);
        row("stateful: ZDR, none", "stateful-retention-conflict",
            {{"retention.zero_retention_required", "yes"},
             {"retention.abuse_monitoring", "modified_approved"},
             {"retention.content_logging_evidence", "yes"},
             {"features.stateful", {"none"}}},
            false);
        row("stateful: no ZDR with files", "stateful-retention-conflict",
            {{"features.stateful", {"files"}}, {"features.deletion_process", "yes"}}, false);

        row("preview: PII", "preview-personal-data",
            {{"features.preview_in_use", "yes"},
             {"data.categories", {"pii"}},
             {"data.dpia", "completed"},
             {"contract.dpa_scc", "yes"}},
            true);
        row("preview: special category", "preview-personal-data",
            {{"features.preview_in_use", "yes"},
             {"data.categories", {"special_category"}},
             {"data.dpia", "completed"},
             {"contract.dpa_scc", "yes"}},
            true);
        row("preview: financial only", "preview-personal-data",
            {{"features.preview_in_use", "yes"},
             {"data.categories", {"financial", "confidential"}}},
            false);
        row("preview: not in use, PII", "preview-personal-data",
            {{"features.preview_in_use", "no"},
             {"data.categories", {"pii"}},
             {"data.dpia", "completed"},
             {"contract.dpa_scc", "yes"}},
            false);

        row("oversight: clinical, no review", "human-oversight-missing",
            {{"usecase.tier", "clinical_facing"}, {"usecase.human_review", "no"}}, true);
        row("oversight: assisted, unknown", "human-oversight-missing",
            {{"usecase.tier", "clinician_assisted"}, {"usecase.human_review", "unknown"}}, true);
        row("oversight: assisted, reviewed", "human-oversight-missing",
            {{"usecase.tier", "clinician_assisted"}, {"usecase.human_review", "yes"}}, false);
        row("oversight: administrative, no review", "human-oversight-missing",
            {{"usecase.tier", "administrative"}, {"usecase.human_review", "no"}}, false);
    }
    void canonicalFindingFiresExactlyWhenDesignSays()
    {
        QFETCH(QString, finding);
        QFETCH(QByteArray, set);
        QFETCH(bool, fires);
        const auto evaluation = evaluateVariant(json::parse(set.toStdString()));
        QCOMPARE(evaluation.hasFinding(finding.toStdString()), fires);
        if (fires) {
            const auto& found = *evaluation.finding(finding.toStdString());
            QVERIFY2(!found.because.empty(), "a finding must say which answers fired it");
        }
    }

    // Every control the questionnaire checks (1.1.0): the answer that denies it raises
    // control-denied.<id> (a blocker where the control is mandatory at the tier), an
    // unknown answer control-unconfirmed.<id>, and the answer that satisfies it neither.
    void controlChecksFireExactly_data()
    {
        QTest::addColumn<QByteArray>("set");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("severity"); // empty: must not fire
        const json clinical = {{"usecase.tier", "clinical_facing"},
                               {"usecase.validation_evidence", "yes"},
                               {"usecase.regulatory_review", "completed"},
                               {"usecase.not_device_rationale", "yes"},
                               {"usecase.local_validation", "yes"},
                               {"usecase.section1557_review", "completed"}};
        const json assisted = {{"usecase.tier", "clinician_assisted"},
                               {"usecase.local_validation", "yes"},
                               {"usecase.section1557_review", "completed"}};
        const json phi = {{"data.categories", {"phi"}},
                          {"data.dpia", "completed"},
                          {"contract.dpa_scc", "yes"},
                          {"contract.baa_scope_confirmed", "yes"}};
        const json pii = {
            {"data.categories", {"pii"}}, {"data.dpia", "completed"}, {"contract.dpa_scc", "yes"}};
        const auto rows = [](const char* control, const json& context, const char* question,
                             const char* denied, const char* unknown, const char* satisfied,
                             const char* severity) {
            const auto add = [&](const std::string& name, const char* value, const char* prefix,
                                 const char* expected) {
                json set = context;
                set[question] = value;
                QTest::newRow((std::string(control) + ": " + name).c_str())
                    << QByteArray::fromStdString(set.dump())
                    << QString::fromStdString(std::string(prefix) + control)
                    << QString::fromUtf8(expected);
            };
            add(std::string("denied by ") + denied, denied, "control-denied.", severity);
            if (unknown != nullptr) {
                add(std::string("unconfirmed by ") + unknown, unknown, "control-unconfirmed.",
                    "watch_out");
                add(std::string("not denied by ") + unknown, unknown, "control-denied.", "");
            }
            add(std::string("satisfied by ") + satisfied, satisfied, "control-denied.", "");
            add(std::string("not unconfirmed by ") + satisfied, satisfied, "control-unconfirmed.",
                "");
        };
        const json none = json::object();
        rows("clinical-validation", clinical, "usecase.validation_evidence", "no", "unknown", "yes",
             "blocker");
        rows("clinical-human-oversight", clinical, "usecase.human_review", "no", "unknown", "yes",
             "blocker");
        rows("regulatory-review", clinical, "usecase.regulatory_review", "not_started", nullptr,
             "assessed_not_device", "blocker");
        rows("clinician-review-before-action", assisted, "usecase.human_review", "no", "unknown",
             "yes", "conflict");
        rows("entra-id-auth", none, "identity.local_auth_disabled", "no", "unknown", "yes",
             "conflict");
        rows("least-privilege-roles", none, "identity.least_privilege", "no", "unknown", "yes",
             "conflict");
        rows("admin-conditional-access", none, "identity.admin_mfa", "no", "unknown", "yes",
             "conflict");
        rows("private-network-access", {{"data.categories", {"confidential"}}}, "network.access",
             "all_networks", nullptr, "selected_networks", "conflict");
        rows("diagnostic-logging", none, "logging.diagnostic_settings", "no", "unknown", "yes",
             "conflict");
        rows("log-retention-six-months", clinical, "logging.retention_6m", "no", "unknown", "yes",
             "conflict");
        rows("gateway-log-safeguards", none, "logging.prompt_content", "yes_unprotected", "unknown",
             "yes_protected", "conflict");
        rows("content-filtering", none, "safety.content_filters", "modified_no_record", "unknown",
             "configured", "conflict");
        rows("prompt-shields", assisted, "safety.prompt_shields", "no", "unknown", "yes",
             "conflict");
        rows("red-teaming", assisted, "safety.red_teaming", "no", "unknown", "yes", "conflict");
        rows("fairness-evaluation", assisted, "responsible_ai.fairness_evaluation", "no", "unknown",
             "yes", "conflict");
        rows("transparency-documentation", none, "responsible_ai.transparency_notes", "no",
             "unknown", "yes", "conflict");
        rows("hipaa-baa", phi, "contract.baa", "not_needed", "unknown", "executed", "conflict");
        rows("dpia", pii, "data.dpia", "not_required", nullptr, "completed", "conflict");
        rows("dpa-scc-review", pii, "contract.dpa_scc", "no", "unknown", "yes", "conflict");
        rows("deployment-type-policy",
             {{"data.residency_requirement", "eu_eea"}, {"contract.eudb_reliance", "no"}},
             "deployment.sku_policy", "no", "unknown", "yes", "conflict");
        rows("zero-retention-evidence",
             {{"retention.zero_retention_required", "yes"},
              {"retention.managed_customer", "yes"},
              {"retention.content_logging_evidence", "yes"}},
             "retention.abuse_monitoring", "default", "modified_pending", "modified_approved",
             "conflict");
        rows("stateful-data-lifecycle", {{"features.stateful", {"files"}}},
             "features.deletion_process", "no", "unknown", "yes", "conflict");
        rows("abuse-notice-response", none, "retention.abuse_notice_owner", "no", "unknown", "yes",
             "conflict");
        rows("cmk-key-management", {{"encryption.cmk_required", "yes"}},
             "encryption.cmk_configuration", "no", "unknown", "yes", "conflict");
        rows("assurance-evidence", {{"assurance.artifacts_required", {"soc2"}}},
             "assurance.evidence_status", "no_access", "stp_access_only", "scope_confirmed",
             "conflict");
        rows("model-retirement-plan", assisted, "deployment.retirement_plan", "no", "unknown",
             "yes", "conflict");
        QTest::newRow("model-retirement-plan: not required at low tier")
            << dump({{"deployment.retirement_plan", "no"}})
            << QStringLiteral("control-denied.model-retirement-plan") << QString();
        rows("local-validation-thresholds", assisted, "usecase.local_validation", "no", "unknown",
             "yes", "conflict");
        rows("standard-qa-monitoring", none, "logging.post_deployment_monitoring", "no", "unknown",
             "yes", "conflict");
        // Near misses by tier and condition: the same denial where the control is not
        // required raises nothing.
        QTest::newRow("red-teaming: not required at low tier")
            << dump({{"safety.red_teaming", "no"}}) << QStringLiteral("control-denied.red-teaming")
            << QString();
        QTest::newRow("log retention: not required at medium tier")
            << dump({{"usecase.tier", "clinician_assisted"},
                     {"usecase.local_validation", "yes"},
                     {"usecase.section1557_review", "completed"},
                     {"logging.retention_6m", "no"}})
            << QStringLiteral("control-denied.log-retention-six-months") << QString();
        QTest::newRow("dpa-scc: not required without personal data")
            << dump({{"data.categories", {"financial"}}, {"contract.dpa_scc", "no"}})
            << QStringLiteral("control-denied.dpa-scc-review") << QString();
        // A denied control that is not mandatory at high stays a conflict there.
        json highDenied = clinical;
        highDenied["safety.red_teaming"] = "no";
        QTest::newRow("red-teaming: conflict, not blocker, at high tier")
            << dump(highDenied) << QStringLiteral("control-denied.red-teaming")
            << QStringLiteral("conflict");
    }
    void controlChecksFireExactly()
    {
        QFETCH(QByteArray, set);
        QFETCH(QString, finding);
        QFETCH(QString, severity);
        const auto given = json::parse(set.toStdString());
        const json unset = given.contains("usecase.tier")
                               ? json::array({"usecase.affects_care_access"})
                               : json::array();
        const auto evaluation = evaluateVariant(given, unset);
        QVERIFY2(evaluation.unanswered.empty(), json(evaluation.unanswered).dump().c_str());
        const auto* found = evaluation.finding(finding.toStdString());
        if (severity.isEmpty()) {
            QVERIFY2(found == nullptr, qPrintable(finding));
            return;
        }
        QVERIFY2(found != nullptr, qPrintable(finding));
        QCOMPARE(QString::fromUtf8(spelling(found->severity)), severity);
        QVERIFY(!found->because.empty());
        QVERIFY(!found->sources.empty());
        QVERIFY(evaluation.verdict != Verdict::Ready);
    }

    // "Unknown" is never silently safe: each rule fires on the unknown answer and has a
    // near miss that does not.
    void unknownAnswersAreFindings_data()
    {
        QTest::addColumn<QByteArray>("set");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<bool>("fires");
        const auto row = [](const char* name, const char* finding, const json& set, bool fires) {
            QTest::newRow(name) << dump(set) << QString::fromUtf8(finding) << fires;
        };
        const json pii = {{"data.dpia", "completed"}, {"contract.dpa_scc", "yes"}};
        const auto with = [](json base, const json& more) {
            base.update(more);
            return base;
        };
        row("preview unknown, PII", "preview-unknown-personal-data",
            with(pii, {{"features.preview_in_use", "unknown"}, {"data.categories", {"pii"}}}),
            true);
        row("preview unknown, PHI", "preview-unknown-personal-data",
            with(pii, {{"features.preview_in_use", "unknown"},
                       {"data.categories", {"phi"}},
                       {"contract.baa", "executed"},
                       {"contract.baa_scope_confirmed", "yes"}}),
            true);
        row("preview unknown, public data", "preview-unknown-personal-data",
            {{"features.preview_in_use", "unknown"}}, false);
        row("preview no, PII", "preview-unknown-personal-data",
            with(pii, {{"features.preview_in_use", "no"}, {"data.categories", {"pii"}}}), false);

        row("developer tier unknown, PHI", "developer-or-instant-unknown",
            with(pii, {{"deployment.developer_or_instant", "unknown"},
                       {"data.categories", {"phi"}},
                       {"contract.baa", "executed"},
                       {"contract.baa_scope_confirmed", "yes"}}),
            true);
        row("developer tier unknown, EU residency", "developer-or-instant-unknown",
            {{"deployment.developer_or_instant", "unknown"},
             {"data.residency_requirement", "eu_eea"},
             {"contract.eudb_reliance", "no"}},
            true);
        row("developer tier unknown, PII without residency", "developer-or-instant-unknown",
            with(pii,
                 {{"deployment.developer_or_instant", "unknown"}, {"data.categories", {"pii"}}}),
            false);
        row("developer tier no, EU residency", "developer-or-instant-unknown",
            {{"deployment.developer_or_instant", "no"},
             {"data.residency_requirement", "eu_eea"},
             {"contract.eudb_reliance", "no"}},
            false);

        row("zero retention unknown", "zero-retention-undecided",
            {{"retention.zero_retention_required", "unknown"}}, true);
        row("zero retention no", "zero-retention-undecided",
            {{"retention.zero_retention_required", "no"}}, false);

        row("AI Act role unknown", "ai-act-status-unknown",
            {{"usecase.ai_act_role", "unknown"},
             {"usecase.ai_act_high_risk", "no"},
             {"usecase.gpai_docs", "obtained"}},
            true);
        row("AI Act high-risk unknown", "ai-act-status-unknown",
            {{"usecase.ai_act_role", "deployer"},
             {"usecase.ai_act_high_risk", "unknown"},
             {"usecase.gpai_docs", "obtained"}},
            true);
        row("AI Act deployer, not high-risk", "ai-act-status-unknown",
            {{"usecase.ai_act_role", "deployer"},
             {"usecase.ai_act_high_risk", "no"},
             {"usecase.gpai_docs", "obtained"}},
            false);
        row("AI Act not in scope", "ai-act-status-unknown",
            {{"usecase.ai_act_role", "not_in_scope"}}, false);

        const json euResidency = {{"data.residency_requirement", "eu_eea"}};
        row("EUDB reliance unknown", "eudb-reliance-unknown",
            with(euResidency, {{"contract.eudb_reliance", "unknown"}}), true);
        row("EUDB reliance no", "eudb-reliance-unknown",
            with(euResidency, {{"contract.eudb_reliance", "no"}}), false);

        const json zdrDefault = {{"retention.zero_retention_required", "yes"},
                                 {"retention.abuse_monitoring", "default"}};
        row("managed customer unknown", "managed-customer-unknown",
            with(zdrDefault, {{"retention.managed_customer", "unknown"}}), true);
        row("managed customer yes", "managed-customer-unknown",
            with(zdrDefault, {{"retention.managed_customer", "yes"}}), false);

        row("CMK requirement unknown", "cmk-requirement-undecided",
            {{"encryption.cmk_required", "unknown"}}, true);
        row("CMK requirement no", "cmk-requirement-undecided", {{"encryption.cmk_required", "no"}},
            false);
    }
    void unknownAnswersAreFindings()
    {
        QFETCH(QByteArray, set);
        QFETCH(QString, finding);
        QFETCH(bool, fires);
        const auto evaluation = evaluateVariant(json::parse(set.toStdString()));
        QVERIFY2(evaluation.unanswered.empty(), json(evaluation.unanswered).dump().c_str());
        QCOMPARE(evaluation.hasFinding(finding.toStdString()), fires);
        if (fires) {
            const auto& found = *evaluation.finding(finding.toStdString());
            QCOMPARE(found.severity, Severity::WatchOut);
            QVERIFY(!found.because.empty());
            QVERIFY(evaluation.verdict != Verdict::Ready);
        }
    }

    // Section 2 of issue 14 (1.1.0): answers that contradict each other or the vendor's
    // documented facts. Each finding fires on an answer set, with its severity, the answers
    // that fired it and dated sources, and has a near miss that does not fire it.
    void contradictionsFireExactly_data()
    {
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QByteArray>("set");
        QTest::addColumn<QString>("severity"); // empty: must not fire
        const auto row = [](const char* name, const char* finding, const json& set,
                            const char* severity) {
            QTest::newRow(name) << QString::fromUtf8(finding) << dump(set)
                                << QString::fromUtf8(severity);
        };
        const auto with = [](json base, const json& more) {
            base.update(more);
            return base;
        };
        const json pii = {
            {"data.categories", {"pii"}}, {"data.dpia", "completed"}, {"contract.dpa_scc", "yes"}};
        const json phi = {{"data.categories", {"phi"}},
                          {"data.dpia", "completed"},
                          {"contract.dpa_scc", "yes"},
                          {"contract.baa", "executed"},
                          {"contract.baa_scope_confirmed", "yes"}};
        const json special = with(pii, {{"data.categories", {"special_category"}}});
        const json zdrApproved = {{"retention.zero_retention_required", "yes"},
                                  {"retention.abuse_monitoring", "modified_approved"},
                                  {"retention.content_logging_evidence", "yes"}};
        const json euResidency = {{"data.residency_requirement", "eu_eea"},
                                  {"contract.eudb_reliance", "no"}};
        const json clinical = {{"usecase.tier", "clinical_facing"},
                               {"usecase.validation_evidence", "yes"},
                               {"usecase.regulatory_review", "completed"},
                               {"usecase.local_validation", "yes"},
                               {"usecase.section1557_review", "completed"}};
        const json deployerNotHighRisk = {{"usecase.ai_act_role", "deployer"},
                                          {"usecase.ai_act_high_risk", "no"},
                                          {"usecase.gpai_docs", "obtained"}};

        row("regional batch", "regional-batch-impossible", {{"deployment.processing", "batch"}},
            "conflict");
        row("data zone batch", "regional-batch-impossible",
            {{"deployment.processing", "batch"}, {"deployment.type", "data_zone_eu"}}, "");
        row("regional provisioned", "regional-batch-impossible",
            {{"deployment.processing", "provisioned"}}, "");

        const json zoneBatch = with(
            zdrApproved, {{"deployment.processing", "batch"}, {"deployment.type", "data_zone_eu"}});
        row("ZDR, batch not listed as stored", "batch-files-stored", zoneBatch, "conflict");
        row("ZDR, batch listed as stored", "batch-files-stored",
            with(zoneBatch,
                 {{"features.stateful", {"batch"}}, {"features.deletion_process", "yes"}}),
            "");
        row("no ZDR, batch", "batch-files-stored",
            {{"deployment.processing", "batch"}, {"deployment.type", "data_zone_eu"}}, "");

        row("developer tier, EU residency", "developer-tier-residency",
            with(euResidency, {{"deployment.developer_or_instant", "yes"}}), "conflict");
        row("developer tier, other residency", "developer-tier-residency",
            {{"deployment.developer_or_instant", "yes"},
             {"data.residency_requirement", "other"},
             {"data.residency_region_match", "inside"}},
            "conflict");
        row("developer tier, no residency", "developer-tier-residency",
            {{"deployment.developer_or_instant", "yes"}}, "");
        row("no developer tier, EU residency", "developer-tier-residency", euResidency, "");

        const json storedCompletions = {{"features.stateful", {"stored_completions"}},
                                        {"features.deletion_process", "yes"}};
        row("stored completions, no preview", "stored-feature-preview", storedCompletions,
            "watch_out");
        row("stored completions, preview declared", "stored-feature-preview",
            with(storedCompletions, {{"features.preview_in_use", "yes"}}), "");
        row("responses API, no preview", "stored-feature-preview",
            {{"features.stateful", {"assistants_responses"}}, {"features.deletion_process", "yes"}},
            "");

        row("PHI, BAA not needed", "phi-baa-not-needed",
            with(phi, {{"contract.baa", "not_needed"}}), "conflict");
        row("PHI, BAA executed", "phi-baa-not-needed", phi, "");
        row("PII, BAA not needed", "phi-baa-not-needed", pii, "");

        row("administrative, special category, no review", "admin-sensitive-no-review",
            with(special, {{"usecase.human_review", "no"}}), "conflict");
        row("administrative, PHI, review unknown", "admin-sensitive-no-review",
            with(phi, {{"usecase.human_review", "unknown"}}), "conflict");
        row("administrative, special category, reviewed", "admin-sensitive-no-review", special, "");
        row("administrative, PII, no review", "admin-sensitive-no-review",
            with(pii, {{"usecase.human_review", "no"}}), "");

        const json fineTuning = {{"features.stateful", {"fine_tuning"}},
                                 {"features.deletion_process", "yes"}};
        row("fine-tuning with PHI", "fine-tuning-phi", with(phi, fineTuning), "watch_out");
        row("fine-tuning with PII", "fine-tuning-phi", with(pii, fineTuning), "");
        row("PHI without fine-tuning", "fine-tuning-phi", phi, "");

        const json usResource =
            with(with(pii, euResidency), {{"deployment.resource_geography", "us"}});
        row("EU personal data, US resource", "reviewers-outside-eea", usResource, "watch_out");
        row("EU personal data, UK resource", "reviewers-outside-eea",
            with(usResource, {{"deployment.resource_geography", "europe_non_eea"}}), "watch_out");
        row("EU personal data, EEA resource", "reviewers-outside-eea", with(pii, euResidency), "");
        row("EU personal data, US resource, no human review", "reviewers-outside-eea",
            with(usResource, zdrApproved), "");
        row("EU residency, public data, US resource", "reviewers-outside-eea",
            with(euResidency, {{"deployment.resource_geography", "us"}}), "");

        const json otherResidency = {{"data.residency_requirement", "other"}};
        row("country requirement not checked", "residency-country-unchecked",
            with(otherResidency, {{"data.residency_region_match", "not_checked"}}), "watch_out");
        row("country requirement checked inside", "residency-country-unchecked",
            with(otherResidency, {{"data.residency_region_match", "inside"}}), "");
        row("country requirement, resource outside", "resource-outside-residency",
            with(otherResidency, {{"data.residency_region_match", "outside"}}), "conflict");
        row("country requirement, resource inside", "resource-outside-residency",
            with(otherResidency, {{"data.residency_region_match", "inside"}}), "");

        const json government = {{"deployment.cloud", "government"},
                                 {"deployment.resource_geography", "us"}};
        row("government with files", "government-stateful",
            with(government,
                 {{"features.stateful", {"files"}}, {"features.deletion_process", "yes"}}),
            "conflict");
        row("government, stateless", "government-stateful", government, "");
        row("commercial with files", "government-stateful",
            {{"features.stateful", {"files"}}, {"features.deletion_process", "yes"}}, "");

        row("special category, DPIA not required", "dpia-not-required-health",
            with(special, {{"data.dpia", "not_required"}}), "watch_out");
        row("PHI, DPIA not required", "dpia-not-required-health",
            with(phi, {{"data.dpia", "not_required"}}), "watch_out");
        row("PII, DPIA not required", "dpia-not-required-health",
            with(pii, {{"data.dpia", "not_required"}}), "");
        row("special category, DPIA completed", "dpia-not-required-health", special, "");

        row("PII, DPA denied", "dpa-scc-unconfirmed", with(pii, {{"contract.dpa_scc", "no"}}),
            "watch_out");
        row("PII, DPA unknown", "dpa-scc-unconfirmed", with(pii, {{"contract.dpa_scc", "unknown"}}),
            "watch_out");
        row("PII, DPA confirmed", "dpa-scc-unconfirmed", pii, "");

        const json cmk = {{"encryption.cmk_required", "yes"}};
        row("CMK required, not configured", "cmk-not-configured",
            with(cmk, {{"encryption.cmk_configuration", "no"}}), "watch_out");
        row("CMK required and configured, preview in use", "cmk-not-configured",
            with(cmk,
                 {{"encryption.cmk_configuration", "yes"}, {"features.preview_in_use", "yes"}}),
            "watch_out");
        row("CMK required and configured", "cmk-not-configured",
            with(cmk, {{"encryption.cmk_configuration", "yes"}}), "");
        row("CMK not required, preview in use", "cmk-not-configured",
            {{"features.preview_in_use", "yes"}}, "");

        row("care access, AI Act not in scope", "care-access-annex-iii",
            {{"usecase.affects_care_access", "yes"}}, "watch_out");
        row("care access, not high-risk", "care-access-annex-iii",
            with(deployerNotHighRisk, {{"usecase.affects_care_access", "yes"}}), "watch_out");
        row("care access, high-risk declared", "care-access-annex-iii",
            with(deployerNotHighRisk, {{"usecase.affects_care_access", "yes"},
                                       {"usecase.ai_act_high_risk", "yes"},
                                       {"usecase.fria", "completed"}}),
            "");
        row("no care access, not in scope", "care-access-annex-iii", json::object(), "");

        row("clinical, AI Act not in scope, no rationale", "clinical-not-device-unjustified",
            with(clinical, {{"usecase.not_device_rationale", "no"}}), "conflict");
        row("clinical, not a device, rationale unknown", "clinical-not-device-unjustified",
            with(with(clinical, deployerNotHighRisk),
                 {{"usecase.regulatory_review", "assessed_not_device"},
                  {"usecase.not_device_rationale", "unknown"}}),
            "conflict");
        row("clinical, not a device, documented", "clinical-not-device-unjustified",
            with(clinical, {{"usecase.regulatory_review", "assessed_not_device"},
                            {"usecase.not_device_rationale", "yes"}}),
            "");
        row("clinical, device route followed, deployer", "clinical-not-device-unjustified",
            with(clinical, deployerNotHighRisk), "");
    }
    void contradictionsFireExactly() { checkFindingRow(); }

    // Section 3 of issue 14 (1.1.0): the questions a hospital AI committee asks. Each
    // finding fires on an answer set, with its severity, the answers that fired it and
    // dated sources, and has a near miss that does not fire it.
    void committeeQuestionsFireExactly_data()
    {
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QByteArray>("set");
        QTest::addColumn<QString>("severity"); // empty: must not fire
        const auto row = [](const char* name, const char* finding, const json& set,
                            const char* severity) {
            QTest::newRow(name) << QString::fromUtf8(finding) << dump(set)
                                << QString::fromUtf8(severity);
        };
        const auto with = [](json base, const json& more) {
            base.update(more);
            return base;
        };
        const json phi = {{"data.categories", {"phi"}},
                          {"data.dpia", "completed"},
                          {"contract.dpa_scc", "yes"},
                          {"contract.baa", "executed"},
                          {"contract.baa_scope_confirmed", "yes"}};
        const json pii = {
            {"data.categories", {"pii"}}, {"data.dpia", "completed"}, {"contract.dpa_scc", "yes"}};

        // PHI meets a modality whose BAA coverage is not confirmed.
        const json phiImages = with(phi, {{"data.modalities", {"text", "images"}}});
        row("PHI as images, coverage unconfirmed", "phi-non-text-modality",
            with(phiImages, {{"contract.baa_modalities_confirmed", "unknown"}}), "conflict");
        row("PHI as realtime audio, coverage denied", "phi-non-text-modality",
            with(phi, {{"data.modalities", {"realtime_audio"}},
                       {"contract.baa_modalities_confirmed", "no"}}),
            "conflict");
        row("PHI as images, coverage confirmed", "phi-non-text-modality",
            with(phiImages, {{"contract.baa_modalities_confirmed", "yes"}}), "");
        row("PHI as text only", "phi-non-text-modality", phi, "");
        row("PII as images", "phi-non-text-modality", with(pii, {{"data.modalities", {"images"}}}),
            "");
        row("PHI as images, HIPAA does not apply", "phi-non-text-modality",
            with(phiImages, {{"contract.baa_modalities_confirmed", "unknown"},
                             {"organisation.jurisdictions", {"eu_gdpr"}}}),
            "");

        // Tools that send data outside the Azure compliance boundary.
        row("Bing grounding with PII", "agent-tools-outside-boundary",
            with(pii, {{"features.agent_tools", {"web_grounding", "file_search"}}}), "conflict");
        row("MCP connectors with confidential data", "agent-tools-outside-boundary",
            {{"data.categories", {"confidential"}}, {"features.agent_tools", {"mcp_connectors"}}},
            "conflict");
        row("Bing grounding on public data", "agent-tools-outside-boundary",
            {{"features.agent_tools", {"web_grounding"}}}, "");
        row("code interpreter with PII", "agent-tools-outside-boundary",
            with(pii, {{"features.agent_tools", {"code_interpreter"}}}), "");
        row("computer use with PII", "agent-tools-data-flow-unchecked",
            with(pii, {{"features.agent_tools", {"computer_use"}}}), "watch_out");
        row("computer use on public data", "agent-tools-data-flow-unchecked",
            {{"features.agent_tools", {"computer_use"}}}, "");
        row("file search with PII", "agent-tools-data-flow-unchecked",
            with(pii, {{"features.agent_tools", {"file_search"}}}), "");

        // A clinical model whose version can change by itself.
        const json assisted = {{"usecase.tier", "clinician_assisted"},
                               {"usecase.local_validation", "yes"},
                               {"usecase.section1557_review", "completed"}};
        row("clinician-assisted, auto-upgrade", "model-auto-upgrade",
            with(assisted, {{"deployment.version_upgrade", "auto_upgrade"}}), "conflict");
        row("clinician-assisted, policy unknown", "model-auto-upgrade",
            with(assisted, {{"deployment.version_upgrade", "unknown"}}), "conflict");
        row("clinician-assisted, pinned", "model-auto-upgrade", assisted, "");
        row("administrative, auto-upgrade", "model-auto-upgrade",
            {{"deployment.version_upgrade", "auto_upgrade"}}, "");

        // Patients who are not told that they are dealing with an AI system (EU law).
        const json patients = {{"usecase.patient_facing", "yes"}};
        row("patient-facing, no disclosure", "ai-disclosure-missing",
            with(patients, {{"usecase.ai_disclosure", "no"}}), "conflict");
        row("patient-facing unknown, disclosure unknown", "ai-disclosure-missing",
            {{"usecase.patient_facing", "unknown"}, {"usecase.ai_disclosure", "unknown"}},
            "conflict");
        row("patient-facing, disclosed", "ai-disclosure-missing",
            with(patients, {{"usecase.ai_disclosure", "yes"}}), "");
        row("not patient-facing", "ai-disclosure-missing", json::object(), "");
        row("patient-facing, no disclosure, US law only", "ai-disclosure-missing",
            with(patients,
                 {{"usecase.ai_disclosure", "no"}, {"organisation.jurisdictions", {"us_hipaa"}}}),
            "");

        // Outputs filed in the medical record without review.
        const json writeback = {{"usecase.ehr_writeback", "yes"}};
        row("EHR write-back, no review", "ehr-writeback-unreviewed",
            with(writeback, {{"usecase.ehr_review", "no"}}), "conflict");
        row("EHR write-back unknown, review unknown", "ehr-writeback-unreviewed",
            {{"usecase.ehr_writeback", "unknown"}, {"usecase.ehr_review", "unknown"}}, "conflict");
        row("EHR write-back, reviewed", "ehr-writeback-unreviewed",
            with(writeback, {{"usecase.ehr_review", "yes"}}), "");
        row("no EHR write-back", "ehr-writeback-unreviewed", json::object(), "");

        // HHS Section 1557: decision support tools reviewed for discrimination risk.
        row("clinician-assisted, 1557 review not done", "section-1557-unassessed",
            with(assisted, {{"usecase.section1557_review", "not_done"}}), "conflict");
        row("clinical-facing, 1557 review unknown", "section-1557-unassessed",
            {{"usecase.tier", "clinical_facing"},
             {"usecase.validation_evidence", "yes"},
             {"usecase.regulatory_review", "completed"},
             {"usecase.not_device_rationale", "yes"},
             {"usecase.local_validation", "yes"},
             {"usecase.section1557_review", "unknown"}},
            "conflict");
        row("clinician-assisted, 1557 review documented", "section-1557-unassessed", assisted, "");
        row("clinician-assisted, not a covered entity", "section-1557-unassessed",
            with(assisted, {{"usecase.section1557_review", "not_covered"}}), "");
        row("clinician-assisted, EU law only", "section-1557-unassessed",
            {{"usecase.tier", "clinician_assisted"},
             {"usecase.local_validation", "yes"},
             {"organisation.jurisdictions", {"eu_gdpr"}}},
            "");

        // Serious incidents and breaches without a reporting process.
        row("PII, no incident process", "incident-reporting-missing",
            with(pii, {{"logging.incident_reporting", "no"}}), "conflict");
        row("clinician-assisted, incident process unknown", "incident-reporting-missing",
            with(assisted, {{"logging.incident_reporting", "unknown"}}), "conflict");
        row("PII, incident process documented", "incident-reporting-missing", pii, "");
        row("administrative, public data, no incident process", "incident-reporting-missing",
            {{"logging.incident_reporting", "no"}}, "");

        // AI literacy (Art. 4) where the EU AI Act applies.
        const json deployer = {{"usecase.ai_act_role", "deployer"},
                               {"usecase.ai_act_high_risk", "no"},
                               {"usecase.gpai_docs", "obtained"}};
        row("deployer, no AI literacy", "ai-literacy-missing",
            with(deployer, {{"responsible_ai.ai_literacy", "no"}}), "conflict");
        row("role unknown, AI literacy unknown", "ai-literacy-missing",
            with(deployer,
                 {{"usecase.ai_act_role", "unknown"}, {"responsible_ai.ai_literacy", "unknown"}}),
            "conflict");
        row("deployer, AI literacy in place", "ai-literacy-missing", deployer, "");
        row("AI Act not in scope, no AI literacy", "ai-literacy-missing",
            {{"responsible_ai.ai_literacy", "no"}}, "");

        // Art. 27 fundamental rights impact assessment for Annex III high-risk use.
        const json highRisk = with(deployer, {{"usecase.ai_act_high_risk", "yes"}});
        row("high-risk, FRIA not started", "fria-missing",
            with(highRisk, {{"usecase.fria", "not_started"}}), "conflict");
        row("high-risk Annex III, FRIA unknown", "fria-missing",
            with(highRisk, {{"usecase.fria", "unknown"}, {"usecase.ai_act_annex", "annex_iii"}}),
            "conflict");
        row("high-risk, FRIA completed", "fria-missing",
            with(highRisk, {{"usecase.fria", "completed"}}), "");
        row("high-risk device only, FRIA in progress", "fria-missing",
            with(highRisk,
                 {{"usecase.fria", "in_progress"}, {"usecase.ai_act_annex", "annex_i_device"}}),
            "");
    }
    void committeeQuestionsFireExactly() { checkFindingRow(); }

    // Officer-facing texts of the rules and controls this version adds name sources by
    // title and date, never by an internal id.
    void newTextsNameNoInternalSourceIds()
    {
        // A control-denied finding quotes its control's title and description.
        for (const auto& control : m_questionnaire.controls) {
            if (!control.checks.empty()) {
                QVERIFY2(control.title.find("seed-") == std::string::npos, control.id.c_str());
                QVERIFY2(control.description.find("seed-") == std::string::npos,
                         control.id.c_str());
            }
        }
        int checked = 0;
        for (const auto& rule : m_questionnaire.rules) {
            for (const auto* id : {"preview-unknown-personal-data",
                                   "developer-or-instant-unknown",
                                   "zero-retention-undecided",
                                   "ai-act-status-unknown",
                                   "eudb-reliance-unknown",
                                   "managed-customer-unknown",
                                   "cmk-requirement-undecided",
                                   "regional-batch-impossible",
                                   "batch-files-stored",
                                   "developer-tier-residency",
                                   "stored-feature-preview",
                                   "phi-baa-not-needed",
                                   "admin-sensitive-no-review",
                                   "fine-tuning-phi",
                                   "reviewers-outside-eea",
                                   "residency-country-unchecked",
                                   "government-stateful",
                                   "dpia-not-required-health",
                                   "dpa-scc-unconfirmed",
                                   "cmk-not-configured",
                                   "care-access-annex-iii",
                                   "clinical-not-device-unjustified",
                                   "phi-non-text-modality",
                                   "agent-tools-outside-boundary",
                                   "agent-tools-data-flow-unchecked",
                                   "model-auto-upgrade",
                                   "ai-disclosure-missing",
                                   "ehr-writeback-unreviewed",
                                   "section-1557-unassessed",
                                   "fria-missing",
                                   "incident-reporting-missing",
                                   "ai-literacy-missing"}) {
                if (rule.id == id) {
                    ++checked;
                    for (const auto& text : {rule.title, rule.rationale, rule.recommendation}) {
                        QVERIFY2(text.find("seed-") == std::string::npos, id);
                    }
                }
            }
        }
        QCOMPARE(checked, 32);
        for (const auto* id :
             {"data.residency_region_match", "usecase.not_device_rationale", "data.modalities",
              "contract.baa_modalities_confirmed", "features.agent_tools",
              "deployment.version_upgrade", "deployment.retirement_plan", "usecase.intended_use",
              "usecase.intended_users", "usecase.patient_facing", "usecase.ai_disclosure",
              "usecase.ehr_writeback", "usecase.ehr_review", "usecase.local_validation",
              "usecase.section1557_review", "usecase.fria", "logging.post_deployment_monitoring",
              "logging.incident_reporting", "responsible_ai.ai_literacy"}) {
            const auto* question = m_questionnaire.question(id);
            QVERIFY2(question != nullptr, id);
            QVERIFY2(question->text.find("seed-") == std::string::npos, id);
            QVERIFY2(question->help.why.find("seed-") == std::string::npos, id);
        }
    }

    void unansweredNeverFiresACanonicalFinding()
    {
        // Only the trigger half of each rule is answered; the other half is missing.
        const auto evaluation =
            evaluateVariant({{"data.categories", {"phi"}},
                             {"usecase.tier", "clinical_facing"},
                             {"retention.zero_retention_required", "yes"},
                             {"features.preview_in_use", "yes"},
                             {"data.residency_requirement", "eu_eea"}},
                            {"contract.baa", "usecase.human_review", "retention.abuse_monitoring",
                             "features.stateful", "deployment.type"});
        for (const auto* id : {"baa-missing", "human-oversight-missing", "retention-conflict",
                               "stateful-retention-conflict", "residency-conflict"}) {
            QVERIFY2(!evaluation.hasFinding(id), id);
        }
        QCOMPARE(evaluation.verdict, Verdict::Incomplete);
    }

    void tierDerivation_data()
    {
        QTest::addColumn<QString>("useCase");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QString>("tier");
        const QString clinical = QStringLiteral("clinical_facing");
        const QString assisted = QStringLiteral("clinician_assisted");
        const QString admin = QStringLiteral("administrative");
        QTest::newRow("clinical, public")
            << clinical << words({"public"}) << QStringLiteral("high");
        QTest::newRow("clinical, PHI stays high")
            << clinical << words({"phi"}) << QStringLiteral("high");
        QTest::newRow("assisted, confidential")
            << assisted << words({"confidential"}) << QStringLiteral("medium");
        QTest::newRow("assisted, PHI raises")
            << assisted << words({"phi"}) << QStringLiteral("high");
        QTest::newRow("assisted, special category raises")
            << assisted << words({"special_category"}) << QStringLiteral("high");
        QTest::newRow("admin, public") << admin << words({"public"}) << QStringLiteral("low");
        QTest::newRow("admin, PII does not raise")
            << admin << words({"pii"}) << QStringLiteral("low");
        QTest::newRow("admin, financial does not raise")
            << admin << words({"financial"}) << QStringLiteral("low");
        QTest::newRow("admin, PHI raises one level")
            << admin << words({"phi", "pii"}) << QStringLiteral("medium");
        QTest::newRow("admin, PHI and special category raise once")
            << admin << words({"phi", "special_category"}) << QStringLiteral("medium");
    }
    void tierDerivation()
    {
        QFETCH(QString, useCase);
        QFETCH(QStringList, categories);
        QFETCH(QString, tier);
        json list = json::array();
        for (const auto& category : categories) {
            list.push_back(category.toStdString());
        }
        const auto evaluation =
            evaluateVariant({{"usecase.tier", useCase.toStdString()}, {"data.categories", list}});
        QCOMPARE(QString::fromStdString(evaluation.tier.level.value_or("none")), tier);
        // The tier explains itself: the base answer, and each raise with its answers.
        QCOMPARE(evaluation.tier.base->question, std::string("usecase.tier"));
        for (const auto& raise : evaluation.tier.raises) {
            QCOMPARE(raise.because.front().question, std::string("data.categories"));
        }
    }

    void emptyAnswersAreIncompleteWithoutATier()
    {
        const auto evaluation = evaluate(m_questionnaire, Answers{});
        QCOMPARE(evaluation.verdict, Verdict::Incomplete);
        QVERIFY(!evaluation.tier.level);
        QVERIFY(evaluation.findings.empty());
        QVERIFY(std::find(evaluation.unanswered.begin(), evaluation.unanswered.end(),
                          "usecase.tier") != evaluation.unanswered.end());
        // Conditional questions are hidden until their trigger is answered.
        QVERIFY(std::find(evaluation.unanswered.begin(), evaluation.unanswered.end(),
                          "contract.baa_scope_confirmed") == evaluation.unanswered.end());
    }

    void requiredControlsFollowTheTier()
    {
        const auto ids = [](const Evaluation& evaluation) {
            std::vector<std::string> result;
            for (const auto* control : evaluation.requiredControls) {
                result.push_back(control->id);
            }
            return result;
        };
        const auto low = ids(evaluateVariant(json::object()));
        const auto high = ids(evaluateVariant({{"usecase.tier", "clinical_facing"},
                                               {"usecase.validation_evidence", "yes"},
                                               {"usecase.regulatory_review", "completed"}},
                                              {"usecase.affects_care_access"}));
        QVERIFY(high.size() > low.size());
        // Every control required at low stays required at high (monotone in tier).
        for (const auto& id : low) {
            QVERIFY2(std::find(high.begin(), high.end(), id) != high.end(), id.c_str());
        }
    }

    void scenarios_data()
    {
        QTest::addColumn<QByteArray>("set");
        QTest::addColumn<QByteArray>("unset");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QByteArray>("findings");
        const auto table =
            vouch::test::readJson(vouch::test::dataPath("scenarios/azure-openai-scenarios.json"));
        QVERIFY(table["scenarios"].size() >= 20);
        for (const auto& scenario : table["scenarios"]) {
            auto expected = scenario["expect"]["findings"].get<std::vector<std::string>>();
            std::sort(expected.begin(), expected.end());
            QTest::newRow(scenario["name"].get<std::string>().c_str())
                << dump(scenario["set"]) << dump(scenario.value("unset", json::array()))
                << QString::fromStdString(scenario["expect"]["tier"].get<std::string>())
                << QString::fromStdString(scenario["expect"]["verdict"].get<std::string>())
                << dump(expected);
        }
    }
    void scenarios()
    {
        QFETCH(QByteArray, set);
        QFETCH(QByteArray, unset);
        QFETCH(QString, tier);
        QFETCH(QString, verdict);
        QFETCH(QByteArray, findings);
        const auto evaluation =
            evaluateVariant(json::parse(set.toStdString()), json::parse(unset.toStdString()));
        QCOMPARE(QString::fromStdString(evaluation.tier.level.value_or("none")), tier);
        QCOMPARE(QString::fromUtf8(spelling(evaluation.verdict)), verdict);
        VOUCH_COMPARE_JSON(sortedIds(evaluation), json::parse(findings.toStdString()));
    }
};

QTEST_GUILESS_MAIN(TestAzureOpenAi)
#include "TestAzureOpenAi.moc"
