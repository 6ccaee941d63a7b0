// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "signing/Signatures.h"
#include "store/AuditLog.h"
#include "store/Library.h"

#include <cstdint>
#include <optional>
#include <string>

namespace vouch::services {

// What `vouch audit --verify` finds: the log is a chain ending at `head`, every revision
// and signature row is named with its hash by an entry (and every named row is there),
// the trust list is what the trust and distrust entries made it, and the log still holds
// the entry each signature made here bound as its head.
struct LibraryAudit
{
    std::int64_t entries = 0;
    std::optional<store::AuditHead> head; // nullopt: an empty log
    std::string problem;                  // the first one, one line; empty when intact
};

[[nodiscard]] Result<LibraryAudit> auditLibrary(const store::Library& library);

// The library's current head, to bind into a signature made now (nullopt: empty log).
[[nodiscard]] Result<std::optional<signing::LibraryHead>>
libraryHead(const store::Library& library);

// Signatures made in this library (statement version 2 naming this log) whose bound
// entry the log no longer holds with that hash: the log was truncated or rewritten after
// they were made. Empty when none.
[[nodiscard]] std::string boundHeadProblem(const store::Library& library,
                                           const signing::Package& package);

} // namespace vouch::services
