// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "migration/MigrationReport.h"
#include "model/AssessmentPayload.h"
#include "model/QuestionnaireLoader.h"
#include "model/Result.h"
#include "store/Library.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace vouch::services {

// One revision of an assessment, read back and checked: the payload parsed against
// the questionnaire snapshot it was answered with.
struct OpenedRevision
{
    store::AssessmentRecord assessment;
    store::RevisionRecord revision;
    model::QuestionnaireSnapshot questionnaire;
    model::AssessmentPayload payload;
};

// Moving an assessment to another version of its questionnaire, worked out but not yet
// saved, so the window can show the report first.
struct MigrationPlan
{
    std::string assessmentId;
    int baseRevision = 0;        // the revision migrated from; the save builds on it
    bool alreadyCurrent = false; // the assessment is on this very questionnaire already
    model::QuestionnaireSnapshot questionnaire;
    model::AssessmentPayload payload; // the new draft, evaluated, report included
    migration::MigrationReport report;
};

// The use cases around drafts: create, update (autosave), open, delete. The window
// and the command line both go through here, so "an edit of a signed assessment is a
// new draft revision" and "every save re-evaluates" live in one place.
class AssessmentService
{
public:
    AssessmentService(const store::Library& library, std::string actor);

    // Stores the questionnaire snapshot (once) and a new assessment whose first
    // revision is a draft. Returns the assessment id.
    [[nodiscard]] Result<std::string> createDraft(const model::QuestionnaireSnapshot& questionnaire,
                                                  const model::Answers& answers,
                                                  const model::AssessmentMeta& meta) const;

    // Saves new answers (and meta, if given) as the next draft revision, against the
    // questionnaire the assessment was answered with. Evidence references are kept.
    // Returns the new revision number, or the current one if nothing changed. On a
    // signed assessment the new draft's parent is the signed revision, which stays.
    // With `baseRevision` (the revision the edits started from) a save after someone
    // else's is refused with ErrorKind::Conflict instead of overwriting their work.
    [[nodiscard]] Result<int> updateDraft(const std::string& assessmentId,
                                          const model::Answers& answers,
                                          const std::optional<model::AssessmentMeta>& meta,
                                          std::optional<int> baseRevision = std::nullopt) const;

    // Reads an answers document (`{"answers": ..., "meta": ...}`) against the
    // assessment's own questionnaire, then saves it as above.
    [[nodiscard]] Result<int>
    updateDraftFromDocument(const std::string& assessmentId, const nlohmann::json& answersDocument,
                            const std::string& displayName,
                            std::optional<int> baseRevision = std::nullopt) const;

    // The current revision, or revision `number`.
    [[nodiscard]] Result<OpenedRevision> open(const std::string& assessmentId,
                                              std::optional<int> number = std::nullopt) const;

    [[nodiscard]] Result<void> deleteDraft(const std::string& assessmentId) const;

    // Works out how the current revision moves to `target`, a later version of its
    // questionnaire (or the same version with other content): answers carried by id or
    // as target's `migrations` say, the report, how tier, verdict and findings move.
    // Refused for another questionnaire or an earlier version. Nothing is stored.
    [[nodiscard]] Result<MigrationPlan>
    planMigration(const std::string& assessmentId,
                  const model::QuestionnaireSnapshot& target) const;
    // Saves a plan as a new draft revision on top of the one it was made from (a signed
    // revision stays as it is); ErrorKind::Conflict when someone saved in between.
    [[nodiscard]] Result<int> saveMigration(const MigrationPlan& plan) const;

    // Attaches a file as evidence to a question (and matrix item): the bytes go into
    // the library's blob store, a reference with the original name, media type, size
    // and SHA-256 into a new draft revision. The name is kept for display only.
    // Returns the reference and the revision that holds it.
    struct AttachedEvidence
    {
        model::AttachmentRef ref;
        int revision = 0;
    };
    [[nodiscard]] Result<AttachedEvidence>
    attachEvidence(const std::string& assessmentId, const std::filesystem::path& file,
                   const std::string& question, const std::string& item,
                   std::optional<int> baseRevision = std::nullopt) const;

    // A stored questionnaire snapshot, parsed and validated.
    [[nodiscard]] Result<model::QuestionnaireSnapshot>
    questionnaire(const std::string& sha256) const;

    // The library-view columns of a payload, including the earliest due date of the
    // actions that are not done.
    [[nodiscard]] static store::AssessmentFields fieldsOf(const model::AssessmentPayload& payload);

private:
    [[nodiscard]] Result<store::RevisionInput>
    revisionOf(model::AssessmentPayload& payload, const model::QuestionnaireSnapshot& questionnaire,
               store::RevisionKind kind) const;

    const store::Library& m_library;
    std::string m_actor;
};

// Several diagnostics as one error, one line each.
[[nodiscard]] Error joinedError(const std::vector<model::Diagnostic>& diagnostics);

} // namespace vouch::services
