// SPDX-License-Identifier: Apache-2.0
// Library benchmark, run on demand (bench/run-library-bench.sh), never as a test.
//
//   library_bench generate DB COUNT     fill a new library with COUNT assessments
//   library_bench save DB ROUNDS        save latency: Library::appendRevision against a
//                                       bare INSERT + COMMIT of the same bytes, and against
//                                       the same writes done by hand, same file
//
// Generation writes through the store's own schema in one transaction (100,000
// separate fsync'd saves would take minutes and measure the disk, not the library).
#include "model/Sha256.h"
#include "model/Uuid.h"
#include "store/Library.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

using namespace vouch;
using Clock = std::chrono::steady_clock;

namespace {

const store::StoredQuestionnaire kQuestionnaire{model::sha256Hex("bench"), "bench", "1.0.0",
                                                "bench"};

constexpr const char* kWords[]{"ambient",  "scribe",  "triage",        "radiology", "discharge",
                               "summary",  "prior",   "authorisation", "coding",    "billing",
                               "routing",  "chatbot", "cardiology",    "oncology",  "pharmacy",
                               "referral", "nurse",   "portal"};
constexpr const char* kOrganisations[]{"St Mary Hospital", "Northside Clinic", "Example Health",
                                       "Lakeside Medical Group", "Riverside Trust"};
constexpr const char* kTiers[]{"low", "medium", "high"};
constexpr const char* kVerdicts[]{"ready", "conditional", "blocked", "incomplete"};

int generate(const std::string& path, long count)
{
    auto library = store::Library::open(path, store::OpenIntent::CreateIfMissing);
    if (!library || !library->storeQuestionnaire(kQuestionnaire)) {
        std::fprintf(stderr, "cannot create %s\n", path.c_str());
        return 1;
    }
    const auto& db = library->database();
    std::mt19937 random(42);
    const auto pick = [&](const auto& list) {
        return list[random() % (sizeof(list) / sizeof(list[0]))];
    };
    const std::string payload(1024, 'p');
    if (!db.exec("BEGIN")) {
        return 1;
    }
    auto assessment = db.prepare("INSERT INTO assessments(id, title, workload, organisation, "
                                 "status, current_revision, tier, "
                                 "verdict, signer, review_due, created_at, updated_at) VALUES (?, "
                                 "?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)");
    auto revision = db.prepare(
        "INSERT INTO revisions(assessment_id, number, kind, payload, sha256, questionnaire_sha256, "
        "author, created_at) VALUES (?, 1, ?, ?, ?, ?, 'bench', ?)");
    for (long i = 0; i < count; ++i) {
        const auto id = model::newUuid();
        const std::string title =
            std::string(pick(kWords)) + " " + pick(kWords) + " " + std::to_string(i);
        const bool isSigned = random() % 3 != 0;
        char date[32];
        std::snprintf(date, sizeof date, "20%02lu-%02lu-%02luT10:00:00.000Z", 24UL + random() % 3UL,
                      1UL + random() % 12UL, 1UL + random() % 28UL);
        char due[16];
        std::snprintf(due, sizeof due, "20%02lu-%02lu-15", 25UL + random() % 3UL,
                      1UL + random() % 12UL);
        assessment->reset();
        assessment->bind(1, id)
            .bind(2, title)
            .bind(3, std::string(pick(kWords)) + " workload")
            .bind(4, pick(kOrganisations))
            .bind(5, isSigned ? "signed" : "draft")
            .bind(6, pick(kTiers))
            .bind(7, pick(kVerdicts))
            .bind(8, isSigned ? std::optional<std::string>("Dr. Signer " + std::to_string(i % 50))
                              : std::nullopt)
            .bind(9, isSigned ? std::optional<std::string>(due) : std::nullopt)
            .bind(10, date)
            .bind(11, date);
        revision->reset();
        revision->bind(1, id)
            .bind(2, isSigned ? "signed" : "draft")
            .bindBlob(3, payload)
            .bind(4, model::sha256Hex(payload))
            .bind(5, kQuestionnaire.sha256)
            .bind(6, date);
        if (!assessment->run() || !revision->run()) {
            std::fprintf(stderr, "insert failed at %ld\n", i);
            return 1;
        }
    }
    if (!db.exec("COMMIT") || !db.exec("ANALYZE")) {
        return 1;
    }
    std::printf("generated %ld assessments in %s\n", count, path.c_str());
    return 0;
}

double medianMicros(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// `withFsync` false turns off SQLite's syncs for both sides: what is left is the work
// each does in memory and in the file, which a fast disk would otherwise hide.
int saveLatency(const std::string& path, int rounds, bool withFsync)
{
    auto library = store::Library::open(path, store::OpenIntent::CreateIfMissing);
    if (!library || !library->storeQuestionnaire(kQuestionnaire)) {
        return 1;
    }
    if (!withFsync && !library->database().exec("PRAGMA synchronous = OFF")) {
        return 1;
    }
    const std::string payload(16 * 1024, 'x'); // about the size of a real canonical payload
    const auto id = model::newUuid();
    store::AssessmentFields fields;
    fields.title = "Save latency";
    if (!library->createAssessment(
            id, fields, {payload, kQuestionnaire.sha256, "bench", store::RevisionKind::Draft})) {
        return 1;
    }
    // The baseline: the same bytes into a bare table on the same file and settings.
    const auto& db = library->database();
    if (!db.exec("CREATE TABLE IF NOT EXISTS bench_bare(payload BLOB)")) {
        return 1;
    }
    auto bare = db.prepare("INSERT INTO bench_bare(payload) VALUES (?)");
    // The second baseline: the rows a save writes (the revision, the assessment's number and
    // time, the audit entry), into the same tables with their indexes and triggers, by
    // statements prepared once, without anything a save works out first (the current
    // revision and the base check, the payload's SHA-256, which columns changed, the audit
    // head and the entry's hash). Its own assessment, so both sides append.
    const auto byHandId = model::newUuid();
    if (!library->createAssessment(
            byHandId, fields,
            {payload, kQuestionnaire.sha256, "bench", store::RevisionKind::Draft})) {
        return 1;
    }
    auto revisionRow = db.prepare(
        "INSERT INTO revisions(assessment_id, number, kind, payload, sha256, parent_sha256, "
        "questionnaire_sha256, author, created_at) VALUES (?, ?, 'draft', ?, ?, ?, ?, 'bench', ?)");
    auto assessmentRow =
        db.prepare("UPDATE assessments SET updated_at = ?, current_revision = ? WHERE id = ?");
    auto auditRow = db.prepare("INSERT INTO audit_log(at, actor, action, assessment_id, detail, "
                               "prev_sha256, sha256, rows) "
                               "VALUES (?, 'bench', 'save', ?, ?, ?, ?, ?)");
    if (!bare || !revisionRow || !assessmentRow || !auditRow) {
        return 1;
    }
    const std::string hash(64, 'a');
    const std::string now = "2026-12-03T12:00:00.000Z";
    const auto sameWrites = [&](int number, const std::string& bytes) {
        revisionRow->reset();
        revisionRow->bind(1, byHandId).bind(2, std::int64_t{number}).bindBlob(3, bytes);
        revisionRow->bind(4, hash).bind(5, hash).bind(6, kQuestionnaire.sha256).bind(7, now);
        assessmentRow->reset();
        assessmentRow->bind(1, now).bind(2, std::int64_t{number}).bind(3, byHandId);
        auditRow->reset();
        auditRow->bind(1, now).bind(2, byHandId).bind(3, "revision " + std::to_string(number));
        auditRow->bind(4, hash).bind(5, hash).bind(6, "revisions " + byHandId);
        return db.exec("BEGIN IMMEDIATE") && revisionRow->run() && assessmentRow->run() &&
               auditRow->run() && db.exec("COMMIT");
    };
    std::vector<double> library_us;
    std::vector<double> bare_us;
    std::vector<double> same_us;
    for (int round = 0; round < rounds; ++round) {
        // Interleaved, so both see the same machine state.
        auto start = Clock::now();
        if (!library->appendRevision(id, fields,
                                     {payload + std::to_string(round), kQuestionnaire.sha256,
                                      "bench", store::RevisionKind::Draft})) {
            return 1;
        }
        library_us.push_back(
            std::chrono::duration<double, std::micro>(Clock::now() - start).count());
        start = Clock::now();
        bare->reset();
        bare->bindBlob(1, payload + std::to_string(round));
        if (!db.exec("BEGIN IMMEDIATE") || !bare->run() || !db.exec("COMMIT")) {
            return 1;
        }
        bare_us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
        start = Clock::now();
        if (!sameWrites(round + 2, payload + std::to_string(round))) {
            return 1;
        }
        same_us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
    }
    const double lib = medianMicros(library_us);
    const double raw = medianMicros(bare_us);
    const double same = medianMicros(same_us);
    std::printf(
        "save latency (median of %d, 16 KiB payload): library %.0f us, bare INSERT+COMMIT %.0f us, "
        "same writes by hand %.0f us, ratio %.2f\n",
        rounds, lib, raw, same, lib / raw);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && std::string(argv[1]) == "generate") {
        return generate(argv[2], std::strtol(argv[3], nullptr, 10));
    }
    if ((argc == 4 || argc == 5) && std::string(argv[1]) == "save") {
        const bool withFsync = argc == 4 || std::string(argv[4]) != "nosync";
        return saveLatency(argv[2], static_cast<int>(std::strtol(argv[3], nullptr, 10)), withFsync);
    }
    std::fprintf(stderr, "usage: library_bench generate DB COUNT | save DB ROUNDS [nosync]\n");
    return 2;
}
