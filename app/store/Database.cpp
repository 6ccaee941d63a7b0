// SPDX-License-Identifier: Apache-2.0
#include "store/Database.h"

#include <sqlite3.h>

#include <cctype>
#include <cerrno>
#include <limits>
#include <map>
#include <memory>
#include <utility>

namespace vouch::store {
namespace {

constexpr int kBusyTimeoutMs = 10000;
constexpr const char* kDiskFull =
    "the disk is full; nothing was saved and the library is intact (free some space and try "
    "again)";

// SQLite's own messages are precise but terse; say what it means for the officer.
std::string explain(int code)
{
    switch (code & 0xFF) {
    case SQLITE_CORRUPT:
        return "the library file is damaged";
    case SQLITE_NOTADB:
        return "the file is not a Vouch library (not a SQLite database)";
    case SQLITE_FULL:
        return kDiskFull;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "the library is locked by another Vouch process";
    case SQLITE_READONLY:
        return "the library is read-only (marked read-only, or on read-only media); nothing was "
               "saved";
    case SQLITE_CANTOPEN:
        return "the library file cannot be opened";
    case SQLITE_IOERR:
        return "reading or writing the library file failed";
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return "permission denied";
    default:
        return {};
    }
}

// file:PATH?immutable=1, the path percent-encoded as RFC 3986 and SQLite want it.
std::string immutableUri(const std::filesystem::path& path)
{
    const auto absolute = std::filesystem::absolute(path).string();
    std::string uri = "file:";
    constexpr std::string_view kHex = "0123456789ABCDEF";
    for (const char c : absolute) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) != 0 || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
            uri += c;
        } else {
            uri += '%';
            uri += kHex[byte >> 4U];
            uri += kHex[byte & 0x0FU];
        }
    }
    return uri + "?immutable=1";
}

int toInt(std::size_t size)
{
    return size > static_cast<std::size_t>(std::numeric_limits<int>::max())
               ? std::numeric_limits<int>::max()
               : static_cast<int>(size);
}

} // namespace

// Prepared statements not in use, by their SQL text. Owned by the connection; a
// statement still in use when the connection closes finalises itself instead.
class StatementCache
{
public:
    StatementCache() = default;
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;
    ~StatementCache()
    {
        for (auto& [sql, statement] : m_idle) {
            sqlite3_finalize(statement);
        }
    }

    sqlite3_stmt* take(std::string_view sql)
    {
        const auto found = m_idle.find(sql);
        if (found == m_idle.end()) {
            return nullptr;
        }
        sqlite3_stmt* statement = found->second;
        m_idle.erase(found);
        return statement;
    }

    void giveBack(sqlite3_stmt* statement)
    {
        // Dynamic SQL (a filter combination) could grow the cache without bound; beyond
        // this many distinct statements, the extra ones are finalised as before.
        constexpr std::size_t kMaxIdle = 64;
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        const char* sql = sqlite3_sql(statement);
        if (sql == nullptr || m_idle.size() >= kMaxIdle || m_idle.contains(sql)) {
            sqlite3_finalize(statement);
            return;
        }
        m_idle.emplace(sql, statement);
    }

private:
    std::map<std::string, sqlite3_stmt*, std::less<>> m_idle;
};

Statement::Statement(const Database* database, sqlite3_stmt* statement,
                     std::weak_ptr<StatementCache> cache)
    : m_database(database)
    , m_statement(statement)
    , m_cache(std::move(cache))
{}

Statement::Statement(Statement&& other) noexcept
    : m_database(other.m_database)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_cache(std::move(other.m_cache))
    , m_error(std::move(other.m_error))
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        release();
        m_database = other.m_database;
        m_statement = std::exchange(other.m_statement, nullptr);
        m_cache = std::move(other.m_cache);
        m_error = std::move(other.m_error);
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (m_statement == nullptr) {
        return;
    }
    if (const auto cache = m_cache.lock()) {
        cache->giveBack(std::exchange(m_statement, nullptr));
    } else {
        sqlite3_finalize(std::exchange(m_statement, nullptr));
    }
}

Statement& Statement::bind(int index, std::string_view text)
{
    // SQLITE_TRANSIENT: SQLite copies the text, so temporaries are safe to pass.
    sqlite3_bind_text(m_statement, index, text.data(), toInt(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes)
{
    sqlite3_bind_blob(m_statement, index, bytes.data(), toInt(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& text)
{
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

bool Statement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) {
        return true;
    }
    if (code != SQLITE_DONE) {
        m_error = m_database->error("query failed", code);
    }
    return false;
}

Result<void> Statement::run()
{
    while (step()) {
    }
    if (m_error) {
        return *m_error;
    }
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_error.reset();
}

std::string Statement::text(int column) const
{
    const auto* data = sqlite3_column_text(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return data == nullptr
               ? std::string()
               : std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size));
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return text(column);
}

std::string Statement::blob(int column) const
{
    const auto* data = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return data == nullptr
               ? std::string()
               : std::string(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Database::Database(std::filesystem::path path, sqlite3* handle)
    : m_path(std::move(path))
    , m_handle(handle)
    , m_statements(std::make_shared<StatementCache>())
{}

Database::Database(Database&& other) noexcept
    : m_path(std::move(other.m_path))
    , m_handle(std::exchange(other.m_handle, nullptr))
    , m_statements(std::move(other.m_statements))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        m_statements.reset(); // finalises the idle statements before the connection closes
        sqlite3_close_v2(m_handle);
        m_path = std::move(other.m_path);
        m_handle = std::exchange(other.m_handle, nullptr);
        m_statements = std::move(other.m_statements);
    }
    return *this;
}

Database::~Database()
{
    m_statements.reset(); // finalises the idle statements before the connection closes
    sqlite3_close_v2(m_handle);
}

Result<Database> Database::open(const std::filesystem::path& path, OpenMode mode)
{
    sqlite3* handle = nullptr;
    const int flags = (mode == OpenMode::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                                   : SQLITE_OPEN_READONLY) |
                      SQLITE_OPEN_NOMUTEX | (mode == OpenMode::ReadOnlyMedia ? SQLITE_OPEN_URI : 0);
    const std::string name =
        mode == OpenMode::ReadOnlyMedia ? immutableUri(path) : std::string(path.c_str());
    const int code = sqlite3_open_v2(name.c_str(), &handle, flags, nullptr);
    Database database(path, handle);
    if (code != SQLITE_OK) {
        return database.error("cannot open", code);
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, kBusyTimeoutMs);
    return database;
}

Result<Statement> Database::prepare(std::string_view sql) const
{
    if (m_statements) {
        if (sqlite3_stmt* cached = m_statements->take(sql)) {
            return Statement(this, cached, m_statements);
        }
    }
    sqlite3_stmt* statement = nullptr;
    const int code =
        sqlite3_prepare_v2(m_handle, sql.data(), toInt(sql.size()), &statement, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(statement);
        return error("cannot prepare a query", code);
    }
    return Statement(this, statement, m_statements);
}

Result<void> Database::exec(std::string_view sql) const
{
    const std::string text(sql);
    const int code = sqlite3_exec(m_handle, text.c_str(), nullptr, nullptr, nullptr);
    if (code != SQLITE_OK) {
        return error("update failed", code);
    }
    return {};
}

Result<std::int64_t> Database::queryInteger(std::string_view sql) const
{
    auto statement = prepare(sql);
    if (!statement) {
        return statement.error();
    }
    if (!statement->step()) {
        if (statement->lastError()) {
            return *statement->lastError();
        }
        return Error{m_path.string() + ": query returned no rows"};
    }
    return statement->integer(0);
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_handle, "main") == 1;
}

bool Database::hasMoved() const
{
    int moved = 0;
    // Answered by SQLite's unix VFS (fstat link count and inode against the path).
    if (sqlite3_file_control(m_handle, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK) {
        return false;
    }
    return moved != 0;
}

std::int64_t Database::changes() const
{
    return sqlite3_changes64(m_handle);
}

Error Database::error(std::string_view what) const
{
    return error(what, sqlite3_extended_errcode(m_handle));
}

Error Database::error(std::string_view what, int resultCode) const
{
    std::string message = m_path.string() + ": " + std::string(what);
    // A full disk can also surface as an I/O error (growing the -shm file, an fsync);
    // the operating system's own code says which.
    const int systemError = m_handle != nullptr ? sqlite3_system_errno(m_handle) : 0;
    const auto meaning =
        (resultCode & 0xFF) == SQLITE_IOERR && (systemError == ENOSPC || systemError == EDQUOT)
            ? std::string(kDiskFull)
            : explain(resultCode);
    if (!meaning.empty()) {
        message += ": " + meaning;
    }
    const char* detail =
        m_handle != nullptr ? sqlite3_errmsg(m_handle) : sqlite3_errstr(resultCode);
    if (detail != nullptr && meaning.find(detail) == std::string::npos) {
        message += " (" + std::string(detail) + ")";
    }
    return Error{message};
}

Result<Transaction> Transaction::begin(const Database& database)
{
    if (auto started = database.exec("BEGIN IMMEDIATE"); !started) {
        return started.error();
    }
    Transaction transaction(&database);
    if (database.hasMoved()) {
        return Error{database.path().string() +
                     ": the library file was moved or deleted while open; nothing was saved"};
    }
    return transaction;
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
{}

Transaction::~Transaction()
{
    if (m_database != nullptr) {
        // Nothing useful to do if the rollback fails: SQLite rolls back on close too.
        static_cast<void>(m_database->exec("ROLLBACK"));
    }
}

Result<void> Transaction::commit()
{
    auto committed = m_database->exec("COMMIT");
    if (committed) {
        m_database = nullptr;
    }
    return committed;
}

} // namespace vouch::store
