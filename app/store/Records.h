// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace vouch::store {

enum class RevisionKind
{
    Draft,
    Signed
};

// What the store keeps about an assessment beyond its revisions: the columns the
// library view lists, sorts and filters on. The services derive them from the payload.
struct AssessmentFields
{
    std::string title;
    std::string workload;
    std::string organisation;
    std::string businessOwner;
    std::string assessor;
    std::optional<std::string> tier;
    std::optional<std::string> verdict;
    std::optional<std::string> signer;
    std::optional<std::string> reviewDue; // YYYY-MM-DD
    // YYYY-MM-DD: the earliest due date among the remediation actions that are not done;
    // nullopt when there are none (or none has a date).
    std::optional<std::string> nextActionDue;
};

struct AssessmentRecord
{
    std::string id;
    AssessmentFields fields;
    std::string status; // draft, signed, superseded
    int currentRevision = 0;
    std::optional<std::string> supersededBy;
    std::string createdAt;
    std::string updatedAt;
    // Set for a received copy: the id its payload names, whose assessment it never
    // becomes part of (Library::importReceivedCopy).
    std::optional<std::string> receivedCopyOf;
};

// A new revision as the services hand it over: canonical payload bytes and the
// questionnaire snapshot they were answered against.
struct RevisionInput
{
    std::string payload;
    std::string questionnaireSha256;
    std::string author;
    RevisionKind kind = RevisionKind::Draft;
    // The revision this one was edited from. When set and no longer the current
    // revision, the save is refused as a conflict instead of overwriting newer work.
    std::optional<int> baseRevision = std::nullopt;
};

struct RevisionRecord
{
    std::string assessmentId;
    int number = 0; // 1-based within the assessment
    RevisionKind kind = RevisionKind::Draft;
    std::string payload;
    std::string sha256;
    std::optional<std::string> parentSha256;
    std::string questionnaireSha256;
    std::string author;
    std::string createdAt;

    // The stored hash still matches the stored bytes.
    [[nodiscard]] bool isIntact() const;
};

struct StoredQuestionnaire
{
    std::string sha256;
    std::string id;
    std::string version;
    std::string content; // canonical JSON bytes
};

// A signature on a revision, as the signing module wrote it (JSON text).
struct StoredSignature
{
    int position = 0; // 1-based, in signing order
    std::string entry;
    std::string signer;
    std::string signedAt;
};

struct TrustedKey
{
    std::string keyId;
    std::string publicKeyPem;
    std::string name;
    std::string email;
    std::string addedAt;
};

[[nodiscard]] const char* spelling(RevisionKind kind);

} // namespace vouch::store
