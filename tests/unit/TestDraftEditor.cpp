// SPDX-License-Identifier: Apache-2.0
#include "LibraryFixture.h"
#include "TestSupport.h"
#include "services/DraftEditor.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <set>

using namespace vouch;

class TestDraftEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    static model::QuestionnaireSnapshot shipped()
    {
        return std::move(
            *model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath()).value);
    }

private Q_SLOTS:
    void nothingIsStoredBeforeTheTitle()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const services::AssessmentService service(library, "alice");
        services::DraftEditor draft(shipped());
        QCOMPARE(draft.missingMeta(), std::vector<std::string>{"title"});
        QVERIFY(!draft.save(service));
        QVERIFY(!draft.assessmentId());
        QCOMPARE(library.list({})->total, 0);
        auto meta = draft.meta();
        meta.title = "  ";
        draft.setMeta(meta);
        QCOMPARE(draft.missingMeta().size(), std::size_t{1});
    }

    void visibilityAndMissingFollowTheAnswers()
    {
        services::DraftEditor draft(shipped());
        const auto& usecase =
            draft.questionnaire()
                .sections[static_cast<std::size_t>(draft.sectionOf("usecase.tier"))];
        QVERIFY(!draft.isVisible("usecase.validation_evidence"));
        const auto before = draft.missingIn(usecase).size();
        draft.setAnswer("usecase.tier", std::string("clinical_facing"));
        QVERIFY(draft.isVisible("usecase.validation_evidence"));
        QVERIFY(!draft.isVisible("usecase.affects_care_access"));
        QCOMPARE(draft.evaluation().tier.level.value_or(""), std::string("high"));
        // usecase.tier is answered; the two clinical follow-ups are now asked for, and so
        // are local validation and the Section 1557 review (required for clinical tiers).
        std::set<std::string> missing;
        for (const auto* question : draft.missingIn(usecase)) {
            missing.insert(question->id);
        }
        QCOMPARE(missing.size(), before - 1 + 4);
        QVERIFY(!missing.contains("usecase.tier"));
        QVERIFY(missing.contains("usecase.validation_evidence"));
        QVERIFY(missing.contains("usecase.regulatory_review"));
        QVERIFY(missing.contains("usecase.local_validation"));
        QVERIFY(missing.contains("usecase.section1557_review"));
        // An empty value clears the answer, and the evaluation follows.
        draft.setAnswer("usecase.tier", std::string());
        QVERIFY(draft.answer("usecase.tier") == nullptr);
        QVERIFY(!draft.evaluation().tier.level);
        QCOMPARE(draft.sectionOf("no.such.question"), -1);
    }

    void savesOnceThenOnlyWhenChanged()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const services::AssessmentService service(library, "alice");
        services::DraftEditor draft(shipped());
        auto meta = draft.meta();
        meta.title = "Editor";
        draft.setMeta(meta);
        draft.setAnswer("deployment.type", std::string("global"));
        QVERIFY(draft.isDirty());
        QVERIFY(draft.save(service));
        QVERIFY(!draft.isDirty());
        const auto id = *draft.assessmentId();
        QCOMPARE(library.history(id)->size(), std::size_t{1});
        QVERIFY(draft.save(service));
        QCOMPARE(library.history(id)->size(), std::size_t{1});
        draft.setAnswer("deployment.type", std::string("global")); // same value: no change
        QVERIFY(!draft.isDirty());
        draft.setActions({{"residency-conflict", "Move to Data Zone EU", "Platform team",
                           "2030-01-31", model::ActionStatus::Open}});
        QVERIFY(draft.isDirty());
        QVERIFY(draft.save(service));
        QCOMPARE(library.history(id)->size(), std::size_t{2});

        auto opened = service.open(id);
        QVERIFY(opened);
        services::DraftEditor reopened(std::move(*opened));
        QCOMPARE(*reopened.assessmentId(), id);
        QCOMPARE(reopened.meta().title, std::string("Editor"));
        QCOMPARE(reopened.actions().size(), std::size_t{1});
        QCOMPARE(std::get<std::string>(*reopened.answer("deployment.type")), std::string("global"));
        QVERIFY(!reopened.isDirty());
    }

    void aSaveAfterSomeoneElseSavedIsAConflictThatLosesNothing()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const services::AssessmentService service(library, "alice");
        services::DraftEditor draft(shipped());
        auto meta = draft.meta();
        meta.title = "Test One";
        draft.setMeta(meta);
        QVERIFY(draft.save(service));
        const auto id = *draft.assessmentId();
        QCOMPARE(draft.baseRevision(), 1);

        // Another window or the CLI renames it meanwhile.
        const services::AssessmentService other(library, "bob");
        services::DraftEditor theirs(std::move(*other.open(id)));
        auto theirMeta = theirs.meta();
        theirMeta.title = "W-200";
        theirs.setMeta(theirMeta);
        QVERIFY(theirs.save(other));

        draft.setAnswer("deployment.type", std::string("global"));
        auto refused = draft.save(service);
        QVERIFY(!refused);
        QVERIFY(refused.error().kind == ErrorKind::Conflict);
        QVERIFY2(refused.error().message.find("saved by bob") != std::string::npos,
                 refused.error().message.c_str());
        QVERIFY(draft.isDirty()); // the edits are kept in the editor
        QCOMPARE(service.open(id)->payload.meta.title, std::string("W-200"));
        QCOMPARE(library.history(id)->size(), std::size_t{2});

        // Comparing shows what differs between the saved revision and the edits.
        const auto comparison = draft.compareWithCurrent(service);
        QVERIFY2(comparison, comparison ? "" : comparison.error().message.c_str());

        // Saving on top makes a new revision with the edits, building on theirs.
        QVERIFY(draft.saveOnTopOfCurrent(service));
        QCOMPARE(library.history(id)->size(), std::size_t{3});
        QCOMPARE(draft.baseRevision(), 3);
        QCOMPARE(std::get<std::string>(*service.open(id)->payload.answers.find("deployment.type")),
                 std::string("global"));

        // Discarding takes the saved revision back into the editor.
        theirMeta.title = "W-201";
        services::DraftEditor again(std::move(*other.open(id)));
        again.setMeta(theirMeta);
        QVERIFY(again.save(other));
        draft.setAnswer("deployment.type", std::string("data_zone"));
        QVERIFY(!draft.save(service));
        QVERIFY(draft.discardEdits(service));
        QVERIFY(!draft.isDirty());
        QCOMPARE(draft.meta().title, std::string("W-201"));
        QCOMPARE(draft.baseRevision(), 4);
        QCOMPARE(library.history(id)->size(), std::size_t{4});
    }

    void aLibraryDeletedWhileOpenSavesNothingAndSaysSo()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const services::AssessmentService service(library, "alice");
        services::DraftEditor draft(shipped());
        auto meta = draft.meta();
        meta.title = "Into nowhere";
        draft.setMeta(meta);
        QVERIFY(draft.save(service));
        const auto path = library.path();
        std::filesystem::remove(path);
        std::filesystem::remove(path.string() + "-wal");
        std::filesystem::remove(path.string() + "-shm");

        draft.setAnswer("deployment.type", std::string("global"));
        const auto refused = draft.save(service);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 path.string() +
                     ": the library file was moved or deleted while open; nothing was saved");
        QVERIFY(draft.isDirty());
        QVERIFY(!std::filesystem::exists(path));
    }

    void attachingSavesFirstAndListsTheEvidence()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const services::AssessmentService service(library, "alice");
        services::DraftEditor draft(shipped());
        auto meta = draft.meta();
        meta.title = "Evidence";
        draft.setMeta(meta);
        const QString file = m_dir.filePath(QStringLiteral("baa.txt"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("signed BAA");
        out.close();
        auto ref = draft.attach(service, file.toStdString(), "contract.baa", "");
        QVERIFY(ref);
        QVERIFY(draft.assessmentId());
        QCOMPARE(draft.attachments().size(), std::size_t{1});
        QCOMPARE(draft.attachments().front().name, std::string("baa.txt"));
        // A later answer keeps the evidence.
        draft.setAnswer("contract.baa", std::string("executed"));
        QVERIFY(draft.save(service));
        QCOMPARE(service.open(*draft.assessmentId())->payload.attachments.size(), std::size_t{1});
        // A missing file is an error naming it; the list is unchanged.
        const auto missing = m_dir.filePath(QStringLiteral("gone.pdf")).toStdString();
        auto refused = draft.attach(service, missing, "contract.baa", "");
        QVERIFY(!refused);
        QVERIFY(refused.error().message.starts_with(missing));
        QCOMPARE(draft.attachments().size(), std::size_t{1});
    }
};

QTEST_GUILESS_MAIN(TestDraftEditor)
#include "TestDraftEditor.moc"
