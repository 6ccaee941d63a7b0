// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/DecisionInForce.h"
#include "services/SigningService.h"

#include <filesystem>
#include <string>
#include <vector>

namespace vouch::services {

// The one line a reviewer reads first about a package, and how alarming it is.
struct VerificationBanner
{
    enum class Level
    {
        Good,
        Caution,
        Bad,
        Neutral
    };
    // Which banner it is: a face that speaks another language words it from this and
    // the facts below; `headline` and `detail` are the English words.
    enum class Kind
    {
        InvalidSignature, // `signers`: the invalid one, `reason` why
        Inconsistent,     // `reason`: what does not match
        DraftOverSigned,  // `signers` of the signed revision, `reason`: its first problem
        Unsigned,
        LookAlike, // `signers`: the look-alike one (position, reason)
        Untrusted, // `signers`: every signer
        Verified,  // `signers`: every signer
    };
    Kind kind = Kind::Unsigned;
    Level level = Level::Neutral;
    std::string headline;
    std::string detail;
    std::vector<SignerTrust> signers{};
    // An engine sentence (English), for the kinds above that name one; empty otherwise.
    std::string reason{};
    int signedRevision = 0; // DraftOverSigned
    int draftRevision = 0;  // DraftOverSigned
};

// `decision`, for a library assessment: the decision in force, so that a draft made by
// New Revision says which signed revision still decides instead of "never signed".
[[nodiscard]] VerificationBanner bannerFor(const PackageReport& report,
                                           const DecisionInForce* decision = nullptr);

struct OpenedPackage
{
    signing::Package package;
    PackageReport report;
};

// Reads and verifies a package file (trust from `library`, which may be null).
[[nodiscard]] Result<OpenedPackage> openPackageFile(const std::filesystem::path& path,
                                                    const store::Library* library);
// The same with the trust list of the library at `libraryPath`, opened read-only; with
// no (readable) library file there, nobody is trusted. A PostgreSQL location that cannot
// be opened is an error naming the server.
[[nodiscard]] Result<OpenedPackage> openPackageFile(const std::filesystem::path& path,
                                                    const std::filesystem::path& libraryPath);

// The library file the window and the command line use by default:
// library.vouchdb in the platform's app-data folder.
[[nodiscard]] std::filesystem::path defaultLibraryPath();

} // namespace vouch::services
