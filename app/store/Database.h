// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct sqlite3; // global namespace, as SQLite declares it
struct sqlite3_stmt;
struct pg_conn; // libpq's PGconn

namespace vouch::store {

class Database;
class StatementCache;
struct PgStatement;

// Which server speaks the SQL. Statements are written in SQLite's spelling (`?`
// parameters, `INSERT OR IGNORE`, `COLLATE NOCASE`); on PostgreSQL the wrapper
// rewrites those few forms, so the Library's SQL is one text for both.
enum class Dialect
{
    Sqlite,
    Postgres
};

// True for a PostgreSQL location: a `postgresql://` (or `postgres://`) URI or a libpq
// connection string naming a service (`service=NAME`). Anything else is a file path.
[[nodiscard]] bool isPostgresLocation(std::string_view location);

// True when a PostgreSQL location carries a password (`user:secret@` in a URI,
// `password=` in a connection string), as libpq reads it.
[[nodiscard]] bool postgresLocationHasPassword(const std::string& location);

// The rewrite described at Dialect, exposed for tests.
[[nodiscard]] std::string toPostgresSql(std::string_view sql);

// A prepared statement; when it goes out of scope it goes back to its connection's
// cache for the next prepare of the same SQL (or is finalised). Bind indexes are 1-based
// (SQLite's convention), column indexes 0-based.
class Statement
{
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text)
    {
        return bind(index, std::string_view(text));
    }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, std::int64_t value);
    Statement& bindBlob(int index, std::string_view bytes);
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<std::string>& text);

    // Advances to the next row: true while there is a row, false when done. Errors
    // are returned through `lastError`, and `step` returns false.
    [[nodiscard]] bool step();
    // Runs a statement that returns no rows.
    [[nodiscard]] Result<void> run();
    [[nodiscard]] const std::optional<Error>& lastError() const { return m_error; }
    void reset();

    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] std::optional<std::string> optionalText(int column) const;
    [[nodiscard]] std::string blob(int column) const;
    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    friend class Database;
    Statement(const Database* database, sqlite3_stmt* statement,
              std::weak_ptr<StatementCache> cache);
    Statement(const Database* database, std::unique_ptr<PgStatement> statement);
    void release();

    const Database* m_database = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    std::unique_ptr<PgStatement> m_pg; // instead of m_statement on PostgreSQL
    std::weak_ptr<StatementCache> m_cache;
    std::optional<Error> m_error;
};

enum class OpenMode
{
    ReadWrite,
    ReadOnly,
    // A file on read-only media (SQLite's immutable=1): read without locks and without
    // the -shm file a WAL-mode database otherwise needs and cannot create there.
    ReadOnlyMedia
};

// One connection to a SQLite file or a PostgreSQL server (libpq). Every error message
// names the file, or the server as host:port/database (never a password). Not shared
// between threads.
class Database
{
public:
    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // Opens (and with ReadWrite creates) the file. The file itself is not read until
    // the first statement runs.
    [[nodiscard]] static Result<Database> open(const std::filesystem::path& path, OpenMode mode);
    // Connects to a PostgreSQL server; `location` is a URI or `service=NAME` (see
    // isPostgresLocation). Passwords come from libpq's own files (.pgpass, the service
    // file), never from Vouch.
    [[nodiscard]] static Result<Database> connect(const std::string& location);

    [[nodiscard]] Dialect dialect() const
    {
        return m_pg != nullptr ? Dialect::Postgres : Dialect::Sqlite;
    }

    // Compiled once per connection: a statement prepared before (and not in use) is
    // reset and handed out again, so the same SQL on every save costs no compilation.
    [[nodiscard]] Result<Statement> prepare(std::string_view sql) const;
    // Runs one or more statements without results (schema, pragmas).
    [[nodiscard]] Result<void> exec(std::string_view sql) const;
    // First column of the first row of a query, for pragmas and counts.
    [[nodiscard]] Result<std::int64_t> queryInteger(std::string_view sql) const;

    // The first row of a query, read by `read`, or nullopt when there is none.
    // `bind` sets the parameters.
    template <typename Bind, typename Read>
    [[nodiscard]] auto queryOptional(std::string_view sql, Bind bind, Read read) const
        -> Result<std::optional<decltype(read(std::declval<const Statement&>()))>>
    {
        using Row = decltype(read(std::declval<const Statement&>()));
        auto statement = prepare(sql);
        if (!statement) {
            return statement.error();
        }
        bind(*statement);
        if (statement->step()) {
            return std::optional<Row>(read(*statement));
        }
        if (statement->lastError()) {
            return *statement->lastError();
        }
        return std::optional<Row>();
    }

    // PostgreSQL only: the connection's socket, for a caller that waits until the server
    // sends something (select, a QSocketNotifier); -1 on SQLite.
    [[nodiscard]] int socket() const;
    // PostgreSQL only: reads what the server has sent without waiting and takes the
    // notifications that came with it (LISTEN); returns how many were on `channel`. An
    // error naming the server when the connection is gone.
    [[nodiscard]] Result<int> takeNotifications(std::string_view channel) const;

    [[nodiscard]] bool isReadOnly() const;
    // True when the file this connection has open was deleted or renamed since: a
    // write would then land in a file no one can open again.
    [[nodiscard]] bool hasMoved() const;
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] std::int64_t changes() const;

    // "FILE: what: SQLite's message", with the SQLite result code turned into words
    // an officer can act on (damaged, full, locked, read-only).
    [[nodiscard]] Error error(std::string_view what) const;
    [[nodiscard]] Error error(std::string_view what, int resultCode) const;

private:
    friend class Statement;
    Database(std::filesystem::path path, sqlite3* handle);
    Database(std::string server, pg_conn* connection);
    void close();

    std::filesystem::path m_path; // on PostgreSQL: host:port/database, for messages
    sqlite3* m_handle = nullptr;
    pg_conn* m_pg = nullptr;
    mutable std::int64_t m_pgChanges = 0;
    std::shared_ptr<StatementCache> m_statements;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back on destruction unless committed. IMMEDIATE
// takes the write lock up front, so a second writer waits (busy timeout) instead of
// failing half-way through. On PostgreSQL the same: BEGIN and a transaction-scoped
// advisory lock that every Vouch writer takes, so writers to one library run one after
// the other (the audit chain has one tip) while readers never wait.
class Transaction
{
public:
    [[nodiscard]] static Result<Transaction> begin(const Database& database);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    [[nodiscard]] Result<void> commit();

private:
    explicit Transaction(const Database* database)
        : m_database(database)
    {}
    const Database* m_database = nullptr;
};

} // namespace vouch::store
