// SPDX-License-Identifier: Apache-2.0
// Drafts through the service layer with the real questionnaire: every save is
// re-evaluated, reopens against its own questionnaire snapshot, and editing a signed
// assessment never touches the signed revision.
#include "LibraryFixture.h"
#include "TestSupport.h"
#include "model/CanonicalJson.h"
#include "model/Sha256.h"
#include "services/AssessmentService.h"

#include <QFile>
#include <QObject>
#include <QTemporaryDir>

using namespace vouch;
using nlohmann::json;

class TestAssessmentService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::optional<model::QuestionnaireSnapshot> m_questionnaire;
    json m_baseline;

    store::Library newLibrary() { return test::newLibrary(m_dir, m_counter); }

    model::Answers answers(const json& changes = json::object()) const
    {
        json document = {{"answers", m_baseline["answers"]}, {"meta", m_baseline["meta"]}};
        for (const auto& [key, value] : changes.items()) {
            document["answers"][key] = value;
        }
        auto parsed = model::parseAnswers(document, m_questionnaire->questionnaire, "answers.json");
        if (!parsed.ok()) {
            qFatal("%s", parsed.errors.front().toString().c_str());
        }
        return std::move(*parsed.value);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath());
        QVERIFY(loaded.ok());
        m_questionnaire = std::move(*loaded.value);
        m_baseline = test::readJson(test::baselineAnswersPath());
    }

    void snapshotHashIsOfCanonicalBytes()
    {
        QCOMPARE(m_questionnaire->sha256, model::sha256Hex(m_questionnaire->canonical));
        // Reformatting the file does not change the snapshot.
        const auto document = test::readJson(test::shippedQuestionnairePath());
        const auto again = model::loadQuestionnaireSnapshot(document.dump(8), "reformatted.json");
        QVERIFY(again.ok());
        QCOMPARE(again.value->sha256, m_questionnaire->sha256);
    }

    void createdDraftReopensWithItsEvaluation()
    {
        auto library = newLibrary();
        const services::AssessmentService service(library, "alice");
        const auto given = answers({{"usecase.tier", "clinician_assisted"},
                                    {"usecase.human_review", "no"},
                                    {"usecase.local_validation", "yes"},
                                    {"usecase.section1557_review", "completed"}});
        auto id =
            service.createDraft(*m_questionnaire, given, model::AssessmentMeta::fromAnswers(given));
        QVERIFY2(id, id ? "" : id.error().message.c_str());

        const auto opened = service.open(*id);
        QVERIFY2(opened, opened ? "" : opened.error().message.c_str());
        QCOMPARE(opened->payload.assessmentId, *id);
        QCOMPARE(opened->payload.meta.title, std::string("Internal policy Q&A assistant"));
        QCOMPARE(opened->payload.questionnaire.sha256, m_questionnaire->sha256);
        QCOMPARE(opened->payload.answers.values, given.values);
        QCOMPARE(opened->payload.evaluation["verdict"].get<std::string>(), std::string("blocked"));
        QCOMPARE(opened->assessment.fields.verdict.value_or(""), std::string("blocked"));
        QCOMPARE(opened->assessment.fields.tier.value_or(""), std::string("medium"));
        QCOMPARE(opened->revision.author, std::string("alice"));
        // The stored bytes are exactly the canonical form of the payload.
        QCOMPARE(opened->revision.payload,
                 *model::canonicalJson(model::payloadToJson(opened->payload)).bytes);
    }

    void updatesAreNewRevisionsAndUnchangedSavesAreNot()
    {
        auto library = newLibrary();
        const services::AssessmentService service(library, "alice");
        const auto first = answers();
        const auto id = *service.createDraft(*m_questionnaire, first,
                                             model::AssessmentMeta::fromAnswers(first));
        QCOMPARE(*service.updateDraft(id, first, std::nullopt), 1); // nothing changed
        const auto second = answers({{"network.access", "all_networks"}});
        QCOMPARE(*service.updateDraft(id, second, std::nullopt), 2);
        const auto opened = *service.open(id);
        QCOMPARE(opened.revision.parentSha256.value_or(""), service.open(id, 1)->revision.sha256);
        QCOMPARE(opened.payload.evaluation["verdict"].get<std::string>(), std::string("ready"));
        QCOMPARE(library.history(id)->size(), std::size_t{2});
    }

    void aSaveOnAStaleBaseIsRefusedAndOverwritesNothing()
    {
        auto library = newLibrary();
        const services::AssessmentService service(library, "alice");
        const auto first = answers();
        const auto id = *service.createDraft(*m_questionnaire, first,
                                             model::AssessmentMeta::fromAnswers(first));
        // Someone else saves revision 2 while this editor still builds on revision 1.
        const services::AssessmentService other(library, "bob");
        QCOMPARE(
            *other.updateDraft(id, answers({{"network.access", "all_networks"}}), std::nullopt, 1),
            2);

        const auto stale =
            service.updateDraft(id, answers({{"network.access", "private_only"}}), std::nullopt, 1);
        QVERIFY(!stale);
        QVERIFY(stale.error().kind == ErrorKind::Conflict);
        QVERIFY2(stale.error().message.find("changed since revision 1 (revision 2 saved by bob "
                                            "at ") != std::string::npos,
                 stale.error().message.c_str());
        QCOMPARE(library.history(id)->size(), std::size_t{2});
        QCOMPARE(
            std::get<std::string>(service.open(id)->payload.answers.values.at("network.access")),
            std::string("all_networks"));

        // Building on the revision in force succeeds.
        QCOMPARE(*service.updateDraft(id, answers({{"network.access", "private_only"}}),
                                      std::nullopt, 2),
                 3);
        // Evidence follows the same rule.
        const QString file = m_dir.filePath(QStringLiteral("evidence.txt"));
        QFile evidence(file);
        QVERIFY(evidence.open(QIODevice::WriteOnly));
        evidence.write("evidence\n");
        evidence.close();
        const auto attached = service.attachEvidence(id, file.toStdString(), "contract.baa", "", 2);
        QVERIFY(!attached);
        QVERIFY(attached.error().kind == ErrorKind::Conflict);
        QCOMPARE(library.history(id)->size(), std::size_t{3});
    }

    void editingASignedAssessmentKeepsTheSignedRevision()
    {
        auto library = newLibrary();
        const services::AssessmentService service(library, "alice");
        const auto given = answers();
        const auto id = *service.createDraft(*m_questionnaire, given,
                                             model::AssessmentMeta::fromAnswers(given));
        // Freeze revision 1 as signed, as the signing service will.
        auto signedRevision = service.open(id)->revision;
        QVERIFY(library.appendRevision(
            id, services::AssessmentService::fieldsOf(service.open(id)->payload),
            {signedRevision.payload, signedRevision.questionnaireSha256, "alice",
             store::RevisionKind::Signed},
            store::AuditAction::Sign));
        const auto signedSha = service.open(id)->revision.sha256;

        QCOMPARE(
            *service.updateDraft(id, answers({{"usecase.human_review", "unknown"}}), std::nullopt),
            3);
        const auto draft = *service.open(id);
        QCOMPARE(draft.revision.kind, store::RevisionKind::Draft);
        QCOMPARE(draft.revision.parentSha256.value_or(""), signedSha);
        QCOMPARE(service.open(id, 2)->revision.sha256, signedSha);

        QVERIFY(service.deleteDraft(id));
        const auto back = *service.open(id);
        QCOMPARE(back.assessment.status, std::string("signed"));
        QCOMPARE(back.revision.sha256, signedSha);
        QCOMPARE(back.assessment.fields.title, std::string("Internal policy Q&A assistant"));
    }

    void updateFromDocumentChecksAgainstTheStoredQuestionnaire()
    {
        auto library = newLibrary();
        const services::AssessmentService service(library, "alice");
        const auto given = answers();
        const auto id = *service.createDraft(*m_questionnaire, given,
                                             model::AssessmentMeta::fromAnswers(given));
        const auto bad = service.updateDraftFromDocument(
            id, json{{"answers", {{"deployment.type", "moon"}, {"usecase.tier", 3}}}}, "edit.json");
        QVERIFY(!bad);
        QVERIFY(bad.error().message.find(
                    "edit.json: /answers/deployment.type: \"moon\" is not a value") !=
                std::string::npos);
        QVERIFY(bad.error().message.find("\nedit.json: /answers/usecase.tier: expected a string") !=
                std::string::npos);
        QCOMPARE(library.history(id)->size(), std::size_t{1}); // nothing saved

        auto renamed = service.updateDraftFromDocument(
            id, json{{"answers", m_baseline["answers"]}, {"meta", {{"title", "Renamed"}}}},
            "edit.json");
        QVERIFY(renamed);
        const auto opened = *service.open(id);
        QCOMPARE(opened.payload.meta.title, std::string("Renamed"));
        QCOMPARE(opened.payload.meta.organisation, std::string("Example Health")); // kept
    }

    void actionPlanIsKeptUnlessReplaced()
    {
        auto library = newLibrary();
        const services::AssessmentService service(library, "alice");
        const auto given = answers();
        const auto id = *service.createDraft(*m_questionnaire, given,
                                             model::AssessmentMeta::fromAnswers(given));
        const json plan = {{{"finding", "baa-missing"},
                            {"what", "Confirm BAA scope in the STP"},
                            {"owner", "Legal"},
                            {"due", "2026-12-01"}}};
        QVERIFY(service.updateDraftFromDocument(
            id, json{{"answers", m_baseline["answers"]}, {"actions", plan}}, "plan.json"));
        QCOMPARE(service.open(id)->payload.answers.actions.size(), std::size_t{1});
        auto changed = m_baseline["answers"];
        changed["network.access"] = "selected_networks";
        QVERIFY(service.updateDraftFromDocument(id, json{{"answers", changed}}, "edit.json"));
        const auto opened = *service.open(id);
        QCOMPARE(opened.payload.answers.actions.size(), std::size_t{1});
        QCOMPARE(opened.payload.answers.actions[0].owner, std::string("Legal"));
        QVERIFY(opened.revision.payload.find("\"actions\":[") != std::string::npos);
        QVERIFY(service.updateDraftFromDocument(
            id, json{{"answers", changed}, {"actions", json::array()}}, "clear.json"));
        QVERIFY(service.open(id)->payload.answers.actions.empty());
        // A payload without a plan has no "actions" key, so its bytes did not change.
        QVERIFY(service.open(id)->revision.payload.find("\"actions\"") == std::string::npos);
    }

    void createDraftNeedsATitle()
    {
        auto library = newLibrary();
        const services::AssessmentService service(library, "alice");
        model::AssessmentMeta meta;
        meta.title = "  ";
        const auto created = service.createDraft(*m_questionnaire, answers(), meta);
        QVERIFY(!created);
        QCOMPARE(created.error().message, std::string("an assessment needs a title"));
    }

    void tamperedPayloadIsReportedOnOpen()
    {
        auto library = newLibrary();
        const services::AssessmentService service(library, "alice");
        const auto given = answers();
        const auto id = *service.createDraft(*m_questionnaire, given,
                                             model::AssessmentMeta::fromAnswers(given));
        QVERIFY(library.database().exec("DROP TRIGGER revisions_immutable"));
        QVERIFY(library.database().exec(
            "UPDATE revisions SET payload = CAST(replace(CAST(payload AS TEXT), "
            "'not_needed', 'executed') AS BLOB)"));
        const auto opened = service.open(id);
        QVERIFY(!opened);
        QVERIFY(opened.error().message.find("the payload does not match its SHA-256") !=
                std::string::npos);
    }

    void reopensWithItsOwnQuestionnaireAfterANewerShips()
    {
        auto library = newLibrary();
        const services::AssessmentService service(library, "alice");
        const auto given = answers();
        const auto id = *service.createDraft(*m_questionnaire, given,
                                             model::AssessmentMeta::fromAnswers(given));
        // A newer questionnaire with different help text is used for another draft.
        auto newer = test::readJson(test::shippedQuestionnairePath());
        newer["version"] = "1.2.0";
        newer["sections"][0]["questions"][0]["help"]["why"] = "Rewritten help.";
        const auto newerSnapshot = model::loadQuestionnaireSnapshot(newer.dump(), "newer.json");
        QVERIFY(newerSnapshot.ok());
        QVERIFY(service.createDraft(*newerSnapshot.value, given,
                                    model::AssessmentMeta::fromAnswers(given)));
        const auto opened = *service.open(id);
        QCOMPARE(opened.questionnaire.questionnaire.version,
                 m_questionnaire->questionnaire.version);
        QCOMPARE(opened.questionnaire.sha256, m_questionnaire->sha256);
        QCOMPARE(*library.database().queryInteger("SELECT count(*) FROM questionnaires"),
                 std::int64_t{2});
    }
    void evidenceIsStoredByHashAndReferencedInThePayload()
    {
        auto library = newLibrary();
        const services::AssessmentService service(library, "alice");
        const auto given = answers();
        const auto id = *service.createDraft(*m_questionnaire, given,
                                             model::AssessmentMeta::fromAnswers(given));
        const QString real = m_dir.filePath(QStringLiteral("BAA signed (2026).pdf"));
        QFile pdf(real);
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        pdf.close();

        auto attached = service.attachEvidence(id, real.toStdString(), "contract.baa", "");
        QVERIFY2(attached, attached ? "" : attached.error().message.c_str());
        QCOMPARE(attached->revision, 2);
        const auto* ref = &attached->ref;
        QCOMPARE(ref->name, std::string("BAA signed (2026).pdf"));
        QCOMPARE(ref->mediaType, std::string("application/pdf"));
        QCOMPARE(ref->sha256, model::sha256Hex(library.blob(ref->sha256)->value()));
        const auto opened = *service.open(id);
        QCOMPARE(opened.revision.number, 2);
        QCOMPARE(opened.payload.attachments.size(), std::size_t{1});
        QCOMPARE(opened.payload.attachments.front(), *ref);
        // Attaching the same file to the same place again adds nothing.
        QVERIFY(service.attachEvidence(id, real.toStdString(), "contract.baa", ""));
        QCOMPARE(service.open(id)->revision.number, 2);
        // Answers saved later keep the evidence.
        QVERIFY(service.updateDraft(id, answers({{"network.access", "selected_networks"}}),
                                    std::nullopt));
        QCOMPARE(service.open(id)->payload.attachments.size(), std::size_t{1});
    }

    void evidenceIsCheckedBeforeStoring()
    {
        auto library = newLibrary();
        const services::AssessmentService service(library, "alice");
        const auto given = answers();
        const auto id = *service.createDraft(*m_questionnaire, given,
                                             model::AssessmentMeta::fromAnswers(given));
        const QString path = m_dir.filePath(QStringLiteral("big.png"));
        QFile big(path);
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(2048, 'x'));
        big.close();
        library.setMaxAttachmentBytes(1024);
        const auto tooBig = service.attachEvidence(id, path.toStdString(), "contract.baa", "");
        QVERIFY(!tooBig);
        QCOMPARE(tooBig.error().message,
                 path.toStdString() + ": 2048 bytes, more than the attachment limit of 1024 bytes");
        const auto unknown = service.attachEvidence(id, path.toStdString(), "contract.bab", "");
        QCOMPARE(unknown.error().message,
                 std::string("unknown question contract.bab in questionnaire azure-openai"));
        const auto badItem =
            service.attachEvidence(id, path.toStdString(), "responsibility.matrix", "nope");
        QCOMPARE(badItem.error().message,
                 std::string("unknown item nope of responsibility.matrix"));
        const auto missing =
            service.attachEvidence(id, "/nonexistent/file.pdf", "contract.baa", "");
        QCOMPARE(missing.error().message,
                 std::string("/nonexistent/file.pdf: not a readable file"));
        QCOMPARE(*library.database().queryInteger("SELECT count(*) FROM blobs"), std::int64_t{0});
        QCOMPARE(library.history(id)->size(), std::size_t{1});
    }
};

QTEST_GUILESS_MAIN(TestAssessmentService)
#include "TestAssessmentService.moc"
