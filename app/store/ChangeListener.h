// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "store/Database.h"

#include <string>
#include <string_view>
#include <utility>

namespace vouch::store {

// The channel a PostgreSQL library notifies on when a change is committed (the triggers of
// PostgreSQL schema version 10, Migrations.cpp): an assessment's head moved, a revision, a
// signature or a trust entry came or went, whoever made the change.
inline constexpr std::string_view kChangeChannel = "vouch_library";

// Hears other clients' changes to a PostgreSQL library: LISTEN on kChangeChannel over a
// connection of its own, so a long transaction on the library's connection never holds it
// up. It does not wait by itself: its owner watches socket() (select, a QSocketNotifier)
// and calls drainNotifications() when the socket is readable. The server sends a
// notification only when the transaction that made the change commits, never for one that
// rolls back. Not shared between threads (it may be made on one and used on another).
class ChangeListener
{
public:
    // Connects to `location` (a PostgreSQL location, see isPostgresLocation) and listens;
    // the error names the server, never a password.
    [[nodiscard]] static Result<ChangeListener> listen(const std::string& location);

    // The socket that becomes readable when the server sends something.
    [[nodiscard]] int socket() const { return m_database.socket(); }
    // Takes every notification received so far: true when at least one said the library
    // changed. An error naming the server when the connection is lost (then this listener
    // hears nothing more; listen() again for a new one).
    [[nodiscard]] Result<bool> drainNotifications() const;
    // The server as HOST:PORT/DATABASE, for messages.
    [[nodiscard]] std::string server() const { return m_database.path().string(); }

private:
    explicit ChangeListener(Database database)
        : m_database(std::move(database))
    {}

    Database m_database;
};

} // namespace vouch::store
