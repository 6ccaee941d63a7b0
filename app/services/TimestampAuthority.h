// SPDX-License-Identifier: Apache-2.0
// The time-stamping authority (RFC 3161) that PDF signatures ask for a timestamp: its
// URL from Settings or `--tsa`, and the HTTP exchange with it. pdfsign makes and checks
// the request and the token; this is the only place that opens a connection for it.
#pragma once

#include "model/Result.h"
#include "pdfsign/Timestamp.h"

#include <optional>
#include <string>
#include <string_view>

namespace vouch::services {

// How long one exchange with the TSA may take, connecting included.
inline constexpr int kTimestampTimeoutSeconds = 10;

// Why `url` cannot be a TSA's address, in one line; nullopt when it can (an http:// URL
// with a host). https:// is refused: Vouch has no TLS client, and a timestamp token is
// signed by the TSA, so TSAs answer over plain http.
[[nodiscard]] std::optional<std::string> timestampUrlProblem(const std::string& url);

// POSTs `request` to `url` as application/timestamp-query with OpenSSL's HTTP client
// (libcrypto: no further library; a proxy from http_proxy / no_proxy is used as curl
// would), at most `timeoutSeconds`, and returns the body of a 200 answer. Errors are one
// line saying what happened: cannot connect, timed out, HTTP status, not a
// timestamp-reply.
[[nodiscard]] Result<std::string> postTimestampQuery(const std::string& url,
                                                     std::string_view request,
                                                     int timeoutSeconds = kTimestampTimeoutSeconds);

// The TSA at `url` for pdfsign::signPdf.
[[nodiscard]] pdfsign::Timestamper timestamperFor(const std::string& url);

} // namespace vouch::services
