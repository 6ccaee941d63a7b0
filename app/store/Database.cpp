// SPDX-License-Identifier: Apache-2.0
#include "store/Database.h"

#include "store/LibPq.h"

#include <sqlite3.h>

#include <array>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstdlib>
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

// libpq type oids (server/catalog/pg_type.h, stable since forever).
constexpr unsigned int kByteaOid = 17;
constexpr unsigned int kInt8Oid = 20;
// The advisory lock every Vouch writer takes inside its transaction ("VOUC").
constexpr std::int64_t kWriterLock = 0x564F5543;
constexpr const char* kConnectTimeoutSeconds = "10";

// libpq's multi-line messages ("...failed: ...\n\tIs the server running...?") as one line.
std::string oneLine(std::string_view text)
{
    std::string line;
    bool space = false;
    for (const char c : text) {
        if (c == '\n' || c == '\t' || c == '\r' || c == ' ') {
            space = !line.empty();
            continue;
        }
        if (space) {
            line += ' ';
            space = false;
        }
        line += c;
    }
    return line;
}

// libpq's functions. Called only with a connection made or after `loadLibPq` succeeded
// (connect and postgresLocationHasPassword check it first), so the library is loaded.
const LibPq& pq()
{
    return **loadLibPq();
}

// host:port/database as libpq resolved them; a socket folder stands for the host.
std::string serverName(const PGconn* connection)
{
    const char* host = pq().PQhost(connection);
    const char* port = pq().PQport(connection);
    const char* name = pq().PQdb(connection);
    std::string server = host != nullptr && *host != '\0' ? host : "localhost";
    server += ':';
    server += port != nullptr && *port != '\0' ? port : "5432";
    server += '/';
    server += name != nullptr ? name : "";
    return server;
}

std::string decodeBytea(const char* text)
{
    std::size_t size = 0;
    unsigned char* bytes =
        pq().PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &size);
    if (bytes == nullptr) {
        return {};
    }
    std::string decoded(reinterpret_cast<const char*>(bytes), size);
    pq().PQfreemem(bytes);
    return decoded;
}

} // namespace

bool isPostgresLocation(std::string_view location)
{
    return location.starts_with("postgresql://") || location.starts_with("postgres://") ||
           location.starts_with("service=");
}

bool postgresLocationHasPassword(const std::string& location)
{
    if (!loadLibPq()) {
        return false; // connecting says why
    }
    char* error = nullptr;
    PQconninfoOption* options = pq().PQconninfoParse(location.c_str(), &error);
    pq().PQfreemem(error);
    if (options == nullptr) {
        return false; // not parseable: connecting says why
    }
    bool found = false;
    for (const auto* option = options; option->keyword != nullptr; ++option) {
        found = found || (std::string_view(option->keyword) == "password" &&
                          option->val != nullptr && *option->val != '\0');
    }
    pq().PQconninfoFree(options);
    return found;
}

std::string toPostgresSql(std::string_view sql)
{
    std::string text(sql);
    constexpr std::string_view kOrIgnore = "INSERT OR IGNORE INTO";
    bool ignore = false;
    if (text.starts_with(kOrIgnore)) {
        text = "INSERT INTO" + text.substr(kOrIgnore.size());
        ignore = true;
    }
    // "column COLLATE NOCASE" -> "lower(column)": NOCASE folds ASCII, lower() more; the
    // schema indexes the same expression.
    constexpr std::string_view kNoCase = " COLLATE NOCASE";
    for (auto at = text.find(kNoCase); at != std::string::npos; at = text.find(kNoCase)) {
        auto start = at;
        while (start > 0 && (std::isalnum(static_cast<unsigned char>(text[start - 1])) != 0 ||
                             text[start - 1] == '_' || text[start - 1] == '.')) {
            --start;
        }
        const auto column = text.substr(start, at - start);
        text.replace(start, at + kNoCase.size() - start, "lower(" + column + ")");
    }
    std::string out;
    out.reserve(text.size() + 16);
    int parameter = 0;
    char quote = 0;
    for (const char c : text) {
        if (quote != 0) {
            if (c == quote) {
                quote = 0;
            }
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?') {
            out += '$' + std::to_string(++parameter);
        } else {
            out += c;
        }
    }
    if (ignore) {
        out += " ON CONFLICT DO NOTHING";
    }
    return out;
}

// A statement on PostgreSQL: the parameters are kept until the first step, which sends
// the statement with them (PQexecParams) and keeps the whole result; rows are then read
// from it. Text goes as text for the server to type; blobs as bytea, integers as int8.
struct PgStatement
{
    PgStatement() = default;
    PgStatement(const PgStatement&) = delete;
    PgStatement& operator=(const PgStatement&) = delete;
    ~PgStatement() { clear(); }

    void clear()
    {
        if (result != nullptr) {
            pq().PQclear(result);
            result = nullptr;
        }
        row = -1;
    }
    void set(int index, std::optional<std::string> value, unsigned int type, int format)
    {
        const auto slot = static_cast<std::size_t>(index - 1);
        if (values.size() <= slot) {
            values.resize(slot + 1);
            types.resize(slot + 1, 0);
            formats.resize(slot + 1, 0);
        }
        values[slot] = std::move(value);
        types[slot] = type;
        formats[slot] = format;
    }

    std::string sql;
    std::vector<std::optional<std::string>> values;
    std::vector<unsigned int> types;
    std::vector<int> formats;
    PGresult* result = nullptr;
    int row = -1;
};

namespace {} // namespace

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

Statement::Statement(const Database* database, std::unique_ptr<PgStatement> statement)
    : m_database(database)
    , m_pg(std::move(statement))
{}

Statement::Statement(Statement&& other) noexcept
    : m_database(other.m_database)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_pg(std::move(other.m_pg))
    , m_cache(std::move(other.m_cache))
    , m_error(std::move(other.m_error))
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        release();
        m_database = other.m_database;
        m_statement = std::exchange(other.m_statement, nullptr);
        m_pg = std::move(other.m_pg);
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
    m_pg.reset();
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
    if (m_pg) {
        m_pg->set(index, std::string(text), 0, 0);
        return *this;
    }
    // SQLITE_TRANSIENT: SQLite copies the text, so temporaries are safe to pass.
    sqlite3_bind_text(m_statement, index, text.data(), toInt(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    if (m_pg) {
        m_pg->set(index, std::to_string(value), kInt8Oid, 0);
        return *this;
    }
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes)
{
    if (m_pg) {
        m_pg->set(index, std::string(bytes), kByteaOid, 1);
        return *this;
    }
    sqlite3_bind_blob(m_statement, index, bytes.data(), toInt(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (m_pg) {
        m_pg->set(index, std::nullopt, 0, 0);
        return *this;
    }
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& text)
{
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

bool Statement::step()
{
    if (m_pg) {
        if (m_pg->result == nullptr) {
            if (m_error) {
                return false;
            }
            std::vector<const char*> values;
            std::vector<int> lengths;
            for (const auto& value : m_pg->values) {
                values.push_back(value ? value->data() : nullptr);
                lengths.push_back(value ? toInt(value->size()) : 0);
            }
            m_pg->result = pq().PQexecParams(
                m_database->m_pg, m_pg->sql.c_str(), toInt(values.size()), m_pg->types.data(),
                values.data(), lengths.data(), m_pg->formats.data(), 0);
            const auto status = pq().PQresultStatus(m_pg->result);
            if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
                const char* primary =
                    pq().PQresultErrorField(m_pg->result, PG_DIAG_MESSAGE_PRIMARY);
                // The server's own words when it refused the statement; libpq's (the
                // connection was lost) otherwise.
                m_error =
                    primary != nullptr && pq().PQstatus(m_database->m_pg) == CONNECTION_OK
                        ? Error{m_database->m_path.string() + ": query failed: " + oneLine(primary)}
                        : m_database->error("query failed", 0);
                m_pg->clear();
                return false;
            }
            const char* changed = pq().PQcmdTuples(m_pg->result);
            m_database->m_pgChanges =
                changed != nullptr && *changed != '\0' ? std::strtoll(changed, nullptr, 10) : 0;
            m_pg->row = -1;
        }
        ++m_pg->row;
        return m_pg->row < pq().PQntuples(m_pg->result);
    }
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
    m_error.reset();
    if (m_pg) {
        m_pg->clear();
        m_pg->values.clear();
        m_pg->types.clear();
        m_pg->formats.clear();
        return;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_error.reset();
}

std::string Statement::text(int column) const
{
    if (m_pg) {
        if (isNull(column)) {
            return {};
        }
        const char* value = pq().PQgetvalue(m_pg->result, m_pg->row, column);
        if (pq().PQftype(m_pg->result, column) == kByteaOid) {
            return decodeBytea(value);
        }
        return {value, static_cast<std::size_t>(pq().PQgetlength(m_pg->result, m_pg->row, column))};
    }
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
    if (m_pg) {
        return text(column);
    }
    const auto* data = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return data == nullptr
               ? std::string()
               : std::string(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

std::int64_t Statement::integer(int column) const
{
    if (m_pg) {
        if (isNull(column)) {
            return 0;
        }
        const char* value = pq().PQgetvalue(m_pg->result, m_pg->row, column);
        if (*value == 't' || *value == 'f') { // a boolean, as SQLite gives 1 or 0
            return *value == 't' ? 1 : 0;
        }
        return std::strtoll(value, nullptr, 10);
    }
    return sqlite3_column_int64(m_statement, column);
}

bool Statement::isNull(int column) const
{
    if (m_pg) {
        return pq().PQgetisnull(m_pg->result, m_pg->row, column) != 0;
    }
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Database::Database(std::filesystem::path path, sqlite3* handle)
    : m_path(std::move(path))
    , m_handle(handle)
    , m_statements(std::make_shared<StatementCache>())
{}

Database::Database(std::string server, pg_conn* connection)
    : m_path(std::move(server))
    , m_pg(connection)
{}

void Database::close()
{
    m_statements.reset(); // finalises the idle statements before the connection closes
    sqlite3_close_v2(std::exchange(m_handle, nullptr));
    if (m_pg != nullptr) {
        pq().PQfinish(std::exchange(m_pg, nullptr));
    }
}

Database::Database(Database&& other) noexcept
    : m_path(std::move(other.m_path))
    , m_handle(std::exchange(other.m_handle, nullptr))
    , m_pg(std::exchange(other.m_pg, nullptr))
    , m_statements(std::move(other.m_statements))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_path = std::move(other.m_path);
        m_handle = std::exchange(other.m_handle, nullptr);
        m_pg = std::exchange(other.m_pg, nullptr);
        m_statements = std::move(other.m_statements);
    }
    return *this;
}

Database::~Database()
{
    close();
}

Result<Database> Database::connect(const std::string& location)
{
    // The location is expanded in place of dbname, so what it says wins over these
    // defaults (a URI may set its own connect_timeout).
    const std::array<const char*, 4> keywords{"connect_timeout", "application_name", "dbname",
                                              nullptr};
    const std::array<const char*, 4> values{kConnectTimeoutSeconds, "vouch", location.c_str(),
                                            nullptr};
    if (auto loaded = loadLibPq(); !loaded) {
        return loaded.error();
    }
    PGconn* connection = pq().PQconnectdbParams(keywords.data(), values.data(), 1);
    if (connection == nullptr) {
        return Error{"PostgreSQL: out of memory connecting to the library"};
    }
    Database database(serverName(connection), connection);
    if (pq().PQstatus(connection) != CONNECTION_OK) {
        return Error{database.m_path.string() + ": cannot connect to the PostgreSQL server (" +
                     oneLine(pq().PQerrorMessage(connection)) + ")"};
    }
    // Quiet the server's NOTICE lines (they would go to stderr).
    pq().PQsetNoticeProcessor(
        connection, [](void*, const char*) {}, nullptr);
    if (auto quiet = database.exec("SET client_min_messages = warning"); !quiet) {
        return quiet.error();
    }
    return database;
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
    if (m_pg != nullptr) {
        auto statement = std::make_unique<PgStatement>();
        statement->sql = toPostgresSql(sql);
        return Statement(this, std::move(statement));
    }
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
    if (m_pg != nullptr) {
        PGresult* result = pq().PQexec(m_pg, toPostgresSql(text).c_str());
        const auto status = pq().PQresultStatus(result);
        const char* primary = pq().PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
        std::string detail = primary != nullptr ? oneLine(primary) : std::string();
        // COMMIT of a transaction in which a statement failed answers ROLLBACK, not an
        // error: say so, or a caller would report a save that was not made.
        const bool rolledBack = text == "COMMIT" && status == PGRES_COMMAND_OK &&
                                std::string_view(pq().PQcmdStatus(result)) == "ROLLBACK";
        pq().PQclear(result);
        if (rolledBack) {
            return Error{m_path.string() +
                         ": update failed: the server rolled the transaction back; nothing was "
                         "saved"};
        }
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            if (pq().PQstatus(m_pg) != CONNECTION_OK || detail.empty()) {
                return error("update failed");
            }
            return Error{m_path.string() + ": update failed: " + detail};
        }
        return {};
    }
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

int Database::socket() const
{
    return m_pg != nullptr ? pq().PQsocket(m_pg) : -1;
}

Result<int> Database::takeNotifications(std::string_view channel) const
{
    if (m_pg == nullptr) {
        return 0;
    }
    // PQconsumeInput reads what the socket holds and returns at once; 0 means the
    // connection broke (the server went away, an administrator ended the session).
    if (pq().PQconsumeInput(m_pg) == 0 || pq().PQstatus(m_pg) != CONNECTION_OK) {
        return Error{m_path.string() + ": the connection to the PostgreSQL server was lost (" +
                     oneLine(pq().PQerrorMessage(m_pg)) + ")"};
    }
    int count = 0;
    while (PGnotify* notification = pq().PQnotifies(m_pg)) {
        if (channel == notification->relname) {
            ++count;
        }
        pq().PQfreemem(notification);
    }
    return count;
}

bool Database::isReadOnly() const
{
    if (m_pg != nullptr) {
        return false;
    }
    return sqlite3_db_readonly(m_handle, "main") == 1;
}

bool Database::hasMoved() const
{
    if (m_pg != nullptr) {
        return false;
    }
    int moved = 0;
    // Answered by SQLite's unix VFS (fstat link count and inode against the path).
    if (sqlite3_file_control(m_handle, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK) {
        return false;
    }
    return moved != 0;
}

std::int64_t Database::changes() const
{
    if (m_pg != nullptr) {
        return m_pgChanges;
    }
    return sqlite3_changes64(m_handle);
}

Error Database::error(std::string_view what) const
{
    if (m_pg != nullptr) {
        return error(what, 0);
    }
    return error(what, sqlite3_extended_errcode(m_handle));
}

Error Database::error(std::string_view what, int resultCode) const
{
    std::string message = m_path.string() + ": " + std::string(what);
    if (m_pg != nullptr) {
        if (pq().PQstatus(m_pg) != CONNECTION_OK) {
            message += ": the connection to the PostgreSQL server was lost; nothing was saved";
        }
        const auto detail = oneLine(pq().PQerrorMessage(m_pg));
        if (!detail.empty()) {
            message += " (" + detail + ")";
        }
        return Error{message};
    }
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
    const bool postgres = database.dialect() == Dialect::Postgres;
    if (auto started = database.exec(postgres ? "BEGIN" : "BEGIN IMMEDIATE"); !started) {
        return started.error();
    }
    Transaction transaction(&database);
    if (postgres) {
        if (auto locked =
                database.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kWriterLock) + ")");
            !locked) {
            return locked.error();
        }
    }
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
