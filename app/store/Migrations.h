// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "store/Database.h"

#include <filesystem>

namespace vouch::store {

// The schema version this Vouch writes (PRAGMA user_version).
[[nodiscard]] int latestSchemaVersion();

// Identifies a Vouch library among SQLite files (PRAGMA application_id, "VOUC").
inline constexpr std::int64_t kApplicationId = 0x564F5543;

// Refuses, before anything is written, a SQLite file that is not a Vouch library and
// a library made by a newer Vouch.
[[nodiscard]] Result<void> checkIdentity(const Database& database);

// Brings a library up to `targetVersion` (latest by default), forward only, each step
// in its own transaction. Before touching an existing library it is copied to a dated
// backup beside it (VACUUM INTO, consistent even in WAL mode). A library from a newer
// Vouch, or a SQLite file that is not a Vouch library, is refused and left unchanged.
[[nodiscard]] Result<void> migrate(const Database& database, int targetVersion = -1);

// The backup made before migrating from `fromVersion`, e.g.
// "library.vouchdb.backup-20261122T081500Z-schema1".
[[nodiscard]] std::filesystem::path backupPathFor(const std::filesystem::path& library,
                                                  int fromVersion);

// On PostgreSQL: checks the library's schema version (vouch_schema) and refuses a newer
// one naming the server; with `create`, an empty database gets the schema of
// latestSchemaVersion(), in one transaction. Without `create`, a database without a
// Vouch library is an error saying how to make one.
[[nodiscard]] Result<void> postgresSchema(const Database& database, bool create);

} // namespace vouch::store
