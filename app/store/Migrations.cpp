// SPDX-License-Identifier: Apache-2.0
#include "store/Migrations.h"

#include "store/AuditedRows.h"
#include "store/Clock.h"

#include <array>
#include <string>
#include <string_view>

namespace vouch::store {
namespace {

// Each entry moves the schema from version i to i + 1. Never edit a shipped entry:
// libraries in the field were made by it. Add a new one instead.
constexpr std::array<std::string_view, 8> kMigrations{
    // 0 -> 1: assessments, immutable revisions, questionnaire snapshots, evidence
    // blobs and the hash-chained audit log.
    R"sql(
CREATE TABLE questionnaires (
    sha256     TEXT PRIMARY KEY,
    id         TEXT NOT NULL,
    version    TEXT NOT NULL,
    content    BLOB NOT NULL,
    stored_at  TEXT NOT NULL
) STRICT;

CREATE TABLE assessments (
    id               TEXT PRIMARY KEY,
    title            TEXT NOT NULL,
    workload         TEXT NOT NULL DEFAULT '',
    organisation     TEXT NOT NULL DEFAULT '',
    business_owner   TEXT NOT NULL DEFAULT '',
    assessor         TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL CHECK (status IN ('draft', 'signed', 'superseded')),
    current_revision INTEGER NOT NULL DEFAULT 0,
    tier             TEXT,
    verdict          TEXT,
    signer           TEXT,
    review_due       TEXT,
    superseded_by    TEXT REFERENCES assessments(id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX assessments_updated ON assessments(updated_at);
CREATE INDEX assessments_tier ON assessments(tier, updated_at);
CREATE INDEX assessments_verdict ON assessments(verdict, updated_at);
CREATE INDEX assessments_status ON assessments(status, updated_at);
CREATE INDEX assessments_review_due ON assessments(review_due);
CREATE INDEX assessments_signer ON assessments(signer);

CREATE TABLE revisions (
    assessment_id        TEXT NOT NULL REFERENCES assessments(id),
    number               INTEGER NOT NULL CHECK (number >= 1),
    kind                 TEXT NOT NULL CHECK (kind IN ('draft', 'signed')),
    payload              BLOB NOT NULL,
    sha256               TEXT NOT NULL,
    parent_sha256        TEXT,
    questionnaire_sha256 TEXT NOT NULL REFERENCES questionnaires(sha256),
    author               TEXT NOT NULL,
    created_at           TEXT NOT NULL,
    PRIMARY KEY (assessment_id, number)
) STRICT;
CREATE INDEX revisions_sha256 ON revisions(sha256);

-- Revisions are immutable; only unsigned drafts may be discarded.
CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
CREATE TRIGGER revisions_signed_kept BEFORE DELETE ON revisions WHEN OLD.kind = 'signed'
BEGIN SELECT RAISE(ABORT, 'signed revisions cannot be deleted'); END;

CREATE TABLE blobs (
    sha256  TEXT PRIMARY KEY,
    size    INTEGER NOT NULL,
    content BLOB NOT NULL
) STRICT;

CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    action        TEXT NOT NULL,
    assessment_id TEXT,
    detail        TEXT NOT NULL,
    prev_sha256   TEXT NOT NULL,
    sha256        TEXT NOT NULL
) STRICT;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql",
    // 1 -> 2: full-text search over title, workload and organisation for the library
    // view, kept in step with assessments by triggers, filled for existing rows.
    R"sql(
CREATE VIRTUAL TABLE assessments_fts USING fts5(
    title, workload, organisation,
    content='assessments', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
INSERT INTO assessments_fts(rowid, title, workload, organisation)
    SELECT rowid, title, workload, organisation FROM assessments;
CREATE TRIGGER assessments_fts_insert AFTER INSERT ON assessments BEGIN
    INSERT INTO assessments_fts(rowid, title, workload, organisation)
    VALUES (new.rowid, new.title, new.workload, new.organisation);
END;
CREATE TRIGGER assessments_fts_delete AFTER DELETE ON assessments BEGIN
    INSERT INTO assessments_fts(assessments_fts, rowid, title, workload, organisation)
    VALUES ('delete', old.rowid, old.title, old.workload, old.organisation);
END;
CREATE TRIGGER assessments_fts_update AFTER UPDATE OF title, workload, organisation ON assessments
WHEN old.title IS NOT new.title OR old.workload IS NOT new.workload
     OR old.organisation IS NOT new.organisation BEGIN
    INSERT INTO assessments_fts(assessments_fts, rowid, title, workload, organisation)
    VALUES ('delete', old.rowid, old.title, old.workload, old.organisation);
    INSERT INTO assessments_fts(rowid, title, workload, organisation)
    VALUES (new.rowid, new.title, new.workload, new.organisation);
END;
)sql",
    // 2 -> 3: signatures kept with the revision they sign, and the trust list of signer
    // keys. Signature entries are the signing module's JSON, opaque to the store.
    R"sql(
CREATE TABLE signatures (
    assessment_id TEXT NOT NULL,
    revision      INTEGER NOT NULL,
    position      INTEGER NOT NULL CHECK (position >= 1),
    entry         TEXT NOT NULL,
    signer        TEXT NOT NULL,
    signed_at     TEXT NOT NULL,
    PRIMARY KEY (assessment_id, revision, position),
    FOREIGN KEY (assessment_id, revision) REFERENCES revisions(assessment_id, number)
) STRICT;
CREATE TRIGGER signatures_immutable BEFORE UPDATE ON signatures
BEGIN SELECT RAISE(ABORT, 'signatures are immutable'); END;
CREATE TRIGGER signatures_kept BEFORE DELETE ON signatures
BEGIN SELECT RAISE(ABORT, 'signatures cannot be deleted'); END;

CREATE TABLE trusted_keys (
    key_id     TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    name       TEXT NOT NULL,
    email      TEXT NOT NULL,
    added_at   TEXT NOT NULL
) STRICT;
)sql",
    // 3 -> 4: the earliest due date of the remediation actions not yet done, so the
    // library view can list assessments with overdue actions. Existing rows are filled
    // from their current revision's payload (`actions`: [{"due", "status", ...}]). The
    // JSON is read defensively: a payload that is not valid JSON, or an action that is
    // not an object or has no date, contributes nothing rather than failing the upgrade.
    R"sql(
ALTER TABLE assessments ADD COLUMN next_action_due TEXT;
CREATE INDEX assessments_next_action_due ON assessments(next_action_due);
UPDATE assessments SET next_action_due = (
    SELECT min(due) FROM (
        SELECT CASE WHEN action.type = 'object' THEN json_extract(action.value, '$.due') END
                   AS due,
               CASE WHEN action.type = 'object' THEN json_extract(action.value, '$.status') END
                   AS status
        FROM revisions r,
             json_each(CASE WHEN json_valid(CAST(r.payload AS TEXT))
                            THEN CAST(r.payload AS TEXT) ELSE '{}' END, '$.actions') AS action
        WHERE r.assessment_id = assessments.id AND r.number = assessments.current_revision)
    WHERE status IS NOT 'done' AND typeof(due) = 'text'
      AND due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
)sql",
    // 4 -> 5: an index for every column the library can be sorted by, each on exactly
    // the expression LibraryQuery orders by and ending in id (the tie-breaker), so a
    // page deep in a sorted list is read from the index instead of sorting every row.
    R"sql(
CREATE INDEX assessments_sort_updated ON assessments(updated_at, id);
CREATE INDEX assessments_sort_title ON assessments(title COLLATE NOCASE, id);
CREATE INDEX assessments_sort_workload ON assessments(workload COLLATE NOCASE, id);
CREATE INDEX assessments_sort_organisation ON assessments(organisation COLLATE NOCASE, id);
CREATE INDEX assessments_sort_tier ON assessments(
    (CASE tier WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3 ELSE 0 END), id);
CREATE INDEX assessments_sort_verdict ON assessments(
    (CASE verdict WHEN 'ready' THEN 1 WHEN 'conditional' THEN 2 WHEN 'incomplete' THEN 3
                  WHEN 'blocked' THEN 4 ELSE 0 END), id);
CREATE INDEX assessments_sort_status ON assessments(status, id);
CREATE INDEX assessments_sort_signer ON assessments(signer COLLATE NOCASE, id);
CREATE INDEX assessments_sort_review_due ON assessments(review_due, id);
CREATE INDEX assessments_sort_next_action_due ON assessments(next_action_due, id);
)sql",
    // 5 -> 6: audit entries name the revision and signature rows they add or remove,
    // with each row's hash (store/AuditedRows.h), hashed with the entry when present.
    // Rows already stored are listed once by a "backfill" entry (afterStep). And a
    // received copy (`import --as-received-copy`) names the assessment it is a copy of.
    R"sql(
ALTER TABLE audit_log ADD COLUMN rows TEXT NOT NULL DEFAULT '';
ALTER TABLE assessments ADD COLUMN received_copy_of TEXT;
)sql",
    // 6 -> 7: a draft on top of a sign-off lists the signer of the sign-off in force
    // under it (the last signature of the latest signed revision), as updateAssessmentRow
    // writes it since; drafts saved before that listed none until saved again. Only the
    // derived library column changes; revisions, signatures and the audit log do not.
    R"sql(
UPDATE assessments SET signer = (
    SELECT s.signer FROM signatures s WHERE s.assessment_id = assessments.id
    ORDER BY s.revision DESC, s.position DESC LIMIT 1)
WHERE signer IS NULL AND status = 'draft'
  AND EXISTS (SELECT 1 FROM signatures s WHERE s.assessment_id = assessments.id);
)sql",
    // 7 -> 8: the PDF sign-off of a signed revision as it was PAdES-signed, one row per
    // PDF signature it carries (the approver's adds a row holding the whole updated
    // file); export-pdf returns the row with the most. Rows are never changed or removed.
    R"sql(
CREATE TABLE signed_pdfs (
    assessment_id  TEXT NOT NULL REFERENCES assessments(id),
    revision       INTEGER NOT NULL,
    pdf_signatures INTEGER NOT NULL,
    sha256         TEXT NOT NULL,
    content        BLOB NOT NULL,
    stored_at      TEXT NOT NULL,
    PRIMARY KEY (assessment_id, revision, pdf_signatures)
);
CREATE TRIGGER signed_pdfs_no_update BEFORE UPDATE ON signed_pdfs
BEGIN SELECT RAISE(ABORT, 'signed PDFs are immutable'); END;
CREATE TRIGGER signed_pdfs_no_delete BEFORE DELETE ON signed_pdfs
BEGIN SELECT RAISE(ABORT, 'signed PDFs cannot be deleted'); END;
)sql",
};

// PostgreSQL version 8, the first PostgreSQL schema, exactly as shipped: never edit it (libraries
// in the field were made by it; a new library is still made by it and then upgraded, below).
// SQLite schema 8 in PostgreSQL's types (the tables, columns, keys and indexes above; BLOB is
// bytea, INTEGER bigint where SQLite's 64-bit rowid-like values go). What SQLite's FTS5 table
// does is not here: the text filter reads the columns (LibraryQuery). Sort indexes on nullable
// columns put NULL first, as SQLite sorts it and LibraryQuery asks for it. The server keeps the
// history: rows of revisions, signatures, signed PDFs and the audit log are insert-only (a
// trigger refuses UPDATE, DELETE and TRUNCATE; version 9 lets unsigned revisions be deleted);
// the assessment row (its head) and the trust list change, and every change of them is in the
// audit log, which `audit --verify` replays.
constexpr std::string_view kPostgresSchema = R"sql(
CREATE TABLE vouch_schema (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version  integer NOT NULL
);

CREATE TABLE questionnaires (
    sha256     text PRIMARY KEY,
    id         text NOT NULL,
    version    text NOT NULL,
    content    bytea NOT NULL,
    stored_at  text NOT NULL
);

CREATE TABLE assessments (
    id               text PRIMARY KEY,
    title            text NOT NULL,
    workload         text NOT NULL DEFAULT '',
    organisation     text NOT NULL DEFAULT '',
    business_owner   text NOT NULL DEFAULT '',
    assessor         text NOT NULL DEFAULT '',
    status           text NOT NULL CHECK (status IN ('draft', 'signed', 'superseded')),
    current_revision integer NOT NULL DEFAULT 0,
    tier             text,
    verdict          text,
    signer           text,
    review_due       text,
    superseded_by    text REFERENCES assessments(id),
    created_at       text NOT NULL,
    updated_at       text NOT NULL,
    next_action_due  text,
    received_copy_of text
);
CREATE INDEX assessments_tier ON assessments(tier, updated_at);
CREATE INDEX assessments_verdict ON assessments(verdict, updated_at);
CREATE INDEX assessments_status ON assessments(status, updated_at);
CREATE INDEX assessments_signer ON assessments(signer);
CREATE INDEX assessments_sort_updated ON assessments(updated_at, id);
CREATE INDEX assessments_sort_title ON assessments(lower(title), id);
CREATE INDEX assessments_sort_workload ON assessments(lower(workload), id);
CREATE INDEX assessments_sort_organisation ON assessments(lower(organisation), id);
CREATE INDEX assessments_sort_tier ON assessments(
    (CASE tier WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3 ELSE 0 END), id);
CREATE INDEX assessments_sort_verdict ON assessments(
    (CASE verdict WHEN 'ready' THEN 1 WHEN 'conditional' THEN 2 WHEN 'incomplete' THEN 3
                  WHEN 'blocked' THEN 4 ELSE 0 END), id);
CREATE INDEX assessments_sort_status ON assessments(status, id);
CREATE INDEX assessments_sort_signer ON assessments(lower(signer) NULLS FIRST, id);
CREATE INDEX assessments_sort_review_due ON assessments(review_due NULLS FIRST, id);
CREATE INDEX assessments_sort_next_action_due ON assessments(next_action_due NULLS FIRST, id);

CREATE TABLE revisions (
    assessment_id        text NOT NULL REFERENCES assessments(id),
    number               integer NOT NULL CHECK (number >= 1),
    kind                 text NOT NULL CHECK (kind IN ('draft', 'signed')),
    payload              bytea NOT NULL,
    sha256               text NOT NULL,
    parent_sha256        text,
    questionnaire_sha256 text NOT NULL REFERENCES questionnaires(sha256),
    author               text NOT NULL,
    created_at           text NOT NULL,
    PRIMARY KEY (assessment_id, number)
);
CREATE INDEX revisions_sha256 ON revisions(sha256);

CREATE TABLE blobs (
    sha256  text PRIMARY KEY,
    size    bigint NOT NULL,
    content bytea NOT NULL
);

CREATE TABLE audit_log (
    seq           bigint PRIMARY KEY,
    at            text NOT NULL,
    actor         text NOT NULL,
    action        text NOT NULL,
    assessment_id text,
    detail        text NOT NULL,
    prev_sha256   text NOT NULL,
    sha256        text NOT NULL,
    rows          text NOT NULL DEFAULT ''
);

CREATE TABLE signatures (
    assessment_id text NOT NULL,
    revision      integer NOT NULL,
    position      integer NOT NULL CHECK (position >= 1),
    entry         text NOT NULL,
    signer        text NOT NULL,
    signed_at     text NOT NULL,
    PRIMARY KEY (assessment_id, revision, position),
    FOREIGN KEY (assessment_id, revision) REFERENCES revisions(assessment_id, number)
);

CREATE TABLE signed_pdfs (
    assessment_id  text NOT NULL REFERENCES assessments(id),
    revision       integer NOT NULL,
    pdf_signatures integer NOT NULL,
    sha256         text NOT NULL,
    content        bytea NOT NULL,
    stored_at      text NOT NULL,
    PRIMARY KEY (assessment_id, revision, pdf_signatures)
);

CREATE TABLE trusted_keys (
    key_id     text PRIMARY KEY,
    public_key text NOT NULL,
    name       text NOT NULL,
    email      text NOT NULL,
    added_at   text NOT NULL
);

CREATE FUNCTION vouch_insert_only() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    RAISE EXCEPTION '% is insert-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$body$;
CREATE TRIGGER revisions_insert_only BEFORE UPDATE OR DELETE ON revisions
    FOR EACH ROW EXECUTE FUNCTION vouch_insert_only();
CREATE TRIGGER revisions_no_truncate BEFORE TRUNCATE ON revisions
    FOR EACH STATEMENT EXECUTE FUNCTION vouch_insert_only();
CREATE TRIGGER signatures_insert_only BEFORE UPDATE OR DELETE ON signatures
    FOR EACH ROW EXECUTE FUNCTION vouch_insert_only();
CREATE TRIGGER signatures_no_truncate BEFORE TRUNCATE ON signatures
    FOR EACH STATEMENT EXECUTE FUNCTION vouch_insert_only();
CREATE TRIGGER signed_pdfs_insert_only BEFORE UPDATE OR DELETE ON signed_pdfs
    FOR EACH ROW EXECUTE FUNCTION vouch_insert_only();
CREATE TRIGGER signed_pdfs_no_truncate BEFORE TRUNCATE ON signed_pdfs
    FOR EACH STATEMENT EXECUTE FUNCTION vouch_insert_only();
CREATE TRIGGER audit_log_insert_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION vouch_insert_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION vouch_insert_only();
)sql";

// PostgreSQL's schema history. A PostgreSQL library counts its own versions (the one row of
// vouch_schema), because the two kinds of library can need different steps to mean the same:
// each version names the SQLite schema it equals in meaning, so the two stay in step by what
// they hold and allow, not by number. Version 8 was the first (kPostgresSchema: SQLite schema 8,
// but refusing every DELETE of a revision, so a draft could not be discarded); 9 makes it
// exactly SQLite schema 8, which always let unsigned revisions go (revisions_signed_kept since
// SQLite schema 1, so SQLite needs no step of its own for it); 10 adds what only a server has,
// notifications of committed changes to the clients listening (still SQLite schema 8, whose
// file has no other clients). A new library runs the first schema and every step in one
// transaction, so a new library and an upgraded one are the same by construction, as a new
// SQLite file is made by running every migration. Never edit a shipped
// entry; a change to both kinds of library adds a SQLite migration and a PostgreSQL version
// naming it (the static_assert below holds the two together).
struct PostgresVersion
{
    int version;          // vouch_schema.version once this entry's SQL has run
    int sqliteSchema;     // the SQLite schema (PRAGMA user_version) this version equals
    std::string_view sql; // from the previous version (the first: the whole schema)
};

constexpr std::array<PostgresVersion, 3> kPostgresVersions{{
    {8, 8, kPostgresSchema},
    // 8 -> 9: revisions still refuse UPDATE and TRUNCATE, but DELETE only of a signed revision
    // (SQLite's revisions_immutable and revisions_signed_kept, same condition, same messages),
    // so `vouch draft delete` discards draft revisions as on SQLite. The server still refuses a
    // signed revision's DELETE from anyone; a draft deleted behind Vouch's back is named by
    // `audit --verify` (the audit entry that added it names a row that is gone).
    {9, 8, R"sql(
CREATE FUNCTION vouch_refuse() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'insufficient_privilege';
END
$body$;
DROP TRIGGER revisions_insert_only ON revisions;
CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions
    FOR EACH ROW EXECUTE FUNCTION vouch_refuse('revisions are immutable');
CREATE TRIGGER revisions_signed_kept BEFORE DELETE ON revisions
    FOR EACH ROW WHEN (OLD.kind = 'signed')
    EXECUTE FUNCTION vouch_refuse('signed revisions cannot be deleted');
)sql"},
    // 9 -> 10: a committed change notifies the channel vouch_library (store::kChangeChannel), so
    // an open window refreshes its list when another officer saves, signs or changes the trust
    // list. Triggers, not a NOTIFY in Vouch's writer: a change made by anyone (an older or newer
    // Vouch, psql, a copy tool) is heard, and no write path can forget it. The server delivers
    // it at commit only, once per transaction and payload. Nothing SQLite stores differs (a
    // SQLite file has no other clients to tell), so this is still SQLite schema 8.
    {10, 8, R"sql(
CREATE FUNCTION vouch_notify_change() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM pg_notify('vouch_library', TG_TABLE_NAME);
    RETURN NULL;
END
$body$;
CREATE TRIGGER assessments_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON assessments
    FOR EACH STATEMENT EXECUTE FUNCTION vouch_notify_change();
CREATE TRIGGER revisions_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON revisions
    FOR EACH STATEMENT EXECUTE FUNCTION vouch_notify_change();
CREATE TRIGGER signatures_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON signatures
    FOR EACH STATEMENT EXECUTE FUNCTION vouch_notify_change();
CREATE TRIGGER trusted_keys_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON trusted_keys
    FOR EACH STATEMENT EXECUTE FUNCTION vouch_notify_change();
)sql"},
}};

constexpr bool consecutive()
{
    for (std::size_t i = 1; i < kPostgresVersions.size(); ++i) {
        if (kPostgresVersions.at(i).version != kPostgresVersions.at(i - 1).version + 1) {
            return false;
        }
    }
    return true;
}
static_assert(consecutive(), "PostgreSQL versions go up one at a time");
static_assert(kPostgresVersions.back().sqliteSchema == static_cast<int>(kMigrations.size()),
              "the latest PostgreSQL version must equal the latest SQLite schema: a SQLite "
              "migration needs a PostgreSQL version too");

constexpr int kFirstPostgresVersion = kPostgresVersions.front().version;

const PostgresVersion& postgresEntry(int version)
{
    return kPostgresVersions.at(static_cast<std::size_t>(version - kFirstPostgresVersion));
}

// What a step needs beyond SQL, in the same transaction.
Result<void> afterStep(const Database& database, int fromVersion)
{
    if (fromVersion == 5) {
        return backfillAuditedRows(database);
    }
    return {};
}

std::string sqlQuoted(const std::string& text)
{
    std::string quoted = "'";
    for (const char c : text) {
        quoted += c;
        if (c == '\'') {
            quoted += '\'';
        }
    }
    return quoted + "'";
}

Result<void> refuseForeign(const Database& database, std::int64_t applicationId,
                           std::int64_t version)
{
    if (applicationId == kApplicationId) {
        return {};
    }
    auto tables = database.queryInteger("SELECT count(*) FROM sqlite_schema");
    if (!tables) {
        return tables.error();
    }
    if (applicationId != 0 || version != 0 || *tables != 0) {
        return Error{database.path().string() +
                     ": not a Vouch library (a SQLite database of another program); nothing was "
                     "changed"};
    }
    return {};
}

Result<void> backUp(const Database& database, int fromVersion)
{
    const auto target = backupPathFor(database.path(), fromVersion);
    if (auto copied = database.exec("VACUUM INTO " + sqlQuoted(target.string())); !copied) {
        return Error{database.path().string() + ": cannot back up before upgrading to " +
                     target.string() + "; nothing was changed (" + copied.error().message + ")"};
    }
    return {};
}

Result<void> applyStep(const Database& database, int fromVersion)
{
    auto transaction = Transaction::begin(database);
    if (!transaction) {
        return transaction.error();
    }
    const auto sql = std::string(kMigrations.at(static_cast<std::size_t>(fromVersion))) +
                     "\nPRAGMA user_version = " + std::to_string(fromVersion + 1) + ";" +
                     "\nPRAGMA application_id = " + std::to_string(kApplicationId) + ";";
    if (auto applied = database.exec(sql); !applied) {
        return Error{database.path().string() + ": upgrade from schema " +
                     std::to_string(fromVersion) + " failed; nothing was changed (" +
                     applied.error().message + ")"};
    }
    if (auto completed = afterStep(database, fromVersion); !completed) {
        return Error{database.path().string() + ": upgrade from schema " +
                     std::to_string(fromVersion) + " failed; nothing was changed (" +
                     completed.error().message + ")"};
    }
    return transaction->commit();
}

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(kMigrations.size());
}

std::filesystem::path backupPathFor(const std::filesystem::path& library, int fromVersion)
{
    auto name = library.filename().string() + ".backup-" + compactUtcTimestamp() + "-schema" +
                std::to_string(fromVersion);
    return library.parent_path() / name;
}

Result<void> checkIdentity(const Database& database)
{
    auto version = database.queryInteger("PRAGMA user_version");
    if (!version) {
        return version.error();
    }
    auto applicationId = database.queryInteger("PRAGMA application_id");
    if (!applicationId) {
        return applicationId.error();
    }
    if (auto foreign = refuseForeign(database, *applicationId, *version); !foreign) {
        return foreign;
    }
    if (*version > latestSchemaVersion()) {
        return Error{database.path().string() + ": made by a newer Vouch (library schema " +
                     std::to_string(*version) + ", this Vouch knows up to " +
                     std::to_string(latestSchemaVersion()) +
                     "); update Vouch to open it. Nothing was changed."};
    }
    return {};
}

Result<void> migrate(const Database& database, int targetVersion)
{
    const int target = targetVersion < 0 ? latestSchemaVersion() : targetVersion;
    if (auto identity = checkIdentity(database); !identity) {
        return identity;
    }
    auto version = database.queryInteger("PRAGMA user_version");
    if (!version) {
        return version.error();
    }
    if (*version >= target) {
        return {};
    }
    if (database.isReadOnly()) {
        return Error{database.path().string() + ": needs an upgrade from schema " +
                     std::to_string(*version) + " but is read-only; nothing was changed"};
    }
    if (*version > 0) {
        if (auto saved = backUp(database, static_cast<int>(*version)); !saved) {
            return saved;
        }
    }
    for (int step = static_cast<int>(*version); step < target; ++step) {
        if (auto applied = applyStep(database, step); !applied) {
            return applied;
        }
    }
    return {};
}

int latestSchemaVersion(Dialect dialect)
{
    return dialect == Dialect::Postgres ? kPostgresVersions.back().version : latestSchemaVersion();
}

namespace {

Result<bool> hasPostgresLibrary(const Database& database)
{
    auto present = database.queryInteger("SELECT to_regclass('vouch_schema') IS NOT NULL");
    if (!present) {
        return present.error();
    }
    return *present != 0;
}

// Makes the library at `target` in one transaction under the writers' lock, unless another
// client made one meanwhile (then it is left to the version check).
Result<void> createPostgres(const Database& database, int target)
{
    auto transaction = Transaction::begin(database);
    if (!transaction) {
        return transaction.error();
    }
    auto present = hasPostgresLibrary(database);
    if (!present) {
        return present.error();
    }
    if (*present) {
        return {};
    }
    std::string sql;
    for (int version = kFirstPostgresVersion; version <= target; ++version) {
        sql += postgresEntry(version).sql;
    }
    sql += "\nINSERT INTO vouch_schema(version) VALUES (" + std::to_string(target) + ");";
    if (auto created = database.exec(sql); !created) {
        return Error{database.path().string() +
                     ": cannot create the library; nothing was changed (" +
                     created.error().message + ")"};
    }
    return transaction->commit();
}

std::string upgradeNeeded(const Database& database, std::int64_t from, int target)
{
    return database.path().string() + ": needs an upgrade from schema " + std::to_string(from) +
           " to " + std::to_string(target);
}

// Why this connection cannot change the schema, or nothing: a read-only transaction
// (default_transaction_read_only, a standby) or a role that does not own the tables (DROP
// TRIGGER and the like need the owner).
Result<std::string> upgradeBlocker(const Database& database)
{
    auto found = database.queryOptional(
        "SELECT current_setting('transaction_read_only') = 'on', "
        "pg_has_role(c.relowner, 'USAGE'), current_user, pg_get_userbyid(c.relowner) "
        "FROM pg_class c WHERE c.oid = 'revisions'::regclass",
        [](Statement&) {},
        [](const Statement& row) {
            if (row.integer(0) != 0) {
                return std::string("the connection is read-only");
            }
            if (row.integer(1) == 0) {
                return "role " + row.text(2) + " does not own the library's tables (" +
                       row.text(3) + " does)";
            }
            return std::string();
        });
    if (!found) {
        return found.error();
    }
    return found->value_or(std::string("the library has no revisions table"));
}

// One step, in its own transaction under the writers' lock, the version row moved in the
// same transaction. The version is read again under the lock: a client that opened the
// library at the same time may have made this step already (then this one does nothing).
// Returns the version the library is at afterwards.
Result<std::int64_t> applyPostgresStep(const Database& database, int target)
{
    auto transaction = Transaction::begin(database);
    if (!transaction) {
        return transaction.error();
    }
    auto version = database.queryInteger("SELECT version FROM vouch_schema");
    if (!version) {
        return version.error();
    }
    if (*version >= target) {
        return *version;
    }
    auto blocker = upgradeBlocker(database);
    if (!blocker) {
        return blocker.error();
    }
    if (!blocker->empty()) {
        return Error{upgradeNeeded(database, *version, target) + ", but " + *blocker +
                     "; nothing was changed (the tables' owner upgrades it: vouch library init "
                     "--db LOCATION)"};
    }
    const int next = static_cast<int>(*version) + 1;
    const auto sql = std::string(postgresEntry(next).sql) +
                     "\nUPDATE vouch_schema SET version = " + std::to_string(next) + ";";
    if (auto applied = database.exec(sql); !applied) {
        return Error{database.path().string() + ": upgrade from schema " +
                     std::to_string(*version) + " failed; nothing was changed (" +
                     applied.error().message + ")"};
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return next;
}

} // namespace

Result<void> postgresSchema(const Database& database, PostgresAccess access, int targetVersion)
{
    const auto& server = database.path().string();
    const int latest = latestSchemaVersion(Dialect::Postgres);
    const int target = targetVersion < 0 ? latest : targetVersion;
    if (target < kFirstPostgresVersion || target > latest) {
        return Error{server + ": no PostgreSQL library schema " + std::to_string(target)};
    }
    auto present = hasPostgresLibrary(database);
    if (!present) {
        return present.error();
    }
    if (!*present) {
        if (access != PostgresAccess::Create) {
            return Error{server + ": no Vouch library in this database (create it with: vouch "
                                  "library init --db LOCATION)"};
        }
        if (auto created = createPostgres(database, target); !created) {
            return created;
        }
    }
    auto version = database.queryInteger("SELECT version FROM vouch_schema");
    if (!version) {
        return version.error();
    }
    if (*version > latest) {
        return Error{server + ": made by a newer Vouch (library schema " +
                     std::to_string(*version) + ", this Vouch knows up to " +
                     std::to_string(latest) + "); update Vouch to open it. Nothing was changed."};
    }
    if (*version < kFirstPostgresVersion) {
        return Error{server + ": library schema " + std::to_string(*version) +
                     " is not a PostgreSQL schema Vouch made; nothing was changed"};
    }
    if (*version >= target) {
        return {};
    }
    if (access == PostgresAccess::Read) {
        return Error{upgradeNeeded(database, *version, target) +
                     " but was opened read-only; nothing was changed (a verb that writes, as the "
                     "tables' owner, upgrades it: vouch library init --db LOCATION)"};
    }
    while (*version < target) {
        version = applyPostgresStep(database, target);
        if (!version) {
            return version.error();
        }
    }
    return {};
}

} // namespace vouch::store
