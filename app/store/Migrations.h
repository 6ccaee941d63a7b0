// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "store/Database.h"

#include <filesystem>

namespace vouch::store {

// The schema version this Vouch writes (PRAGMA user_version).
[[nodiscard]] int latestSchemaVersion();
// The same for either kind of library: on PostgreSQL the version in vouch_schema, which
// counts its own history (Migrations.cpp, kPostgresVersions; docs/library.md).
[[nodiscard]] int latestSchemaVersion(Dialect dialect);

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

// How a PostgreSQL connection may treat the schema: Create makes a library in an empty
// database, Create and Write upgrade an older one, Read only checks.
enum class PostgresAccess
{
    Create,
    Write,
    Read
};

// On PostgreSQL: checks the library's schema version (vouch_schema) and refuses a newer
// one naming the server. With Create, an empty database gets the schema of `targetVersion`
// (latest by default) in one transaction. An older library is upgraded step by step (Create,
// Write), each step in one transaction under the advisory lock every writer takes, the version
// row moved with it, so two clients opening it at once upgrade it once; with Read, or when the
// connection cannot change the schema (read-only, or a role that does not own the tables), it is
// refused in one line and nothing is changed. Without Create, a database without a Vouch
// library is an error saying how to make one.
[[nodiscard]] Result<void> postgresSchema(const Database& database, PostgresAccess access,
                                          int targetVersion = -1);

} // namespace vouch::store
