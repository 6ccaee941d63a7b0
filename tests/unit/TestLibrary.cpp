// SPDX-License-Identifier: Apache-2.0
// The SQLite library on its own: files it refuses, migrations and backups, immutable
// revisions, drafts, evidence blobs, the audit chain and the library-view queries.
#include "TestSupport.h"
#include "model/Sha256.h"
#include "model/Uuid.h"
#include "store/Library.h"
#include "store/Migrations.h"

#include <QFile>
#include <QObject>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <dlfcn.h>
#include <filesystem>

using namespace vouch;
using namespace vouch::store;

namespace {

const StoredQuestionnaire kQuestionnaire{model::sha256Hex("q"), "test-q", "1.0.0", "q"};

RevisionInput draft(const std::string& payload, const std::string& author = "alice")
{
    return {payload, kQuestionnaire.sha256, author, RevisionKind::Draft};
}

AssessmentFields fields(const std::string& title, const char* tier = "low",
                        const char* verdict = "ready")
{
    AssessmentFields result;
    result.title = title;
    result.workload = "Workload of " + title;
    result.organisation = "Example Health";
    result.tier = tier;
    result.verdict = verdict;
    return result;
}

// Raw SQL on the file, bypassing the library: what someone with the file could do.
void rawSql(const std::filesystem::path& path, const char* sql)
{
    sqlite3* handle = nullptr;
    QCOMPARE(sqlite3_open(path.c_str(), &handle), SQLITE_OK);
    char* message = nullptr;
    const int code = sqlite3_exec(handle, sql, nullptr, nullptr, &message);
    const std::string text = message != nullptr ? message : "";
    sqlite3_free(message);
    sqlite3_close(handle);
    QVERIFY2(code == SQLITE_OK, text.c_str());
}

QByteArray fileBytes(const std::filesystem::path& path)
{
    QFile file(QString::fromStdString(path.string()));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::filesystem::path freshPath()
    {
        return m_dir.filePath(QStringLiteral("lib%1.vouchdb").arg(++m_counter)).toStdString();
    }

    Library openNew(const std::filesystem::path& path)
    {
        auto library = Library::open(path, OpenIntent::CreateIfMissing);
        if (!library) {
            qFatal("cannot open library: %s", library.error().message.c_str());
        }
        if (!library->storeQuestionnaire(kQuestionnaire)) {
            qFatal("cannot store questionnaire");
        }
        return std::move(*library);
    }

private Q_SLOTS:
    void newLibraryHasTheLatestSchemaInWalMode()
    {
        const auto path = freshPath();
        auto library = openNew(path);
        QCOMPARE(*library.database().queryInteger("PRAGMA user_version"),
                 std::int64_t{latestSchemaVersion()});
        QCOMPARE(*library.database().queryInteger("PRAGMA application_id"), kApplicationId);
        QCOMPARE(*library.database().queryInteger("PRAGMA foreign_keys"), std::int64_t{1});
        auto mode = library.database().prepare("PRAGMA journal_mode");
        QVERIFY(mode && mode->step());
        QCOMPARE(mode->text(0), std::string("wal"));
        QVERIFY(!library.isReadOnly());
    }

    // libpq and the two dozen libraries it pulls in are loaded for a PostgreSQL library
    // only (store/LibPq.h): a SQLite library, opened and written, leaves them out of the
    // process, so they cost nothing at start-up.
    void aSqliteLibraryLeavesLibpqUnloaded()
    {
        auto library = openNew(freshPath());
        QVERIFY(library.createAssessment(model::newUuid(), fields("Triage bot"), draft("one")));
        QVERIFY(!isPostgresLocation(library.path().string()));
        void* libpq = dlopen("libpq.so.5", RTLD_NOW | RTLD_NOLOAD);
        if (libpq != nullptr) {
            dlclose(libpq); // NOLOAD took a reference
        }
        QVERIFY2(libpq == nullptr, "libpq.so.5 is loaded in a process that never used PostgreSQL");
    }

    void newLibraryIsReadableByItsOwnerOnly()
    {
        const auto path = freshPath();
        const auto library = openNew(path); // stores a questionnaire: the WAL file exists
        using std::filesystem::perms;
        const auto ownerOnly = perms::owner_read | perms::owner_write;
        for (const auto& file : {path, std::filesystem::path(path.string() + "-wal")}) {
            QVERIFY2(std::filesystem::exists(file), file.c_str());
            QCOMPARE(std::filesystem::status(file).permissions() & perms::all, ownerOnly);
        }
    }

    void createAppendAndReadBack()
    {
        auto library = openNew(freshPath());
        const auto id = model::newUuid();
        QVERIFY(library.createAssessment(id, fields("Triage bot"), draft("one")));
        auto second = library.appendRevision(id, fields("Triage bot v2", "high", "blocked"),
                                             draft("two", "bob"));
        QVERIFY(second);
        QCOMPARE(*second, 2);

        const auto record = library.assessment(id);
        QVERIFY(record && *record);
        QCOMPARE((*record)->fields.title, std::string("Triage bot v2"));
        QCOMPARE((*record)->fields.tier.value_or(""), std::string("high"));
        QCOMPARE((*record)->status, std::string("draft"));
        QCOMPARE((*record)->currentRevision, 2);

        const auto history = library.history(id);
        QVERIFY(history);
        QCOMPARE(history->size(), std::size_t{2});
        const auto& first = history->at(0);
        const auto& latest = history->at(1);
        QCOMPARE(first.payload, std::string("one"));
        QCOMPARE(first.sha256, model::sha256Hex("one"));
        QVERIFY(!first.parentSha256);
        QCOMPARE(latest.parentSha256.value_or(""), first.sha256);
        QCOMPARE(latest.author, std::string("bob"));
        QVERIFY(first.isIntact() && latest.isIntact());
        QVERIFY(!*library.assessment(model::newUuid()));
    }

    // A save names in its UPDATE only the columns whose value changes: SQLite rewrites
    // the index entries of every column a SET names, and each sortable column has one.
    // A TEMP trigger on this connection counts the updates that name `title`.
    void saveWritesOnlyTheColumnsThatChange()
    {
        auto library = openNew(freshPath());
        const auto id = model::newUuid();
        QVERIFY(library.createAssessment(id, fields("Triage bot"), draft("one")));
        QVERIFY(library.database().exec(
            "CREATE TEMP TABLE title_updates(n INTEGER);"
            "CREATE TEMP TRIGGER count_title_updates AFTER UPDATE OF title ON main.assessments "
            "BEGIN INSERT INTO title_updates VALUES (1); END;"));
        const auto titleUpdates = [&] {
            return *library.database().queryInteger("SELECT count(*) FROM title_updates");
        };
        QVERIFY(library.appendRevision(id, fields("Triage bot", "high"), draft("two")));
        QCOMPARE(titleUpdates(), std::int64_t{0});
        QVERIFY(library.appendRevision(id, fields("Triage bot v2", "high"), draft("three")));
        QCOMPARE(titleUpdates(), std::int64_t{1});
        const auto record = library.assessment(id);
        QCOMPARE((*record)->fields.title, std::string("Triage bot v2"));
        QCOMPARE((*record)->fields.tier.value_or(""), std::string("high"));
        QCOMPARE((*record)->currentRevision, 3);
    }

    void revisionsCannotBeChangedEvenWithRawSql()
    {
        auto library = openNew(freshPath());
        const auto id = model::newUuid();
        QVERIFY(library.createAssessment(id, fields("A"), draft("one")));
        const auto changed = library.database().exec("UPDATE revisions SET payload = X'6576696c'");
        QVERIFY(!changed);
        QVERIFY2(changed.error().message.find("revisions are immutable") != std::string::npos,
                 changed.error().message.c_str());
        QCOMPARE(library.revision(id, 1)->value().payload, std::string("one"));
    }

    void questionnaireMustBeStoredFirst()
    {
        auto library = openNew(freshPath());
        RevisionInput input = draft("x");
        input.questionnaireSha256 = model::sha256Hex("unknown questionnaire");
        const auto created = library.createAssessment(model::newUuid(), fields("A"), input);
        QVERIFY(!created);
        QVERIFY(created.error().message.find("FOREIGN KEY") != std::string::npos);
        QCOMPARE(library.list({})->total, std::int64_t{0}); // nothing half-written
    }

    void questionnaireSnapshotsAreStoredOnce()
    {
        auto library = openNew(freshPath());
        QVERIFY(library.storeQuestionnaire(kQuestionnaire));
        QCOMPARE(*library.database().queryInteger("SELECT count(*) FROM questionnaires"),
                 std::int64_t{1});
        const auto stored = library.questionnaire(kQuestionnaire.sha256);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->version, std::string("1.0.0"));
    }

    void deleteDraftNeverTouchesSignedRevisions()
    {
        auto library = openNew(freshPath());
        const auto neverSigned = model::newUuid();
        QVERIFY(library.createAssessment(neverSigned, fields("Scratch"), draft("d1")));
        const auto noFields = [](const RevisionRecord&) {
            return AssessmentFields{};
        };
        QVERIFY(library.deleteDraft(neverSigned, "alice", noFields));
        QVERIFY(!*library.assessment(neverSigned));

        const auto id = model::newUuid();
        RevisionInput signedInput = draft("signed payload");
        signedInput.kind = RevisionKind::Signed;
        QVERIFY(library.createAssessment(id, fields("Signed one", "medium"), signedInput));
        const auto refusal = library.deleteDraft(id, "alice", noFields);
        QVERIFY(!refusal);
        QVERIFY(refusal.error().message.find("only drafts can be deleted") != std::string::npos);

        QVERIFY(library.appendRevision(id, fields("Edited", "high"), draft("edit")));
        QCOMPARE((*library.assessment(id))->status, std::string("draft"));
        const auto restore = [](const RevisionRecord& revision) {
            return fields("Restored from " + revision.payload, "medium");
        };
        QVERIFY(library.deleteDraft(id, "alice", restore));
        const auto record = *library.assessment(id);
        QCOMPARE(record->status, std::string("signed"));
        QCOMPARE(record->currentRevision, 1);
        QCOMPARE(record->fields.title, std::string("Restored from signed payload"));
        QCOMPARE(library.history(id)->size(), std::size_t{1});
        // Even raw SQL cannot delete a signed revision.
        QVERIFY(!library.database().exec("DELETE FROM revisions"));
    }

    void blobsAreContentAddressedWithALimit()
    {
        auto library = openNew(freshPath());
        const std::string bytes = "%PDF-1.7 signed BAA";
        const auto sha = library.storeBlob(bytes);
        QVERIFY(sha);
        QCOMPARE(*sha, model::sha256Hex(bytes));
        QVERIFY(library.storeBlob(bytes)); // stored once
        QCOMPARE(*library.database().queryInteger("SELECT count(*) FROM blobs"), std::int64_t{1});
        QCOMPARE(library.blob(*sha)->value(), bytes);
        library.setMaxAttachmentBytes(10);
        const auto tooBig = library.storeBlob(std::string(11, 'x'));
        QVERIFY(!tooBig);
        QCOMPARE(tooBig.error().message,
                 std::string("attachment is 11 bytes, more than the limit of 10 bytes"));
    }

    void auditLogChainsEveryChange()
    {
        const auto path = freshPath();
        {
            auto library = openNew(path);
            const auto id = model::newUuid();
            QVERIFY(library.createAssessment(id, fields("A"), draft("one")));
            QVERIFY(library.appendRevision(id, fields("A"), draft("two")));
            QVERIFY(library.recordAudit(AuditAction::Export, "alice", id, "exported to a.vouch"));
            const auto verification = library.auditLog().verify();
            QVERIFY(verification);
            QCOMPARE(verification->entries, std::int64_t{3});
            QVERIFY(!verification->brokenAt);
            const auto entries = *library.auditLog().entries(0, 10);
            QCOMPARE(entries.at(0).action, std::string("create"));
            QCOMPARE(entries.at(0).prevSha256, kAuditGenesis);
            QCOMPARE(entries.at(1).prevSha256, entries.at(0).sha256);
            QCOMPARE(entries.at(2).action, std::string("export"));
            QVERIFY(!library.database().exec("DELETE FROM audit_log"));
            QVERIFY(!library.database().exec("UPDATE audit_log SET actor = 'mallory'"));
        }
        // Someone with the file drops the guard and edits entry 2: the chain shows it.
        rawSql(path, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'mallory' "
                     "WHERE seq = 2;");
        auto library = Library::open(path, OpenIntent::MustExist);
        QVERIFY(library);
        const auto verification = *library->auditLog().verify();
        QCOMPARE(verification.brokenAt.value_or(0), std::int64_t{2});
        QCOMPARE(verification.problem, std::string("its contents do not match its hash"));
    }

    void auditLogDetectsARemovedEntry()
    {
        const auto path = freshPath();
        {
            auto library = openNew(path);
            for (int i = 0; i < 3; ++i) {
                QVERIFY(library.recordAudit(AuditAction::Export, "alice", std::nullopt,
                                            std::to_string(i)));
            }
        }
        rawSql(path, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2;");
        auto library = Library::open(path, OpenIntent::MustExist);
        const auto verification = *library->auditLog().verify();
        QCOMPARE(verification.brokenAt.value_or(0), std::int64_t{3});
        QCOMPARE(verification.problem, std::string("entry 2 is missing"));
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero length")
            << QByteArray()
            << QStringLiteral("is empty (0 bytes), not a Vouch library; nothing was changed");
        QTest::newRow("text file")
            << QByteArray("name,tier\nbot,high\n")
            << QStringLiteral("not a Vouch library (not a SQLite database); nothing was changed");
        QTest::newRow("short header")
            << QByteArray("SQLite format 3\0abc", 19)
            << QStringLiteral(
                   "the library file is damaged (truncated to 19 bytes); nothing was changed");
    }
    void refusedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const auto path = freshPath();
        QFile file(QString::fromStdString(path.string()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        for (const auto intent :
             {OpenIntent::CreateIfMissing, OpenIntent::MustExist, OpenIntent::ReadOnly}) {
            const auto library = Library::open(path, intent);
            QVERIFY(!library);
            QCOMPARE(QString::fromStdString(library.error().message),
                     QString::fromStdString(path.string()) + QStringLiteral(": ") + message);
        }
        QCOMPARE(fileBytes(path), content); // never "repaired"
    }

    void truncatedLibraryIsRefusedUnchanged()
    {
        const auto path = freshPath();
        {
            auto library = openNew(path);
            for (int i = 0; i < 50; ++i) {
                QVERIFY(library.createAssessment(
                    model::newUuid(), fields("A" + std::to_string(i)),
                    draft(std::string(4000, static_cast<char>('a' + i % 26)))));
            }
            QVERIFY(library.database().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        std::filesystem::resize_file(path, std::filesystem::file_size(path) / 2);
        const auto before = fileBytes(path);
        const auto library = Library::open(path, OpenIntent::MustExist);
        QVERIFY(!library);
        QVERIFY2(library.error().message.find("the library file is damaged (truncated") !=
                     std::string::npos,
                 library.error().message.c_str());
        QCOMPARE(fileBytes(path), before);
    }

    void foreignSqliteDatabaseIsRefused()
    {
        const auto path = freshPath();
        rawSql(path, "CREATE TABLE contacts(name TEXT);");
        const auto before = fileBytes(path);
        const auto library = Library::open(path, OpenIntent::CreateIfMissing);
        QVERIFY(!library);
        QVERIFY(library.error().message.find(
                    "not a Vouch library (a SQLite database of another program)") !=
                std::string::npos);
        QCOMPARE(fileBytes(path), before);
    }

    void newerSchemaIsRefusedUnchanged()
    {
        const auto path = freshPath();
        {
            auto library = openNew(path);
            QVERIFY(library.database().exec("PRAGMA user_version = 99"));
            QVERIFY(library.database().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const auto before = fileBytes(path);
        const auto library = Library::open(path, OpenIntent::CreateIfMissing);
        QVERIFY(!library);
        QCOMPARE(library.error().message,
                 path.string() +
                     ": made by a newer Vouch (library schema 99, this Vouch knows up to " +
                     std::to_string(latestSchemaVersion()) +
                     "); update Vouch to open it. Nothing was changed.");
        QCOMPARE(fileBytes(path), before);
    }

    void missingLibraryIsAnErrorUnlessCreating()
    {
        const auto path = freshPath();
        QVERIFY(!Library::open(path, OpenIntent::MustExist));
        QVERIFY(!Library::open(path, OpenIntent::ReadOnly));
        QVERIFY(!std::filesystem::exists(path));
        const auto nested = m_dir.filePath(QStringLiteral("a/b/c.vouchdb")).toStdString();
        QVERIFY(Library::open(nested, OpenIntent::CreateIfMissing));
        QVERIFY(std::filesystem::exists(nested));
    }

    void readOnlyFileOpensReadOnly()
    {
        const auto path = freshPath();
        const auto id = model::newUuid();
        {
            auto library = openNew(path);
            QVERIFY(library.createAssessment(id, fields("Kept"), draft("one")));
            QVERIFY(library.database().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        std::filesystem::permissions(path, std::filesystem::perms::owner_read |
                                               std::filesystem::perms::group_read);
        auto library = Library::open(path, OpenIntent::MustExist);
        if (!library) {
            QFAIL(library.error().message.c_str());
        }
        QVERIFY(library->isReadOnly()); // also as root, who could write anyway
        QCOMPARE((*library->assessment(id))->fields.title, std::string("Kept"));
        const auto write = library->appendRevision(id, fields("Changed"), draft("two"));
        QVERIFY(!write);
        QVERIFY(write.error().message.find("read-only") != std::string::npos);
    }

    void readOnlyIntentNeverWrites()
    {
        const auto path = freshPath();
        const auto id = model::newUuid();
        {
            auto library = openNew(path);
            QVERIFY(library.createAssessment(id, fields("Kept"), draft("one")));
        }
        auto library = Library::open(path, OpenIntent::ReadOnly);
        QVERIFY(library);
        QVERIFY(library->isReadOnly());
        QCOMPARE(library->list({})->total, std::int64_t{1});
        QVERIFY(!library->appendRevision(id, fields("Changed"), draft("two")));
    }

    // A library made by schema 1 is upgraded, after a dated backup, with its data.
    void upgradesFromTheFirstSchemaWithABackup()
    {
        const auto path = freshPath();
        const auto id = model::newUuid();
        {
            auto database = Database::open(path, OpenMode::ReadWrite);
            QVERIFY(database);
            QVERIFY(database->exec("PRAGMA journal_mode = WAL"));
            QVERIFY(migrate(*database, 1));
            QCOMPARE(*database->queryInteger("PRAGMA user_version"), std::int64_t{1});
            QVERIFY(database->exec(
                "INSERT INTO questionnaires VALUES ('" + kQuestionnaire.sha256 +
                "', 'test-q', '1.0.0', X'71', '2026-01-01T00:00:00.000Z');"
                "INSERT INTO assessments(id, title, workload, organisation, status, "
                "current_revision, created_at, updated_at) VALUES ('" +
                id +
                "', 'Legacy radiology summariser', 'Reports', 'St Mary', 'draft', 1, "
                "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');"));
        }
        auto library = Library::open(path, OpenIntent::MustExist);
        QVERIFY2(library, library ? "" : library.error().message.c_str());
        QCOMPARE(*library->database().queryInteger("PRAGMA user_version"),
                 std::int64_t{latestSchemaVersion()});
        QCOMPARE((*library->assessment(id))->fields.title,
                 std::string("Legacy radiology summariser"));
        // Rows from before the upgrade are found by the new full-text search.
        ListQuery query;
        query.text = "radiolog";
        QCOMPARE(library->list(query)->total, std::int64_t{1});

        std::vector<std::filesystem::path> backups;
        for (const auto& entry : std::filesystem::directory_iterator(path.parent_path())) {
            if (entry.path().filename().string().starts_with(path.filename().string() +
                                                             ".backup-")) {
                backups.push_back(entry.path());
            }
        }
        QCOMPARE(backups.size(), std::size_t{1});
        QVERIFY(backups.front().string().ends_with("-schema1"));
        auto backup = Library::open(backups.front(), OpenIntent::ReadOnly);
        QVERIFY(!backup); // read-only intent cannot upgrade the old copy ...
        QVERIFY(backup.error().message.find("needs an upgrade from schema 1 but is read-only") !=
                std::string::npos);
        auto raw = Database::open(backups.front(), OpenMode::ReadOnly);
        QCOMPARE(*raw->queryInteger("PRAGMA user_version"),
                 std::int64_t{1}); // ... and it is intact
        QCOMPARE(*raw->queryInteger("SELECT count(*) FROM assessments"), std::int64_t{1});
    }

    // Schema 5: audit entries name the rows they add. A library made before gets one
    // "backfill" entry naming every revision and signature row found at the upgrade, so
    // its rows verify from then on; a row changed after the upgrade still shows.
    void upgradeBackfillsRowsIntoTheLog()
    {
        const auto path = freshPath();
        {
            auto database = Database::open(path, OpenMode::ReadWrite);
            QVERIFY(database);
            QVERIFY(migrate(*database, 4));
            QVERIFY(database->exec(
                "INSERT INTO questionnaires VALUES ('" + kQuestionnaire.sha256 +
                "', 'test-q', '1.0.0', X'71', '2026-01-01T00:00:00.000Z');"
                "INSERT INTO assessments(id, title, status, current_revision, created_at, "
                "updated_at) VALUES ('old', 'Old', 'signed', 2, '2026-01-01T00:00:00.000Z', "
                "'2026-01-01T00:00:00.000Z');"
                "INSERT INTO revisions VALUES ('old', 1, 'draft', X'7B7D', 'x', NULL, '" +
                kQuestionnaire.sha256 +
                "', 'alice', '2026-01-01T00:00:00.000Z');"
                "INSERT INTO revisions VALUES ('old', 2, 'signed', X'7B7D', 'x', 'x', '" +
                kQuestionnaire.sha256 +
                "', 'alice', '2026-01-01T00:00:00.000Z');"
                "INSERT INTO signatures VALUES ('old', 2, 1, '{}', 'Alice', "
                "'2026-01-01T00:00:00.000Z');"));
        }
        auto library = Library::open(path, OpenIntent::MustExist);
        QVERIFY2(library, library ? "" : library.error().message.c_str());
        const auto entries = library->auditLog().entries(0, 10);
        QVERIFY(entries);
        QCOMPARE(entries->size(), std::size_t{1});
        const auto& backfill = entries->front();
        QCOMPARE(backfill.action, std::string("backfill"));
        QCOMPARE(backfill.actor, std::string("vouch (library upgrade)"));
        QCOMPARE(backfill.detail,
                 std::string("2 revision(s) and 1 signature(s) stored before audit entries "
                             "named rows, recorded as found at the upgrade"));
        QCOMPARE(rowsFromText(backfill.rows)->size(), std::size_t{3});
        QVERIFY(library->auditLog().verify()->brokenAt == std::nullopt);
        QVERIFY(!*auditedRowsProblem(library->database()));

        // A new library has nothing to backfill.
        const auto fresh = openNew(freshPath());
        QCOMPARE(fresh.auditLog().entries(0, 10)->size(), std::size_t{0});

        QVERIFY(
            library->database().exec("DROP TRIGGER revisions_immutable;"
                                     "UPDATE revisions SET author = 'mallory' WHERE number = 1"));
        const auto problem = auditedRowsProblem(library->database());
        QVERIFY(problem && *problem);
        QCOMPARE(**problem, std::string("revision 1 of assessment old does not match the hash "
                                        "audit entry 1 recorded (changed behind Vouch's back)"));
    }

    // Schema 4 adds next_action_due and fills it from each assessment's current
    // revision: the earliest due date of the actions not done. Payloads that are not
    // JSON, or actions of the wrong shape, leave it empty without failing the upgrade.
    void upgradeToSchema4FillsNextActionDue()
    {
        const auto path = freshPath();
        const auto insertAssessment = [](const std::string& id, int current) {
            return "INSERT INTO assessments(id, title, status, current_revision, created_at, "
                   "updated_at) VALUES ('" +
                   id + "', '" + id + "', 'draft', " + std::to_string(current) +
                   ", '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');";
        };
        const auto insertRevision = [](const std::string& id, int number,
                                       const std::string& payload) {
            return "INSERT INTO revisions VALUES ('" + id + "', " + std::to_string(number) +
                   ", 'draft', CAST('" + payload + "' AS BLOB), 'x', NULL, '" +
                   kQuestionnaire.sha256 + "', 'alice', '2026-01-01T00:00:00.000Z');";
        };
        {
            auto database = Database::open(path, OpenMode::ReadWrite);
            QVERIFY(database);
            QVERIFY(migrate(*database, 3));
            QVERIFY(database->exec(
                "INSERT INTO questionnaires VALUES ('" + kQuestionnaire.sha256 +
                "', 'test-q', '1.0.0', X'71', '2026-01-01T00:00:00.000Z');" +
                insertAssessment("plan", 1) +
                insertRevision("plan", 1,
                               R"({"actions":[{"due":"2026-03-01","status":"open"},)"
                               R"({"due":"2025-12-01","status":"done"},)"
                               R"({"due":"2026-02-01","status":"in_progress"},)"
                               R"({"due":"","status":"open"}]})") +
                insertAssessment("older-revision-had-one", 2) +
                insertRevision("older-revision-had-one", 1,
                               R"({"actions":[{"due":"2026-03-01","status":"open"}]})") +
                insertRevision("older-revision-had-one", 2, R"({"answers":{}})") +
                insertAssessment("all-done", 1) +
                insertRevision("all-done", 1,
                               R"({"actions":[{"due":"2026-03-01","status":"done"}]})") +
                insertAssessment("not-json", 1) + insertRevision("not-json", 1, "{actions: [") +
                insertAssessment("wrong-shapes", 1) +
                insertRevision("wrong-shapes", 1,
                               R"({"actions":["2026-01-01",7,{"due":20260101},)"
                               R"({"due":"soon","status":"open"},{"status":"open"}]})") +
                insertAssessment("actions-not-a-list", 1) +
                insertRevision("actions-not-a-list", 1, R"({"actions":"2026-01-01"})") +
                insertAssessment("no-revision", 1)));
        }
        auto library = Library::open(path, OpenIntent::MustExist);
        QVERIFY2(library, library ? "" : library.error().message.c_str());
        QCOMPARE(*library->database().queryInteger("PRAGMA user_version"),
                 std::int64_t{latestSchemaVersion()});
        const auto due = [&](const std::string& id) {
            return (*library->assessment(id))->fields.nextActionDue.value_or("(none)");
        };
        QCOMPARE(due("plan"), std::string("2026-02-01"));
        QCOMPARE(due("older-revision-had-one"), std::string("(none)"));
        QCOMPARE(due("all-done"), std::string("(none)"));
        QCOMPARE(due("not-json"), std::string("(none)"));
        QCOMPARE(due("wrong-shapes"), std::string("(none)"));
        QCOMPARE(due("actions-not-a-list"), std::string("(none)"));
        QCOMPARE(due("no-revision"), std::string("(none)"));

        ListQuery overdue;
        overdue.overdueActionsOnly = true;
        overdue.today = "2026-02-02";
        const auto page = library->list(overdue);
        QCOMPARE(page->total, std::int64_t{1});
        QCOMPARE(page->rows.front().id, std::string("plan"));
        QCOMPARE(page->rows.front().fields.nextActionDue.value_or(""), std::string("2026-02-01"));
        overdue.today = "2026-02-01";
        QCOMPARE(library->list(overdue)->total, std::int64_t{0});

        // The schema-3 copy was kept.
        bool backedUp = false;
        for (const auto& entry : std::filesystem::directory_iterator(path.parent_path())) {
            const auto name = entry.path().filename().string();
            backedUp = backedUp || (name.starts_with(path.filename().string() + ".backup-") &&
                                    name.ends_with("-schema3"));
        }
        QVERIFY(backedUp);
    }

    // Schema 7: a draft saved on top of a sign-off before the signer column followed the
    // sign-off in force lists that signer after the upgrade; other rows keep theirs.
    void upgradeListsTheSignerOfTheSignOffUnderADraft()
    {
        const auto path = freshPath();
        const auto assessment = [](const std::string& id, const std::string& status, int current,
                                   const std::string& signer) {
            return "INSERT INTO assessments(id, title, status, current_revision, signer, "
                   "created_at, updated_at) VALUES ('" +
                   id + "', '" + id + "', '" + status + "', " + std::to_string(current) + ", " +
                   signer + ", '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');";
        };
        const auto revision = [](const std::string& id, int number, const std::string& kind) {
            return "INSERT INTO revisions VALUES ('" + id + "', " + std::to_string(number) + ", '" +
                   kind + "', CAST('{}' AS BLOB), 'x" + id + std::to_string(number) + "', NULL, '" +
                   kQuestionnaire.sha256 + "', 'alice', '2026-01-01T00:00:00.000Z');";
        };
        const auto signature = [](const std::string& id, int number, int position,
                                  const std::string& signer) {
            return "INSERT INTO signatures VALUES ('" + id + "', " + std::to_string(number) + ", " +
                   std::to_string(position) + ", '{}', '" + signer +
                   "', '2026-01-01T00:00:00.000Z');";
        };
        {
            auto database = Database::open(path, OpenMode::ReadWrite);
            QVERIFY(database);
            QVERIFY(migrate(*database, 6));
            QVERIFY(database->exec(
                "INSERT INTO questionnaires VALUES ('" + kQuestionnaire.sha256 +
                "', 'test-q', '1.0.0', X'71', '2026-01-01T00:00:00.000Z');" +
                // Signed by assessor and approver at 1 and 2, a draft at 3 listing nobody.
                assessment("reopened", "draft", 3, "NULL") + revision("reopened", 1, "signed") +
                signature("reopened", 1, 1, "Old Assessor") + revision("reopened", 2, "signed") +
                signature("reopened", 2, 1, "Alice Assessor") +
                signature("reopened", 2, 2, "Bob Approver") + revision("reopened", 3, "draft") +
                assessment("never-signed", "draft", 1, "NULL") +
                revision("never-signed", 1, "draft") +
                assessment("signed", "signed", 1, "'Carol'") + revision("signed", 1, "signed") +
                signature("signed", 1, 1, "Carol")));
        }
        auto library = Library::open(path, OpenIntent::MustExist);
        QVERIFY2(library, library ? "" : library.error().message.c_str());
        const auto signer = [&](const std::string& id) {
            return (*library->assessment(id))->fields.signer.value_or("(none)");
        };
        QCOMPARE(signer("reopened"), std::string("Bob Approver"));
        QCOMPARE(signer("never-signed"), std::string("(none)"));
        QCOMPARE(signer("signed"), std::string("Carol"));
        ListQuery bySigner;
        bySigner.signer = "Bob Approver";
        QCOMPARE(library->list(bySigner)->total, std::int64_t{1});
    }

    void nextActionDueIsWrittenWithTheOtherFields()
    {
        auto library = openNew(freshPath());
        const auto id = model::newUuid();
        auto withPlan = fields("Plan");
        withPlan.nextActionDue = "2026-05-01";
        QVERIFY(library.createAssessment(id, withPlan, draft("one")));
        QCOMPARE((*library.assessment(id))->fields.nextActionDue.value_or(""),
                 std::string("2026-05-01"));
        withPlan.nextActionDue = std::nullopt;
        QVERIFY(library.appendRevision(id, withPlan, draft("two")));
        QVERIFY(!(*library.assessment(id))->fields.nextActionDue);
        withPlan.nextActionDue = "2026-04-01";
        QVERIFY(library.appendRevision(id, withPlan, draft("three")));
        QCOMPARE(library.list({})->rows.front().fields.nextActionDue.value_or(""),
                 std::string("2026-04-01"));
    }

    void fullLibraryFailsTheSaveAndKeepsThePrevious()
    {
        auto library = openNew(freshPath());
        const auto id = model::newUuid();
        QVERIFY(library.createAssessment(id, fields("A"), draft("small")));
        const auto pages = *library.database().queryInteger("PRAGMA page_count");
        QVERIFY(library.database().exec("PRAGMA max_page_count = " + std::to_string(pages + 2)));
        const auto full = library.appendRevision(id, fields("A"), draft(std::string(200000, 'x')));
        QVERIFY(!full);
        QVERIFY2(full.error().message.find("the disk is full; nothing was saved") !=
                     std::string::npos,
                 full.error().message.c_str());
        QCOMPARE((*library.assessment(id))->currentRevision, 1);
        QCOMPARE(library.revision(id, 1)->value().payload, std::string("small"));
        QVERIFY(!*library.revision(id, 2));
        QVERIFY(library.auditLog().verify()->entries == 1);
    }

    void listFiltersSortsAndPages()
    {
        auto library = openNew(freshPath());
        const auto add = [&](const std::string& title, const char* tier, const char* verdict,
                             RevisionKind kind, std::optional<std::string> due) {
            auto f = fields(title, tier, verdict);
            f.reviewDue = std::move(due);
            f.signer = kind == RevisionKind::Signed ? std::optional<std::string>("Dr. Okafor")
                                                    : std::nullopt;
            RevisionInput input = draft(title);
            input.kind = kind;
            QVERIFY(library.createAssessment(model::newUuid(), f, input));
        };
        add("Ambient scribe for cardiology", "high", "blocked", RevisionKind::Draft, std::nullopt);
        add("Prior authorisation drafting", "medium", "conditional", RevisionKind::Signed,
            "2026-01-01");
        add("Internal HR assistant", "low", "ready", RevisionKind::Signed, "2099-01-01");
        add("Radiology report summariser", "high", "ready", RevisionKind::Signed, "2026-06-30");
        add("Café menu bot (\"AND\" OR *)", "low", "ready", RevisionKind::Draft, std::nullopt);

        ListQuery query;
        QCOMPARE(library.list(query)->total, std::int64_t{5});
        query.tier = "high";
        QCOMPARE(library.list(query)->total, std::int64_t{2});
        query.verdict = "ready";
        auto page = *library.list(query);
        QCOMPARE(page.total, std::int64_t{1});
        QCOMPARE(page.rows.front().fields.title, std::string("Radiology report summariser"));

        ListQuery text;
        text.text = "cardio";
        QCOMPARE(library.list(text)->rows.front().fields.title,
                 std::string("Ambient scribe for cardiology"));
        text.text = "cafe"; // diacritics removed by the tokenizer
        QCOMPARE(library.list(text)->total, std::int64_t{1});
        text.text = "\"AND\" OR *"; // FTS syntax in user text is just words
        QCOMPARE(library.list(text)->total, std::int64_t{1});
        text.text = "example health"; // matches organisation
        QCOMPARE(library.list(text)->total, std::int64_t{5});

        ListQuery overdue;
        overdue.overdueOnly = true;
        overdue.today = "2026-11-22";
        QCOMPARE(library.list(overdue)->total, std::int64_t{2});
        ListQuery signer;
        signer.signer = "Dr. Okafor";
        QCOMPARE(library.list(signer)->total, std::int64_t{3});
        ListQuery status;
        status.status = "draft";
        QCOMPARE(library.list(status)->total, std::int64_t{2});

        ListQuery sorted;
        sorted.sort = SortColumn::Title;
        sorted.descending = false;
        sorted.limit = 2;
        sorted.offset = 1;
        page = *library.list(sorted);
        QCOMPARE(page.total, std::int64_t{5});
        QCOMPARE(page.rows.size(), std::size_t{2});
        QCOMPARE(page.rows[0].fields.title, std::string("Café menu bot (\"AND\" OR *)"));
        QCOMPARE(page.rows[1].fields.title, std::string("Internal HR assistant"));
        sorted.sort = SortColumn::Tier;
        sorted.descending = true;
        sorted.offset = 0;
        QCOMPARE(library.list(sorted)->rows.front().fields.tier.value_or(""), std::string("high"));

        // Every row's position, in every order and with a filter, is where a page has it
        // (NULL signers and review dates included); a filtered-out row has none.
        for (const auto column : allSortColumns()) {
            for (const bool descending : {false, true}) {
                for (const bool draftsOnly : {false, true}) {
                    ListQuery all;
                    all.sort = column;
                    all.descending = descending;
                    if (draftsOnly) {
                        all.status = "draft";
                    }
                    const auto rows = library.list(all)->rows;
                    for (std::size_t i = 0; i < rows.size(); ++i) {
                        QCOMPARE(library.positionInList(all, rows[i].id)->value_or(-1),
                                 static_cast<std::int64_t>(i));
                    }
                }
            }
        }
        status.status = "draft";
        const auto signedOne = library.list(signer)->rows.front().id;
        QVERIFY(!*library.positionInList(status, signedOne));
        QVERIFY(!*library.positionInList({}, "no-such-id"));
    }

    void ftsQueryQuotesEveryWord()
    {
        QCOMPARE(ftsPrefixQuery("  radiology  report "), std::string("\"radiology\"* \"report\"*"));
        QCOMPARE(ftsPrefixQuery("a\"b OR c*"), std::string("\"a\"* \"b\"* \"OR\"* \"c\"*"));
        QCOMPARE(ftsPrefixQuery("--- "), std::string());
        QCOMPARE(ftsPrefixQuery("Ärztin"), std::string("\"Ärztin\"*"));
    }

    // One SQL text for both servers: the few SQLite spellings the Library uses become
    // PostgreSQL's; a ? inside a string literal is left alone.
    void postgresSqlRewritesSqliteSpellings()
    {
        QCOMPARE(vouch::store::toPostgresSql("SELECT a FROM t WHERE b = ? AND c = '?' AND d > ?"),
                 std::string("SELECT a FROM t WHERE b = $1 AND c = '?' AND d > $2"));
        QCOMPARE(vouch::store::toPostgresSql("INSERT OR IGNORE INTO blobs(sha256) VALUES (?)"),
                 std::string("INSERT INTO blobs(sha256) VALUES ($1) ON CONFLICT DO NOTHING"));
        QCOMPARE(vouch::store::toPostgresSql("ORDER BY title COLLATE NOCASE DESC, id DESC"),
                 std::string("ORDER BY lower(title) DESC, id DESC"));
        QVERIFY(vouch::store::isPostgresLocation("postgresql://officer@db.example.org/vouch"));
        QVERIFY(vouch::store::isPostgresLocation("postgres://officer@/vouch?host=/run/postgresql"));
        QVERIFY(vouch::store::isPostgresLocation("service=vouch"));
        QVERIFY(!vouch::store::isPostgresLocation("/home/officer/library.vouchdb"));
        QVERIFY(!vouch::store::isPostgresLocation("postgresql.vouchdb"));
    }

    void listQueriesUseIndexes_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("tier") << QStringLiteral(
            "SELECT id FROM assessments WHERE tier = 'high' ORDER BY updated_at DESC");
        QTest::newRow("verdict") << QStringLiteral(
            "SELECT id FROM assessments WHERE verdict = 'ready' ORDER BY updated_at DESC");
        QTest::newRow("status") << QStringLiteral(
            "SELECT id FROM assessments WHERE status = 'draft' ORDER BY updated_at DESC");
        QTest::newRow("next action due")
            << QStringLiteral("SELECT id FROM assessments WHERE next_action_due < '2026-11-22'");
        QTest::newRow("recent") << QStringLiteral(
            "SELECT id FROM assessments ORDER BY updated_at DESC LIMIT 100");
        QTest::newRow("text") << QStringLiteral(
            "SELECT id FROM assessments WHERE rowid IN (SELECT rowid FROM assessments_fts WHERE "
            "assessments_fts MATCH '\"scribe\"*')");
    }
    void listQueriesUseIndexes()
    {
        QFETCH(QString, sql);
        auto library = openNew(freshPath());
        auto plan = library.database().prepare("EXPLAIN QUERY PLAN " + sql.toStdString());
        QVERIFY(plan);
        std::string details;
        while (plan->step()) {
            details += plan->text(3) + "\n";
        }
        QVERIFY2(details.find("SCAN assessments\n") == std::string::npos, details.c_str());
    }

    // A page deep in a sorted list must not sort the whole table: every sort column, in
    // both directions, is read in order from an index (bench/run's sorted-page row).
    void everySortOrderIsReadFromAnIndex()
    {
        auto library = openNew(freshPath());
        for (const auto column : allSortColumns()) {
            for (const bool descending : {false, true}) {
                const auto sql = "EXPLAIN QUERY PLAN SELECT * FROM assessments ORDER BY " +
                                 orderByClause(column, descending) + " LIMIT 100 OFFSET 50000";
                auto plan = library.database().prepare(sql);
                QVERIFY(plan);
                std::string details;
                while (plan->step()) {
                    details += plan->text(3) + "\n";
                }
                const auto what = sql + "\n" + details;
                QVERIFY2(details.find("INDEX assessments_sort_") != std::string::npos,
                         what.c_str());
                QVERIFY2(details.find("TEMP B-TREE") == std::string::npos, what.c_str());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "TestLibrary.moc"
