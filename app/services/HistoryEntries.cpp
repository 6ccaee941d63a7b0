// SPDX-License-Identifier: Apache-2.0
#include "services/HistoryEntries.h"

#include <cstdio>
#include <ctime>
#include <optional>

namespace vouch::services {
namespace {

// Seconds since the epoch of a stored UTC time ("2026-12-02T14:36:07.652Z"); nullopt
// for text that is not one.
std::optional<long long> secondsOf(const std::string& utc)
{
    std::tm time{};
    int consumed = 0;
    if (std::sscanf(utc.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &time.tm_year, &time.tm_mon,
                    &time.tm_mday, &time.tm_hour, &time.tm_min, &time.tm_sec, &consumed) != 6 ||
        consumed != 19) {
        return std::nullopt;
    }
    time.tm_year -= 1900;
    time.tm_mon -= 1;
    return static_cast<long long>(timegm(&time));
}

bool continuesSession(const HistoryEntry& entry, const RevisionRecord& revision)
{
    if (entry.kind != RevisionKind::Draft || revision.kind != RevisionKind::Draft ||
        entry.author != revision.author) {
        return false;
    }
    const auto previous = secondsOf(entry.lastSavedAt);
    const auto next = secondsOf(revision.createdAt);
    return previous && next && *next >= *previous && *next - *previous <= kEditingSessionGapSeconds;
}

} // namespace

std::vector<HistoryEntry> historyEntries(const std::vector<RevisionRecord>& revisions)
{
    std::vector<HistoryEntry> entries;
    for (const auto& revision : revisions) {
        if (!entries.empty() && continuesSession(entries.back(), revision)) {
            auto& entry = entries.back();
            entry.lastRevision = revision.number;
            entry.lastSavedAt = revision.createdAt;
            entry.sha256 = revision.sha256;
            continue;
        }
        entries.push_back({revision.number, revision.number, revision.kind, revision.author,
                           revision.createdAt, revision.createdAt, revision.sha256});
    }
    return entries;
}

} // namespace vouch::services
