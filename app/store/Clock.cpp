// SPDX-License-Identifier: Apache-2.0
#include "store/Clock.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace vouch::store {
namespace {

struct Now
{
    std::tm utc{};
    long long milliseconds = 0;
};

Now now()
{
    const auto point = std::chrono::system_clock::now();
    const auto seconds = std::chrono::system_clock::to_time_t(point);
    Now result;
    gmtime_r(&seconds, &result.utc);
    result.milliseconds =
        std::chrono::duration_cast<std::chrono::milliseconds>(point.time_since_epoch()).count() %
        1000;
    return result;
}

} // namespace

std::string utcTimestamp()
{
    const auto current = now();
    const auto& t = current.utc;
    char buffer[80];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03lldZ", t.tm_year + 1900,
                  t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, current.milliseconds);
    return buffer;
}

std::string compactUtcTimestamp()
{
    const auto t = now().utc;
    char buffer[80];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02dT%02d%02d%02dZ", t.tm_year + 1900,
                  t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec);
    return buffer;
}

std::string utcDate()
{
    const auto t = now().utc;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", t.tm_year + 1900, t.tm_mon + 1,
                  t.tm_mday);
    return buffer;
}

} // namespace vouch::store
