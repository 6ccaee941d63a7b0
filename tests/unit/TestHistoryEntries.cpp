// SPDX-License-Identifier: Apache-2.0
// The history shows one editing session as one entry: consecutive autosaved drafts by
// one author, each within 30 minutes of the one before; a signed revision, another
// author or a longer pause starts a new entry.
#include "services/HistoryEntries.h"

#include <QObject>
#include <QTest>

using namespace vouch::services;

namespace {

RevisionRecord revision(int number, RevisionKind kind, const char* author, const char* at)
{
    RevisionRecord record;
    record.assessmentId = "a";
    record.number = number;
    record.kind = kind;
    record.author = author;
    record.createdAt = at;
    record.sha256 = "sha" + std::to_string(number);
    return record;
}

constexpr auto Draft = RevisionKind::Draft;
constexpr auto Signed = RevisionKind::Signed;

} // namespace

class TestHistoryEntries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneEditingSessionIsOneEntry()
    {
        std::vector<RevisionRecord> revisions;
        // 70 autosaves, 20 seconds apart: one pass through the wizard.
        for (int i = 0; i < 70; ++i) {
            char at[32];
            std::snprintf(at, sizeof at, "2026-12-02T14:%02d:%02d.000Z", i / 3, (i % 3) * 20);
            revisions.push_back(revision(i + 1, Draft, "dana", at));
        }
        const auto entries = historyEntries(revisions);
        QCOMPARE(entries.size(), std::size_t{1});
        QCOMPARE(entries[0].firstRevision, 1);
        QCOMPARE(entries[0].lastRevision, 70);
        QCOMPARE(entries[0].saves(), 70);
        QCOMPARE(entries[0].firstSavedAt, std::string("2026-12-02T14:00:00.000Z"));
        QCOMPARE(entries[0].lastSavedAt, std::string("2026-12-02T14:23:00.000Z"));
        QCOMPARE(entries[0].sha256, std::string("sha70"));
    }

    void signaturesAuthorsAndPausesStartNewEntries()
    {
        const std::vector<RevisionRecord> revisions{
            revision(1, Draft, "dana", "2026-12-02T09:00:00.000Z"),
            revision(2, Draft, "dana", "2026-12-02T09:29:59.000Z"), // within 30 min
            revision(3, Signed, "dana", "2026-12-02T09:31:00.000Z"),
            revision(4, Draft, "dana", "2026-12-02T09:32:00.000Z"),
            revision(5, Draft, "erik", "2026-12-02T09:33:00.000Z"),
            revision(6, Draft, "erik", "2026-12-02T10:03:01.000Z"), // 30 min 1 s later
            revision(7, Draft, "erik", "not a time"),
        };
        const auto entries = historyEntries(revisions);
        QCOMPARE(entries.size(), std::size_t{6});
        const std::vector<std::pair<int, int>> expected{{1, 2}, {3, 3}, {4, 4},
                                                        {5, 5}, {6, 6}, {7, 7}};
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(entries[i].firstRevision, expected[i].first);
            QCOMPARE(entries[i].lastRevision, expected[i].second);
        }
        QCOMPARE(entries[1].kind, Signed);
        QVERIFY(historyEntries({}).empty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryEntries)
#include "TestHistoryEntries.moc"
