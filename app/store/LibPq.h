// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"

#include <libpq-fe.h>

namespace vouch::store {

// The libpq functions the store calls. libpq is loaded when Vouch first talks to a
// PostgreSQL server, not when it starts: linked, it and what it pulls in (Kerberos, LDAP,
// GnuTLS, SASL: two dozen libraries) were loaded and relocated by every start of the
// window and of every verb, about a fifth of the start-up's CPU time, for a library most
// officers keep in a SQLite file (docs/performance.md). The header gives the types.
#define VOUCH_LIBPQ_FUNCTIONS(X)                                                                   \
    X(PQclear)                                                                                     \
    X(PQcmdStatus)                                                                                 \
    X(PQcmdTuples)                                                                                 \
    X(PQconnectdbParams)                                                                           \
    X(PQconsumeInput)                                                                              \
    X(PQconninfoFree)                                                                              \
    X(PQconninfoParse)                                                                             \
    X(PQdb)                                                                                        \
    X(PQerrorMessage)                                                                              \
    X(PQexec)                                                                                      \
    X(PQexecParams)                                                                                \
    X(PQfinish)                                                                                    \
    X(PQfreemem)                                                                                   \
    X(PQftype)                                                                                     \
    X(PQgetisnull)                                                                                 \
    X(PQgetlength)                                                                                 \
    X(PQgetvalue)                                                                                  \
    X(PQhost)                                                                                      \
    X(PQnotifies)                                                                                  \
    X(PQntuples)                                                                                   \
    X(PQport)                                                                                      \
    X(PQresultErrorField)                                                                          \
    X(PQresultStatus)                                                                              \
    X(PQsetNoticeProcessor)                                                                        \
    X(PQsocket)                                                                                    \
    X(PQstatus)                                                                                    \
    X(PQunescapeBytea)

struct LibPq
{
#define VOUCH_LIBPQ_MEMBER(name) decltype(&::name) name = nullptr;
    VOUCH_LIBPQ_FUNCTIONS(VOUCH_LIBPQ_MEMBER)
#undef VOUCH_LIBPQ_MEMBER
};

// Loads libpq on the first call (once per process, thread-safe) and returns its
// functions, or a one-line error naming the library and what to install.
[[nodiscard]] Result<const LibPq*> loadLibPq();

} // namespace vouch::store
