// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/LibraryQuery.h"
#include "store/Records.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace vouch::store {

enum class OpenIntent
{
    CreateIfMissing, // commands that write: a new library is made on first use
    MustExist,       // commands that only read: a missing file is an error
    ReadOnly,        // never writes, even to upgrade
};

inline constexpr std::int64_t kDefaultMaxAttachmentBytes = 50LL * 1024 * 1024;

// The assessment library: one SQLite file or one PostgreSQL database (docs/library.md) (WAL,
// foreign keys, busy timeout, schema in user_version). Every change is one transaction together
// with its audit-log entry; a crash at any instant leaves the last committed state intact.
class Library
{
public:
    // `path` is a SQLite file or a PostgreSQL location (isPostgresLocation); on
    // PostgreSQL the library must have been made by init().
    [[nodiscard]] static Result<Library> open(const std::filesystem::path& path, OpenIntent intent);
    // Makes a library at `location` if there is none (SQLite: the file; PostgreSQL: the
    // schema in the database, which must exist) and opens it. `created` says which.
    [[nodiscard]] static Result<Library> init(const std::filesystem::path& location,
                                              bool* created = nullptr);

    [[nodiscard]] const std::filesystem::path& path() const { return m_database->path(); }
    [[nodiscard]] bool isReadOnly() const { return m_database->isReadOnly(); }
    [[nodiscard]] const Database& database() const { return *m_database; }
    [[nodiscard]] Dialect dialect() const { return m_database->dialect(); }

    // Questionnaire snapshots, stored once per SHA-256 of their canonical bytes.
    [[nodiscard]] Result<void> storeQuestionnaire(const StoredQuestionnaire& questionnaire) const;
    [[nodiscard]] Result<std::optional<StoredQuestionnaire>>
    questionnaire(const std::string& sha256) const;

    // A new assessment `id` (a UUID the payload already names) with its first revision.
    [[nodiscard]] Result<void> createAssessment(const std::string& id,
                                                const AssessmentFields& fields,
                                                const RevisionInput& firstRevision) const;
    // Appends a revision (parent: the current one) and updates the listed fields.
    // Returns the new revision number.
    [[nodiscard]] Result<int> appendRevision(const std::string& assessmentId,
                                             const AssessmentFields& fields,
                                             const RevisionInput& revision,
                                             AuditAction action = AuditAction::Save) const;
    // Discards the draft revisions after the last signed one; an assessment that was
    // never signed is removed altogether. Signed revisions are never deleted. The store
    // does not read payloads, so `fieldsOf` recomputes the listed fields of the signed
    // revision the assessment falls back to.
    using FieldsOf = std::function<AssessmentFields(const RevisionRecord&)>;
    [[nodiscard]] Result<void> deleteDraft(const std::string& assessmentId,
                                           const std::string& actor,
                                           const FieldsOf& fieldsOf) const;

    // Adds a signature to the current revision, in one transaction with everything it
    // implies: a draft is first frozen as a new signed revision (`signedRevision`, the
    // same payload bytes), the listed fields (signer, status, review due) are updated
    // and the audit log records the signature. Returns the signed revision's number.
    // With `number`, an earlier revision that is already signed takes the signature (an
    // approver countersigns the sign-off in force while a newer draft is worked on): the
    // draft stays the current revision and keeps its listed fields, except the signer,
    // which names the decision in force.
    [[nodiscard]] Result<int> sign(const std::string& assessmentId, const AssessmentFields& fields,
                                   const std::optional<RevisionInput>& signedRevision,
                                   const StoredSignature& signature, const std::string& actor,
                                   std::optional<int> number = std::nullopt) const;
    [[nodiscard]] Result<std::vector<StoredSignature>> signatures(const std::string& assessmentId,
                                                                  int revision) const;
    // Whether a signature with exactly this stored entry is on any revision.
    [[nodiscard]] Result<bool> holdsSignature(const std::string& entry) const;
    // Every revision that carries signatures: (assessment id, revision number).
    [[nodiscard]] Result<std::vector<std::pair<std::string, int>>> signedRevisions() const;

    // Stores a revision from a package with its signatures. Importing the same package
    // again adds nothing; a package with signatures added since adds just those.
    struct ImportOutcome
    {
        int revision = 0;
        bool created = false;     // the assessment was new to this library
        bool newRevision = false; // a revision was added (always when created)
        int newSignatures = 0;    // 0 and !created: already there
    };
    // `onTop`: store it as a new revision on top of the current one even when a revision
    // with the same payload is stored (whose signatures the caller found untrusted).
    [[nodiscard]] Result<ImportOutcome>
    importRevision(const std::string& assessmentId, const AssessmentFields& fields,
                   const RevisionInput& revision, const std::vector<StoredSignature>& signatures,
                   const std::string& actor, bool onTop = false) const;
    // Stores a package knowingly as a received copy: a new assessment `copyId` marked as
    // a copy of `originalId` (the id its payload names), holding the revision as
    // revision 1 with its signatures whatever their trust. It never becomes a revision of
    // `originalId`, and is never changed or signed. The same payload with the same
    // signatures, received before, adds nothing: `created` false and the earlier copy's id.
    struct ReceivedCopy
    {
        std::string copyId;
        bool created = false;
    };
    [[nodiscard]] Result<ReceivedCopy>
    importReceivedCopy(const std::string& copyId, const std::string& originalId,
                       const AssessmentFields& fields, const RevisionInput& revision,
                       const std::vector<StoredSignature>& signatures,
                       const std::string& actor) const;
    // The newest revision of the assessment with this payload SHA-256, if any.
    [[nodiscard]] Result<std::optional<int>> revisionWithPayload(const std::string& assessmentId,
                                                                 const std::string& sha256) const;

    [[nodiscard]] Result<void> trustKey(const TrustedKey& key, const std::string& actor) const;
    [[nodiscard]] Result<bool> distrustKey(const std::string& keyId,
                                           const std::string& actor) const;
    [[nodiscard]] Result<std::vector<TrustedKey>> trustedKeys() const;
    [[nodiscard]] Result<bool> isTrusted(const std::string& keyId) const;

    [[nodiscard]] Result<std::optional<AssessmentRecord>> assessment(const std::string& id) const;
    [[nodiscard]] Result<std::optional<RevisionRecord>> revision(const std::string& assessmentId,
                                                                 int number) const;
    [[nodiscard]] Result<std::vector<RevisionRecord>>
    history(const std::string& assessmentId) const;
    // The number of the assessment's latest signed revision; nullopt when none is signed.
    // One indexed query, no payload read: the library list asks it for every row it paints.
    [[nodiscard]] Result<std::optional<int>>
    latestSignedRevision(const std::string& assessmentId) const;

    // Evidence files, content-addressed. Returns the SHA-256.
    [[nodiscard]] Result<std::string> storeBlob(std::string_view bytes) const;
    [[nodiscard]] Result<std::optional<std::string>> blob(const std::string& sha256) const;
    void setMaxAttachmentBytes(std::int64_t bytes) { m_maxAttachmentBytes = bytes; }
    [[nodiscard]] std::int64_t maxAttachmentBytes() const { return m_maxAttachmentBytes; }

    [[nodiscard]] Result<ListPage> list(const ListQuery& query) const;
    // The row assessment `id` is on in that list; nullopt when the filters leave it out.
    [[nodiscard]] Result<std::optional<std::int64_t>> positionInList(const ListQuery& query,
                                                                     const std::string& id) const;

    // The PAdES-signed PDF sign-off of a signed revision (table signed_pdfs): stored with
    // the number of PDF signatures it carries and an audit entry naming its SHA-256, in one
    // transaction. `signedPdf` returns the stored file with the most signatures.
    [[nodiscard]] Result<void> storeSignedPdf(const std::string& assessmentId, int revision,
                                              int pdfSignatures, std::string_view bytes,
                                              const std::string& actor,
                                              const std::string& detail) const;
    [[nodiscard]] Result<std::optional<std::string>> signedPdf(const std::string& assessmentId,
                                                               int revision) const;

    [[nodiscard]] AuditLog auditLog() const { return AuditLog(*m_database); }
    // Records an action that changes nothing else (e.g. an export), in its own transaction.
    [[nodiscard]] Result<void> recordAudit(AuditAction action, const std::string& actor,
                                           const std::optional<std::string>& assessmentId,
                                           const std::string& detail) const;

private:
    // The assessment, or "no assessment ID" as an error.
    [[nodiscard]] Result<AssessmentRecord> existingAssessment(const std::string& id) const;
    [[nodiscard]] Result<void> restoreSignedRevision(const std::string& assessmentId, int number,
                                                     const FieldsOf& fieldsOf) const;

    explicit Library(std::unique_ptr<Database> database)
        : m_database(std::move(database))
    {}

    std::unique_ptr<Database> m_database; // stable address: statements point at it
    std::int64_t m_maxAttachmentBytes = kDefaultMaxAttachmentBytes;
};

} // namespace vouch::store
