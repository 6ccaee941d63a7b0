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
                               {"usecase.regulatory_review", "completed"}};
        const json assisted = {{"usecase.tier", "clinician_assisted"}};
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
        // Near misses by tier and condition: the same denial where the control is not
        // required raises nothing.
        QTest::newRow("red-teaming: not required at low tier")
            << dump({{"safety.red_teaming", "no"}}) << QStringLiteral("control-denied.red-teaming")
            << QString();
        QTest::newRow("log retention: not required at medium tier")
            << dump({{"usecase.tier", "clinician_assisted"}, {"logging.retention_6m", "no"}})
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
            for (const auto* id :
                 {"preview-unknown-personal-data", "developer-or-instant-unknown",
                  "zero-retention-undecided", "ai-act-status-unknown", "eudb-reliance-unknown",
                  "managed-customer-unknown", "cmk-requirement-undecided"}) {
                if (rule.id == id) {
                    ++checked;
                    for (const auto& text : {rule.title, rule.rationale, rule.recommendation}) {
                        QVERIFY2(text.find("seed-") == std::string::npos, id);
                    }
                }
            }
        }
        QCOMPARE(checked, 7);
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
