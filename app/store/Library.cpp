// SPDX-License-Identifier: Apache-2.0
#include "store/Library.h"

#include "model/Sha256.h"
#include "store/Clock.h"
#include "store/Migrations.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/statvfs.h>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace vouch::store {
namespace {

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};
constexpr std::size_t kSqliteHeaderSize = 100;

std::uint32_t bigEndian32(const unsigned char* bytes)
{
    return (std::uint32_t{bytes[0]} << 24U) | (std::uint32_t{bytes[1]} << 16U) |
           (std::uint32_t{bytes[2]} << 8U) | std::uint32_t{bytes[3]};
}

// Assessments are confidential: a new library is readable and writable by its owner
// only, and SQLite gives its -wal and -shm files the same mode (docs/security.md).
Result<void> createPrivateFile(const std::filesystem::path& path)
{
    if (path.has_parent_path()) {
        std::error_code ec;
        std::filesystem::create_directories(path.parent_path(), ec);
        if (ec) {
            return Error{path.parent_path().string() + ": cannot create the folder (" +
                         ec.message() + ")"};
        }
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Error{path.string() + ": cannot create the library (" + std::strerror(errno) + ")"};
    }
    ::close(fd);
    return {};
}

// Whether the library's -wal file holds every page from `firstMissing` to `pages` (1-based)
// that the main file lacks. After a checkpoint cut short (by a full disk, a crash), the
// main file's header already counts the new pages while only the -wal file has them:
// the library is intact, and SQLite reads those pages from the -wal. Only frames of the
// -wal's current generation (their salts equal the header's) count; SQLite checks the
// checksums when it opens the file.
bool walHoldsPages(const std::filesystem::path& library, std::uint64_t pageSize,
                   std::uint64_t firstMissing, std::uint64_t pages)
{
    constexpr std::size_t kWalHeaderSize = 32;
    constexpr std::size_t kFrameHeaderSize = 24;
    std::ifstream wal(library.string() + "-wal", std::ios::binary);
    std::array<unsigned char, kWalHeaderSize> header{};
    if (!wal.read(reinterpret_cast<char*>(header.data()), kWalHeaderSize)) {
        return false;
    }
    const auto magic = bigEndian32(&header[0]);
    if ((magic != 0x377f0682U && magic != 0x377f0683U) || bigEndian32(&header[8]) != pageSize) {
        return false;
    }
    std::vector<bool> found(static_cast<std::size_t>(pages - firstMissing + 1), false);
    std::size_t missing = found.size();
    std::array<unsigned char, kFrameHeaderSize> frame{};
    for (std::uint64_t offset = kWalHeaderSize; missing > 0;
         offset += kFrameHeaderSize + pageSize) {
        wal.seekg(static_cast<std::streamoff>(offset));
        if (!wal.read(reinterpret_cast<char*>(frame.data()), kFrameHeaderSize)) {
            break;
        }
        if (std::memcmp(&frame[8], &header[16], 8) != 0) {
            break; // a frame of an earlier generation: the valid ones end here
        }
        const std::uint64_t page = bigEndian32(&frame[0]);
        if (page >= firstMissing && page <= pages && !found[page - firstMissing]) {
            found[page - firstMissing] = true;
            --missing;
        }
    }
    return missing == 0;
}

// Whether `path` is on a file system mounted read-only (a mounted backup, a CD) and
// nothing waits in its -wal file: then no one can change it, and SQLite may read it as
// immutable. (A -wal left there by a crash is read the ordinary way, which needs its
// -shm file to be there too.)
bool onReadOnlyMedia(const std::filesystem::path& path)
{
    struct statvfs info
    {};
    if (::statvfs(path.c_str(), &info) != 0 || (info.f_flag & ST_RDONLY) == 0) {
        return false;
    }
    std::error_code ec;
    const auto wal = std::filesystem::file_size(path.string() + "-wal", ec);
    return ec || wal == 0;
}

// Checks the file before SQLite touches it, so that a wrong or damaged file gets a
// precise message and is never "repaired" or overwritten.
Result<void> inspectExistingFile(const std::filesystem::path& path)
{
    const std::string name = path.string();
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        return Error{name + ": is a folder, not a Vouch library"};
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        return Error{name + ": cannot read the library file (" + ec.message() + ")"};
    }
    if (size == 0) {
        return Error{name + ": is empty (0 bytes), not a Vouch library; nothing was changed"};
    }
    std::array<unsigned char, kSqliteHeaderSize> header{};
    std::ifstream stream(path, std::ios::binary);
    stream.read(reinterpret_cast<char*>(header.data()),
                static_cast<std::streamsize>(header.size()));
    const auto read = static_cast<std::size_t>(stream.gcount());
    if (read < kSqliteMagic.size() ||
        std::memcmp(header.data(), kSqliteMagic.data(), kSqliteMagic.size()) != 0) {
        return Error{name + ": not a Vouch library (not a SQLite database); nothing was changed"};
    }
    if (read < kSqliteHeaderSize) {
        return Error{name + ": the library file is damaged (truncated to " + std::to_string(size) +
                     " bytes); nothing was changed"};
    }
    // The in-header page count is authoritative only when "version-valid-for" (bytes
    // 92..95) equals the change counter (bytes 24..27); see the SQLite file format.
    const std::uint32_t rawPageSize = (std::uint32_t{header[16]} << 8U) | header[17];
    const std::uint64_t pageSize = rawPageSize == 1 ? 65536U : rawPageSize;
    const std::uint64_t pages = bigEndian32(&header[28]);
    if (bigEndian32(&header[92]) == bigEndian32(&header[24]) && size < pages * pageSize &&
        !walHoldsPages(path, pageSize, size / pageSize + 1, pages)) {
        return Error{name + ": the library file is damaged (truncated: " + std::to_string(size) +
                     " bytes, its header says " + std::to_string(pages * pageSize) +
                     "); nothing was changed"};
    }
    return {};
}

Result<void> configure(const Database& database)
{
    if (auto keys = database.exec("PRAGMA foreign_keys = ON"); !keys) {
        return keys;
    }
    if (database.isReadOnly()) {
        return {};
    }
    // WAL lets the window read while another process writes; FULL makes a returned
    // save survive a power cut, not just a crash.
    if (auto wal = database.exec("PRAGMA journal_mode = WAL"); !wal) {
        return wal;
    }
    return database.exec("PRAGMA synchronous = FULL");
}

AssessmentRecord readAssessment(const Statement& row)
{
    AssessmentRecord record;
    record.id = row.text(0);
    record.fields.title = row.text(1);
    record.fields.workload = row.text(2);
    record.fields.organisation = row.text(3);
    record.fields.businessOwner = row.text(4);
    record.fields.assessor = row.text(5);
    record.status = row.text(6);
    record.currentRevision = static_cast<int>(row.integer(7));
    record.fields.tier = row.optionalText(8);
    record.fields.verdict = row.optionalText(9);
    record.fields.signer = row.optionalText(10);
    record.fields.reviewDue = row.optionalText(11);
    record.supersededBy = row.optionalText(12);
    record.createdAt = row.text(13);
    record.updatedAt = row.text(14);
    record.fields.nextActionDue = row.optionalText(15);
    record.receivedCopyOf = row.optionalText(16);
    return record;
}

RevisionRecord readRevision(const Statement& row)
{
    RevisionRecord record;
    record.assessmentId = row.text(0);
    record.number = static_cast<int>(row.integer(1));
    record.kind = row.text(2) == "signed" ? RevisionKind::Signed : RevisionKind::Draft;
    record.payload = row.blob(3);
    record.sha256 = row.text(4);
    record.parentSha256 = row.optionalText(5);
    record.questionnaireSha256 = row.text(6);
    record.author = row.text(7);
    record.createdAt = row.text(8);
    return record;
}

constexpr std::string_view kRevisionColumns =
    "assessment_id, number, kind, payload, sha256, parent_sha256, questionnaire_sha256, author, "
    "created_at";

Result<void> insertRevision(const Database& database, const std::string& assessmentId, int number,
                            const RevisionInput& input, const std::string& sha256,
                            const std::optional<std::string>& parentSha256,
                            const std::string& createdAt)
{
    auto insert = database.prepare(
        "INSERT INTO revisions(assessment_id, number, kind, payload, sha256, parent_sha256, "
        "questionnaire_sha256, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, assessmentId)
        .bind(2, static_cast<std::int64_t>(number))
        .bind(3, std::string_view(spelling(input.kind)))
        .bindBlob(4, input.payload)
        .bind(5, sha256)
        .bind(6, parentSha256)
        .bind(7, input.questionnaireSha256)
        .bind(8, input.author)
        .bind(9, createdAt);
    return insert->run();
}

// One column of the assessment row and its new value, for an UPDATE of what changed.
struct ColumnValue
{
    const char* column;
    std::optional<std::string> value;
};

// Points the assessment at revision `number` and writes the listed fields with it. Only
// the columns whose value changes are named in the UPDATE: SQLite rewrites the index
// entries of every column a SET names, and the assessments table has an index for each
// sortable column, while an autosave usually changes none of them but the time.
// A draft lists the signer of the sign-off in force under it (the last signature on the
// latest signed revision), so sorting and filtering by signer still find an assessment
// that New Revision reopened; a draft never signed lists none.
Result<void> updateAssessmentRow(const Database& database, const std::string& assessmentId,
                                 const AssessmentFields& given, RevisionKind kind, int number)
{
    AssessmentFields fields = given;
    if (kind == RevisionKind::Draft && !fields.signer) {
        auto inForce = database.queryOptional(
            "SELECT signer FROM signatures WHERE assessment_id = ? "
            "ORDER BY revision DESC, position DESC LIMIT 1",
            [&](Statement& query) { query.bind(1, assessmentId); },
            [](const Statement& row) { return row.text(0); });
        if (!inForce) {
            return inForce.error();
        }
        fields.signer = *inForce;
    }
    const std::vector<ColumnValue> wanted{
        {"title", fields.title},
        {"workload", fields.workload},
        {"organisation", fields.organisation},
        {"business_owner", fields.businessOwner},
        {"assessor", fields.assessor},
        {"status", std::string(spelling(kind))},
        {"current_revision", std::to_string(number)},
        {"tier", fields.tier},
        {"verdict", fields.verdict},
        {"signer", fields.signer},
        {"review_due", fields.reviewDue},
        {"next_action_due", fields.nextActionDue},
    };
    auto current = database.prepare(
        "SELECT title, workload, organisation, business_owner, assessor, status, "
        "CAST(current_revision AS TEXT), tier, verdict, signer, review_due, next_action_due "
        "FROM assessments WHERE id = ?");
    if (!current) {
        return current.error();
    }
    current->bind(1, assessmentId);
    const bool found = current->step();
    if (!found && current->lastError()) {
        return *current->lastError();
    }
    std::string sql = "UPDATE assessments SET updated_at = ?";
    std::vector<const ColumnValue*> changed;
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const int column = static_cast<int>(i);
        if (!found || current->optionalText(column) != wanted[i].value) {
            sql += std::string(", ") + wanted[i].column + " = ?";
            changed.push_back(&wanted[i]);
        }
    }
    current->reset();
    auto update = database.prepare(sql + " WHERE id = ?");
    if (!update) {
        return update.error();
    }
    int index = 1;
    update->bind(index++, utcTimestamp());
    for (const auto* column : changed) {
        if (std::string_view(column->column) == "current_revision") {
            update->bind(index++, static_cast<std::int64_t>(number));
        } else {
            update->bind(index++, column->value);
        }
    }
    update->bind(index, assessmentId);
    return update->run();
}

std::string revisionDetail(int number, const RevisionInput& input, const std::string& sha256)
{
    return "revision " + std::to_string(number) + " (" + spelling(input.kind) + ") sha256 " +
           sha256;
}

Result<std::optional<int>> revisionWithHash(const Database& database,
                                            const std::string& assessmentId,
                                            const std::string& sha256)
{
    return database.queryOptional(
        "SELECT number FROM revisions WHERE assessment_id = ? AND sha256 = ? ORDER BY number DESC "
        "LIMIT 1",
        [&](Statement& query) { query.bind(1, assessmentId).bind(2, sha256); },
        [](const Statement& row) { return static_cast<int>(row.integer(0)); });
}

Result<void> insertSignature(const Database& database, const std::string& assessmentId,
                             int revision, int position, const StoredSignature& signature)
{
    auto insert =
        database.prepare("INSERT INTO signatures(assessment_id, revision, position, entry, signer, "
                         "signed_at) VALUES (?, ?, ?, ?, ?, ?)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, assessmentId)
        .bind(2, static_cast<std::int64_t>(revision))
        .bind(3, static_cast<std::int64_t>(position))
        .bind(4, signature.entry)
        .bind(5, signature.signer)
        .bind(6, signature.signedAt);
    return insert->run();
}

// Appends the row as now stored, hashed, to what an audit entry names.
Result<void> nameRevision(const Database& database, const std::string& assessmentId, int number,
                          std::vector<RowRef>& rows)
{
    auto row = revisionRow(database, assessmentId, number);
    if (!row) {
        return row.error();
    }
    rows.push_back(std::move(*row));
    return {};
}

Result<void> nameSignature(const Database& database, const std::string& assessmentId, int revision,
                           int position, std::vector<RowRef>& rows)
{
    auto row = signatureRow(database, assessmentId, revision, position);
    if (!row) {
        return row.error();
    }
    rows.push_back(std::move(*row));
    return {};
}

// The draft revisions deleteDraft is about to discard, as removed rows.
Result<std::vector<RowRef>> revisionsAfter(const Database& database,
                                           const std::string& assessmentId, std::int64_t keep)
{
    auto query = database.prepare(
        "SELECT number FROM revisions WHERE assessment_id = ? AND number > ? ORDER BY number");
    if (!query) {
        return query.error();
    }
    query->bind(1, assessmentId).bind(2, keep);
    std::vector<RowRef> removed;
    while (query->step()) {
        removed.push_back({RowChange::Removed,
                           RowTable::Revision,
                           assessmentId,
                           static_cast<int>(query->integer(0)),
                           0,
                           {}});
    }
    if (query->lastError()) {
        return *query->lastError();
    }
    return removed;
}

} // namespace

const char* spelling(RevisionKind kind)
{
    return kind == RevisionKind::Signed ? "signed" : "draft";
}

bool RevisionRecord::isIntact() const
{
    return model::sha256Hex(payload) == sha256;
}

namespace {

Result<std::unique_ptr<Database>> openPostgres(const std::string& location, PostgresAccess access)
{
    auto database = Database::connect(location);
    if (!database) {
        return database.error();
    }
    auto owned = std::make_unique<Database>(std::move(*database));
    if (auto schema = postgresSchema(*owned, access); !schema) {
        return schema.error();
    }
    return owned;
}

} // namespace

Result<Library> Library::init(const std::filesystem::path& location, bool* created)
{
    if (isPostgresLocation(location.string())) {
        bool present = false;
        {
            auto probe = Database::connect(location.string());
            if (!probe) {
                return probe.error();
            }
            auto found = probe->queryInteger("SELECT to_regclass('vouch_schema') IS NOT NULL");
            if (!found) {
                return found.error();
            }
            present = *found != 0;
        }
        auto database = openPostgres(location.string(), PostgresAccess::Create);
        if (!database) {
            return database.error();
        }
        if (created != nullptr) {
            *created = !present;
        }
        return Library(std::move(*database));
    }
    std::error_code ec;
    const bool existed = std::filesystem::exists(location, ec);
    auto library = open(location, OpenIntent::CreateIfMissing);
    if (library && created != nullptr) {
        *created = !existed;
    }
    return library;
}

Result<Library> Library::open(const std::filesystem::path& path, OpenIntent intent)
{
    if (isPostgresLocation(path.string())) {
        // Every open but a read-only one upgrades an older library, as on SQLite.
        auto database =
            openPostgres(path.string(), intent == OpenIntent::ReadOnly ? PostgresAccess::Read
                                                                       : PostgresAccess::Write);
        if (!database) {
            return database.error();
        }
        return Library(std::move(*database));
    }
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (exists) {
        if (auto inspected = inspectExistingFile(path); !inspected) {
            return inspected.error();
        }
    } else if (intent != OpenIntent::CreateIfMissing) {
        return Error{path.string() + ": no library here (it is created when the first assessment "
                                     "is saved)"};
    } else if (auto created = createPrivateFile(path); !created) {
        return created.error();
    }
    // A file marked read-only is opened read-only even for root, who could write it:
    // the mark is the owner's intent.
    const bool markedReadOnly =
        exists && (std::filesystem::status(path, ec).permissions() &
                   std::filesystem::perms::owner_write) == std::filesystem::perms::none;
    const auto mode = exists && onReadOnlyMedia(path)                    ? OpenMode::ReadOnlyMedia
                      : intent == OpenIntent::ReadOnly || markedReadOnly ? OpenMode::ReadOnly
                                                                         : OpenMode::ReadWrite;
    auto database = Database::open(path, mode);
    if (!database) {
        return database.error();
    }
    auto owned = std::make_unique<Database>(std::move(*database));
    // Identity first: switching a foreign file to WAL would already change it.
    if (auto identity = checkIdentity(*owned); !identity) {
        return identity.error();
    }
    if (auto configured = configure(*owned); !configured) {
        return configured.error();
    }
    if (auto migrated = migrate(*owned); !migrated) {
        return migrated.error();
    }
    return Library(std::move(owned));
}

Result<void> Library::storeQuestionnaire(const StoredQuestionnaire& questionnaire) const
{
    auto insert = m_database->prepare(
        "INSERT OR IGNORE INTO questionnaires(sha256, id, version, content, stored_at) "
        "VALUES (?, ?, ?, ?, ?)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, questionnaire.sha256)
        .bind(2, questionnaire.id)
        .bind(3, questionnaire.version)
        .bindBlob(4, questionnaire.content)
        .bind(5, utcTimestamp());
    return insert->run();
}

Result<std::optional<StoredQuestionnaire>> Library::questionnaire(const std::string& sha256) const
{
    return m_database->queryOptional(
        "SELECT sha256, id, version, content FROM questionnaires WHERE sha256 = ?",
        [&](Statement& query) { query.bind(1, sha256); },
        [](const Statement& row) {
            return StoredQuestionnaire{row.text(0), row.text(1), row.text(2), row.blob(3)};
        });
}

Result<void> Library::createAssessment(const std::string& id, const AssessmentFields& fields,
                                       const RevisionInput& firstRevision) const
{
    auto transaction = Transaction::begin(*m_database);
    if (!transaction) {
        return transaction.error();
    }
    const std::string now = utcTimestamp();
    auto insert = m_database->prepare(
        "INSERT INTO assessments(id, title, workload, organisation, business_owner, assessor, "
        "status, current_revision, tier, verdict, signer, review_due, next_action_due, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, id)
        .bind(2, fields.title)
        .bind(3, fields.workload)
        .bind(4, fields.organisation)
        .bind(5, fields.businessOwner)
        .bind(6, fields.assessor)
        .bind(7, std::string_view(spelling(firstRevision.kind)))
        .bind(8, fields.tier)
        .bind(9, fields.verdict)
        .bind(10, fields.signer)
        .bind(11, fields.reviewDue)
        .bind(12, fields.nextActionDue)
        .bind(13, now)
        .bind(14, now);
    if (auto inserted = insert->run(); !inserted) {
        return inserted.error();
    }
    const auto sha256 = model::sha256Hex(firstRevision.payload);
    if (auto revision =
            insertRevision(*m_database, id, 1, firstRevision, sha256, std::nullopt, now);
        !revision) {
        return revision.error();
    }
    std::vector<RowRef> rows;
    if (auto named = nameRevision(*m_database, id, 1, rows); !named) {
        return named;
    }
    if (auto logged = auditLog().append(AuditAction::Create, firstRevision.author, id,
                                        revisionDetail(1, firstRevision, sha256), rows);
        !logged) {
        return logged.error();
    }
    return transaction->commit();
}

Result<int> Library::appendRevision(const std::string& assessmentId, const AssessmentFields& fields,
                                    const RevisionInput& revision, AuditAction action) const
{
    auto transaction = Transaction::begin(*m_database);
    if (!transaction) {
        return transaction.error();
    }
    auto current = m_database->prepare(
        "SELECT a.status, a.current_revision, r.sha256, r.author, r.created_at, a.received_copy_of "
        "FROM assessments a "
        "JOIN revisions r ON r.assessment_id = a.id AND r.number = a.current_revision "
        "WHERE a.id = ?");
    if (!current) {
        return current.error();
    }
    current->bind(1, assessmentId);
    if (!current->step()) {
        if (current->lastError()) {
            return *current->lastError();
        }
        return Error{path().string() + ": no assessment " + assessmentId};
    }
    if (current->optionalText(5)) {
        return Error{path().string() + ": assessment " + assessmentId +
                     " is a received copy and cannot be changed"};
    }
    if (current->text(0) == "superseded") {
        return Error{path().string() + ": assessment " + assessmentId +
                     " has been superseded and cannot be changed"};
    }
    const int currentNumber = static_cast<int>(current->integer(1));
    if (revision.baseRevision && *revision.baseRevision != currentNumber) {
        return Error{path().string() + ": assessment " + assessmentId + " changed since revision " +
                         std::to_string(*revision.baseRevision) + " (revision " +
                         std::to_string(currentNumber) + " saved by " + current->text(3) + " at " +
                         current->text(4) + "); this save was refused so nothing is overwritten",
                     ErrorKind::Conflict};
    }
    const int number = currentNumber + 1;
    const std::string parent = current->text(2);
    const std::string now = utcTimestamp();
    const auto sha256 = model::sha256Hex(revision.payload);
    if (auto inserted =
            insertRevision(*m_database, assessmentId, number, revision, sha256, parent, now);
        !inserted) {
        return inserted.error();
    }
    if (auto updated =
            updateAssessmentRow(*m_database, assessmentId, fields, revision.kind, number);
        !updated) {
        return updated.error();
    }
    std::vector<RowRef> rows;
    if (auto named = nameRevision(*m_database, assessmentId, number, rows); !named) {
        return named.error();
    }
    if (auto logged = auditLog().append(action, revision.author, assessmentId,
                                        revisionDetail(number, revision, sha256), rows);
        !logged) {
        return logged.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return number;
}

Result<void> Library::deleteDraft(const std::string& assessmentId, const std::string& actor,
                                  const FieldsOf& fieldsOf) const
{
    auto transaction = Transaction::begin(*m_database);
    if (!transaction) {
        return transaction.error();
    }
    auto found = existingAssessment(assessmentId);
    if (!found) {
        return found.error();
    }
    const auto& record = *found;
    if (record.status != "draft") {
        return Error{path().string() + ": assessment " + assessmentId + " is " + record.status +
                     "; only drafts can be deleted"};
    }
    auto lastSigned = m_database->prepare("SELECT coalesce(max(number), 0) FROM revisions WHERE "
                                          "assessment_id = ? AND kind = 'signed'");
    if (!lastSigned) {
        return lastSigned.error();
    }
    lastSigned->bind(1, assessmentId);
    if (!lastSigned->step()) {
        return lastSigned->lastError().value_or(Error{path().string() + ": query failed"});
    }
    const auto keep = lastSigned->integer(0);
    auto discardedRows = revisionsAfter(*m_database, assessmentId, keep);
    if (!discardedRows) {
        return discardedRows.error();
    }
    auto discard =
        m_database->prepare("DELETE FROM revisions WHERE assessment_id = ? AND number > ?");
    if (!discard) {
        return discard.error();
    }
    discard->bind(1, assessmentId).bind(2, keep);
    if (auto discarded = discard->run(); !discarded) {
        return discarded;
    }
    if (keep == 0) {
        auto remove = m_database->prepare("DELETE FROM assessments WHERE id = ?");
        if (!remove) {
            return remove.error();
        }
        remove->bind(1, assessmentId);
        if (auto removed = remove->run(); !removed) {
            return removed;
        }
    } else if (auto restored =
                   restoreSignedRevision(assessmentId, static_cast<int>(keep), fieldsOf);
               !restored) {
        return restored;
    }
    const std::string detail =
        keep == 0 ? "assessment removed" : "back to signed revision " + std::to_string(keep);
    if (auto logged = auditLog().append(AuditAction::DeleteDraft, actor, assessmentId, detail,
                                        *discardedRows);
        !logged) {
        return logged;
    }
    return transaction->commit();
}

Result<void> Library::restoreSignedRevision(const std::string& assessmentId, int number,
                                            const FieldsOf& fieldsOf) const
{
    auto signedRevision = revision(assessmentId, number);
    if (!signedRevision) {
        return signedRevision.error();
    }
    return updateAssessmentRow(*m_database, assessmentId, fieldsOf(signedRevision->value()),
                               RevisionKind::Signed, number);
}

Result<std::optional<int>> Library::latestSignedRevision(const std::string& assessmentId) const
{
    return m_database->queryOptional(
        "SELECT number FROM revisions WHERE assessment_id = ? AND kind = 'signed' ORDER BY number "
        "DESC LIMIT 1",
        [&](Statement& query) { query.bind(1, assessmentId); },
        [](const Statement& row) { return static_cast<int>(row.integer(0)); });
}

Result<AssessmentRecord> Library::existingAssessment(const std::string& id) const
{
    auto found = assessment(id);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return Error{path().string() + ": no assessment " + id};
    }
    return std::move(**found);
}

Result<std::optional<AssessmentRecord>> Library::assessment(const std::string& id) const
{
    return m_database->queryOptional(
        "SELECT id, title, workload, organisation, business_owner, assessor, status, "
        "current_revision, tier, verdict, signer, review_due, superseded_by, created_at, "
        "updated_at, next_action_due, received_copy_of FROM assessments WHERE id = ?",
        [&](Statement& query) { query.bind(1, id); }, readAssessment);
}

Result<std::optional<RevisionRecord>> Library::revision(const std::string& assessmentId,
                                                        int number) const
{
    return m_database->queryOptional(
        "SELECT " + std::string(kRevisionColumns) +
            " FROM revisions WHERE assessment_id = ? AND number = ?",
        [&](Statement& query) {
            query.bind(1, assessmentId).bind(2, static_cast<std::int64_t>(number));
        },
        readRevision);
}

Result<std::vector<RevisionRecord>> Library::history(const std::string& assessmentId) const
{
    auto query = m_database->prepare("SELECT " + std::string(kRevisionColumns) +
                                     " FROM revisions WHERE assessment_id = ? ORDER BY number");
    if (!query) {
        return query.error();
    }
    query->bind(1, assessmentId);
    std::vector<RevisionRecord> revisions;
    while (query->step()) {
        revisions.push_back(readRevision(*query));
    }
    if (query->lastError()) {
        return *query->lastError();
    }
    return revisions;
}

Result<std::string> Library::storeBlob(std::string_view bytes) const
{
    const auto size = static_cast<std::int64_t>(bytes.size());
    if (size > m_maxAttachmentBytes) {
        return Error{"attachment is " + std::to_string(size) + " bytes, more than the limit of " +
                     std::to_string(m_maxAttachmentBytes) + " bytes"};
    }
    const auto sha256 = model::sha256Hex(bytes);
    auto insert =
        m_database->prepare("INSERT OR IGNORE INTO blobs(sha256, size, content) VALUES (?, ?, ?)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, sha256).bind(2, size).bindBlob(3, bytes);
    if (auto stored = insert->run(); !stored) {
        return stored.error();
    }
    return sha256;
}

Result<std::optional<std::string>> Library::blob(const std::string& sha256) const
{
    return m_database->queryOptional(
        "SELECT content FROM blobs WHERE sha256 = ?",
        [&](Statement& query) { query.bind(1, sha256); },
        [](const Statement& row) { return row.blob(0); });
}

Result<void> Library::storeSignedPdf(const std::string& assessmentId, int revision,
                                     int pdfSignatures, std::string_view bytes,
                                     const std::string& actor, const std::string& detail) const
{
    auto transaction = Transaction::begin(*m_database);
    if (!transaction) {
        return transaction.error();
    }
    auto insert = m_database->prepare(
        "INSERT INTO signed_pdfs(assessment_id, revision, pdf_signatures, sha256, content, "
        "stored_at) VALUES (?, ?, ?, ?, ?, ?)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, assessmentId)
        .bind(2, static_cast<std::int64_t>(revision))
        .bind(3, static_cast<std::int64_t>(pdfSignatures))
        .bind(4, model::sha256Hex(bytes))
        .bindBlob(5, bytes)
        .bind(6, utcTimestamp());
    if (auto stored = insert->run(); !stored) {
        return stored.error();
    }
    if (auto logged = auditLog().append(AuditAction::Sign, actor, assessmentId, detail); !logged) {
        return logged;
    }
    return transaction->commit();
}

Result<std::optional<std::string>> Library::signedPdf(const std::string& assessmentId,
                                                      int revision) const
{
    return m_database->queryOptional(
        "SELECT content FROM signed_pdfs WHERE assessment_id = ? AND revision = ? "
        "ORDER BY pdf_signatures DESC LIMIT 1",
        [&](Statement& query) {
            query.bind(1, assessmentId).bind(2, static_cast<std::int64_t>(revision));
        },
        [](const Statement& row) { return row.blob(0); });
}

Result<ListPage> Library::list(const ListQuery& query) const
{
    return listAssessments(*m_database, query);
}

Result<std::optional<std::int64_t>> Library::positionInList(const ListQuery& query,
                                                            const std::string& id) const
{
    return store::positionInList(*m_database, query, id);
}

Result<void> Library::recordAudit(AuditAction action, const std::string& actor,
                                  const std::optional<std::string>& assessmentId,
                                  const std::string& detail) const
{
    auto transaction = Transaction::begin(*m_database);
    if (!transaction) {
        return transaction.error();
    }
    if (auto logged = auditLog().append(action, actor, assessmentId, detail); !logged) {
        return logged;
    }
    return transaction->commit();
}

Result<int> Library::sign(const std::string& assessmentId, const AssessmentFields& fields,
                          const std::optional<RevisionInput>& signedRevision,
                          const StoredSignature& signature, const std::string& actor,
                          std::optional<int> earlier) const
{
    auto transaction = Transaction::begin(*m_database);
    if (!transaction) {
        return transaction.error();
    }
    auto record = existingAssessment(assessmentId);
    if (!record) {
        return record.error();
    }
    if (record->receivedCopyOf) {
        return Error{path().string() + ": assessment " + assessmentId +
                     " is a received copy and cannot be signed"};
    }
    int number = record->currentRevision;
    const bool belowDraft = earlier && *earlier != number;
    if (belowDraft) {
        auto below = signatures(assessmentId, *earlier);
        if (!below) {
            return below.error();
        }
        if (signedRevision || *earlier > number || below->empty()) {
            return Error{path().string() + ": assessment " + assessmentId + " revision " +
                         std::to_string(*earlier) +
                         " is not a signed revision below the current one; nothing was signed"};
        }
        number = *earlier;
    }
    if (signedRevision) {
        auto current = revision(assessmentId, number);
        if (!current) {
            return current.error();
        }
        const auto sha256 = model::sha256Hex(signedRevision->payload);
        ++number;
        if (auto inserted = insertRevision(*m_database, assessmentId, number, *signedRevision,
                                           sha256, (*current)->sha256, utcTimestamp());
            !inserted) {
            return inserted.error();
        }
    }
    auto present = signatures(assessmentId, number);
    if (!present) {
        return present.error();
    }
    const int position = static_cast<int>(present->size()) + 1;
    if (auto inserted = insertSignature(*m_database, assessmentId, number, position, signature);
        !inserted) {
        return inserted.error();
    }
    std::vector<RowRef> rows;
    if (signedRevision) {
        if (auto named = nameRevision(*m_database, assessmentId, number, rows); !named) {
            return named.error();
        }
    }
    if (auto named = nameSignature(*m_database, assessmentId, number, position, rows); !named) {
        return named.error();
    }
    if (belowDraft) {
        // The draft on top keeps its fields; the listed signer follows the sign-off in
        // force, so the library still sorts and filters the assessment as signed.
        auto update = m_database->prepare("UPDATE assessments SET signer = ? WHERE id = ?");
        if (!update) {
            return update.error();
        }
        update->bind(1, signature.signer).bind(2, assessmentId);
        if (auto updated = update->run(); !updated) {
            return updated.error();
        }
    } else if (auto updated = updateAssessmentRow(*m_database, assessmentId, fields,
                                                  RevisionKind::Signed, number);
               !updated) {
        return updated.error();
    }
    if (auto logged = auditLog().append(
            AuditAction::Sign, actor, assessmentId,
            "revision " + std::to_string(number) + " signed by " + signature.signer, rows);
        !logged) {
        return logged.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return number;
}

Result<std::vector<StoredSignature>> Library::signatures(const std::string& assessmentId,
                                                         int revision) const
{
    auto query = m_database->prepare("SELECT position, entry, signer, signed_at FROM signatures "
                                     "WHERE assessment_id = ? AND revision = ? ORDER BY position");
    if (!query) {
        return query.error();
    }
    query->bind(1, assessmentId).bind(2, static_cast<std::int64_t>(revision));
    std::vector<StoredSignature> result;
    while (query->step()) {
        result.push_back(
            {static_cast<int>(query->integer(0)), query->text(1), query->text(2), query->text(3)});
    }
    if (query->lastError()) {
        return *query->lastError();
    }
    return result;
}

namespace {

// An earlier received copy of the same payload with the same signatures, if any.
Result<std::optional<std::string>> earlierCopy(const Library& library,
                                               const std::string& originalId,
                                               const std::string& sha256,
                                               const std::vector<StoredSignature>& signatures)
{
    auto query = library.database().prepare(
        "SELECT a.id FROM assessments a JOIN revisions r ON r.assessment_id = a.id AND "
        "r.number = 1 WHERE a.received_copy_of = ? AND r.sha256 = ? ORDER BY a.created_at");
    if (!query) {
        return query.error();
    }
    query->bind(1, originalId).bind(2, sha256);
    std::vector<std::string> candidates;
    while (query->step()) {
        candidates.push_back(query->text(0));
    }
    if (query->lastError()) {
        return *query->lastError();
    }
    for (const auto& id : candidates) {
        auto stored = library.signatures(id, 1);
        if (!stored) {
            return stored.error();
        }
        if (std::equal(stored->begin(), stored->end(), signatures.begin(), signatures.end(),
                       [](const StoredSignature& a, const StoredSignature& b) {
                           return a.entry == b.entry;
                       })) {
            return std::optional<std::string>(id);
        }
    }
    return std::optional<std::string>();
}

} // namespace

Result<Library::ReceivedCopy>
Library::importReceivedCopy(const std::string& copyId, const std::string& originalId,
                            const AssessmentFields& fields, const RevisionInput& revision,
                            const std::vector<StoredSignature>& signatures,
                            const std::string& actor) const
{
    auto transaction = Transaction::begin(*m_database);
    if (!transaction) {
        return transaction.error();
    }
    const auto sha256 = model::sha256Hex(revision.payload);
    auto earlier = earlierCopy(*this, originalId, sha256, signatures);
    if (!earlier) {
        return earlier.error();
    }
    if (*earlier) {
        return ReceivedCopy{**earlier, false};
    }
    const std::string now = utcTimestamp();
    auto insert = m_database->prepare(
        "INSERT INTO assessments(id, title, status, current_revision, received_copy_of, "
        "created_at, updated_at) VALUES (?, ?, 'draft', 1, ?, ?, ?)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, copyId).bind(2, fields.title).bind(3, originalId).bind(4, now).bind(5, now);
    if (auto inserted = insert->run(); !inserted) {
        return inserted.error();
    }
    std::vector<RowRef> rows;
    if (auto inserted = insertRevision(*m_database, copyId, 1, revision, sha256, std::nullopt, now);
        !inserted) {
        return inserted.error();
    }
    if (auto named = nameRevision(*m_database, copyId, 1, rows); !named) {
        return named.error();
    }
    for (std::size_t i = 0; i < signatures.size(); ++i) {
        const int position = static_cast<int>(i + 1);
        if (auto inserted = insertSignature(*m_database, copyId, 1, position, signatures[i]);
            !inserted) {
            return inserted.error();
        }
        if (auto named = nameSignature(*m_database, copyId, 1, position, rows); !named) {
            return named.error();
        }
    }
    if (auto updated = updateAssessmentRow(*m_database, copyId, fields, revision.kind, 1);
        !updated) {
        return updated.error();
    }
    if (auto logged = auditLog().append(
            AuditAction::Import, actor, copyId,
            "received copy of assessment " + originalId + ": revision 1 sha256 " + sha256 + ", " +
                std::to_string(signatures.size()) + " signature(s), stored without trusting them",
            rows);
        !logged) {
        return logged.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return ReceivedCopy{copyId, true};
}

Result<std::optional<int>> Library::revisionWithPayload(const std::string& assessmentId,
                                                        const std::string& sha256) const
{
    return revisionWithHash(*m_database, assessmentId, sha256);
}

Result<bool> Library::holdsSignature(const std::string& entry) const
{
    auto found = m_database->queryOptional(
        "SELECT 1 FROM signatures WHERE entry = ? LIMIT 1",
        [&](Statement& query) { query.bind(1, entry); }, [](const Statement&) { return true; });
    if (!found) {
        return found.error();
    }
    return found->has_value();
}

Result<std::vector<std::pair<std::string, int>>> Library::signedRevisions() const
{
    auto query = m_database->prepare("SELECT DISTINCT assessment_id, revision FROM signatures "
                                     "ORDER BY assessment_id, revision");
    if (!query) {
        return query.error();
    }
    std::vector<std::pair<std::string, int>> result;
    while (query->step()) {
        result.emplace_back(query->text(0), static_cast<int>(query->integer(1)));
    }
    if (query->lastError()) {
        return *query->lastError();
    }
    return result;
}

Result<void> Library::trustKey(const TrustedKey& key, const std::string& actor) const
{
    auto transaction = Transaction::begin(*m_database);
    if (!transaction) {
        return transaction.error();
    }
    auto insert = m_database->prepare("INSERT OR IGNORE INTO trusted_keys(key_id, public_key, "
                                      "name, email, added_at) VALUES (?, ?, ?, ?, ?)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, key.keyId)
        .bind(2, key.publicKeyPem)
        .bind(3, key.name)
        .bind(4, key.email)
        .bind(5, utcTimestamp());
    if (auto inserted = insert->run(); !inserted) {
        return inserted;
    }
    if (m_database->changes() == 0) {
        return {}; // already trusted: nothing to record
    }
    if (auto logged =
            auditLog().append(AuditAction::Trust, actor, std::nullopt,
                              "key " + key.keyId + " (" + key.name + " <" + key.email + ">)");
        !logged) {
        return logged;
    }
    return transaction->commit();
}

Result<bool> Library::distrustKey(const std::string& keyId, const std::string& actor) const
{
    auto transaction = Transaction::begin(*m_database);
    if (!transaction) {
        return transaction.error();
    }
    auto remove = m_database->prepare("DELETE FROM trusted_keys WHERE key_id = ?");
    if (!remove) {
        return remove.error();
    }
    remove->bind(1, keyId);
    if (auto removed = remove->run(); !removed) {
        return removed.error();
    }
    if (m_database->changes() == 0) {
        return false;
    }
    if (auto logged = auditLog().append(AuditAction::Distrust, actor, std::nullopt, "key " + keyId);
        !logged) {
        return logged.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return true;
}

Result<std::vector<TrustedKey>> Library::trustedKeys() const
{
    auto query = m_database->prepare(
        "SELECT key_id, public_key, name, email, added_at FROM trusted_keys ORDER BY name, key_id");
    if (!query) {
        return query.error();
    }
    std::vector<TrustedKey> keys;
    while (query->step()) {
        keys.push_back(
            {query->text(0), query->text(1), query->text(2), query->text(3), query->text(4)});
    }
    if (query->lastError()) {
        return *query->lastError();
    }
    return keys;
}

Result<bool> Library::isTrusted(const std::string& keyId) const
{
    auto found = m_database->queryOptional(
        "SELECT 1 FROM trusted_keys WHERE key_id = ?",
        [&](Statement& query) { query.bind(1, keyId); }, [](const Statement&) { return true; });
    if (!found) {
        return found.error();
    }
    return found->has_value();
}

Result<Library::ImportOutcome> Library::importRevision(
    const std::string& assessmentId, const AssessmentFields& fields, const RevisionInput& revision,
    const std::vector<StoredSignature>& signatures, const std::string& actor, bool onTop) const
{
    auto transaction = Transaction::begin(*m_database);
    if (!transaction) {
        return transaction.error();
    }
    ImportOutcome outcome;
    auto record = assessment(assessmentId);
    if (!record) {
        return record.error();
    }
    const auto sha256 = model::sha256Hex(revision.payload);
    auto existing = onTop ? Result<std::optional<int>>(std::optional<int>())
                          : revisionWithHash(*m_database, assessmentId, sha256);
    if (!existing) {
        return existing.error();
    }
    std::vector<StoredSignature> stored;
    if (*existing) {
        outcome.revision = **existing;
        auto present = this->signatures(assessmentId, outcome.revision);
        if (!present) {
            return present.error();
        }
        stored = std::move(*present);
        // One list must extend the other: an older copy of a package (fewer
        // signatures) adds nothing; a newer one adds its extra signatures.
        const auto sameEntry = [](const StoredSignature& a, const StoredSignature& b) {
            return a.entry == b.entry;
        };
        const std::size_t common = std::min(stored.size(), signatures.size());
        if (!std::equal(stored.begin(), stored.begin() + static_cast<std::ptrdiff_t>(common),
                        signatures.begin(), sameEntry)) {
            return Error{path().string() + ": assessment " + assessmentId + " revision " +
                         std::to_string(outcome.revision) +
                         " has different signatures than the package"};
        }
    } else {
        const std::string now = utcTimestamp();
        outcome.newRevision = true;
        if (!*record) {
            outcome.created = true;
            outcome.revision = 1;
            auto insert = m_database->prepare("INSERT INTO assessments(id, title, status, "
                                              "current_revision, created_at, updated_at) "
                                              "VALUES (?, ?, 'draft', 1, ?, ?)");
            if (!insert) {
                return insert.error();
            }
            insert->bind(1, assessmentId).bind(2, fields.title).bind(3, now).bind(4, now);
            if (auto inserted = insert->run(); !inserted) {
                return inserted.error();
            }
            if (auto inserted = insertRevision(*m_database, assessmentId, 1, revision, sha256,
                                               std::nullopt, now);
                !inserted) {
                return inserted.error();
            }
        } else {
            outcome.revision = (*record)->currentRevision + 1;
            auto parent = this->revision(assessmentId, (*record)->currentRevision);
            if (!parent) {
                return parent.error();
            }
            if (auto inserted = insertRevision(*m_database, assessmentId, outcome.revision,
                                               revision, sha256, (*parent)->sha256, now);
                !inserted) {
                return inserted.error();
            }
        }
        if (auto updated = updateAssessmentRow(*m_database, assessmentId, fields, revision.kind,
                                               outcome.revision);
            !updated) {
            return updated.error();
        }
    }
    for (std::size_t i = stored.size(); i < signatures.size(); ++i) {
        if (auto inserted = insertSignature(*m_database, assessmentId, outcome.revision,
                                            static_cast<int>(i + 1), signatures[i]);
            !inserted) {
            return inserted.error();
        }
        ++outcome.newSignatures;
    }
    if (!outcome.created && outcome.newSignatures == 0 && *existing) {
        return outcome; // nothing new: no audit entry, nothing committed
    }
    if (outcome.newSignatures > 0 && *existing && outcome.revision == (*record)->currentRevision) {
        // New signatures on a known revision: its listed signer changes.
        if (auto updated = updateAssessmentRow(*m_database, assessmentId, fields,
                                               RevisionKind::Signed, outcome.revision);
            !updated) {
            return updated.error();
        }
    }
    std::vector<RowRef> rows;
    if (outcome.newRevision) {
        if (auto named = nameRevision(*m_database, assessmentId, outcome.revision, rows); !named) {
            return named.error();
        }
    }
    for (std::size_t i = stored.size(); i < signatures.size(); ++i) {
        if (auto named = nameSignature(*m_database, assessmentId, outcome.revision,
                                       static_cast<int>(i + 1), rows);
            !named) {
            return named.error();
        }
    }
    if (auto logged =
            auditLog().append(AuditAction::Import, actor, assessmentId,
                              "revision " + std::to_string(outcome.revision) + " sha256 " + sha256 +
                                  ", " + std::to_string(outcome.newSignatures) + " signature(s)",
                              rows);
        !logged) {
        return logged.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return outcome;
}

} // namespace vouch::store
