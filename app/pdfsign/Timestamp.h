// SPDX-License-Identifier: Apache-2.0
// RFC 3161 timestamps over a CMS signature value (PAdES B-T: the unsigned attribute
// id-aa-signatureTimeStampToken), through OpenSSL 3's ts.h. No networking here: the
// HTTP exchange with the time-stamping authority is given in (services/
// TimestampAuthority.h), so this module stays testable with a TSA made in memory.
#pragma once

#include "model/Result.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace vouch::pdfsign {

// One exchange with a time-stamping authority: the DER TimeStampReq in, the body of its
// answer out (a DER TimeStampResp, if it is a TSA), or one line saying what happened
// (cannot connect, timed out, HTTP status, ...).
using TimestampExchange = std::function<Result<std::string>(std::string_view request)>;

struct Timestamper
{
    std::string url; // for messages: "time-stamping authority URL: ..."
    TimestampExchange exchange;
};

// Asks `tsa` for a timestamp over `signatureValue` (SHA-256 message imprint, a random
// 64-bit nonce, the TSA's certificate requested) and checks the answer: a TimeStampResp,
// status granted, the same imprint and nonce, a token signed by the certificate it
// carries. Returns the token (DER ContentInfo). Errors are one line beginning
// "time-stamping authority URL: ".
[[nodiscard]] Result<std::string> requestTimestamp(std::string_view signatureValue,
                                                   const Timestamper& tsa);

struct TimestampCheck
{
    bool valid = false;        // the token's signature verifies and it stamps `signatureValue`
    std::string problem;       // why not, when !valid
    std::string time;          // genTime: "2026-12-03 08:48:02 UTC"
    std::string authority;     // subject of the TSA's certificate (RFC 2253)
    std::string authorityName; // its common name
    // The TSA's certificate chains to one of the trusted certificates given (at the
    // timestamp's time, for time stamping). False says only that it was not checked
    // against a trusted root.
    bool trusted = false;
    std::string trustDetail; // OpenSSL's reason when not trusted
};

// Checks a timestamp token (DER) over `signatureValue`: its signature under the TSA
// certificate it carries (ESS certificate id, extended key usage timeStamping), its
// message imprint against the value, and whether that certificate chains to one of
// `trustedPem`.
[[nodiscard]] TimestampCheck checkTimestampToken(std::string_view token,
                                                 std::string_view signatureValue,
                                                 const std::vector<std::string>& trustedPem);

} // namespace vouch::pdfsign
