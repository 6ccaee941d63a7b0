// SPDX-License-Identifier: Apache-2.0
// A child process for the reliability tests: appends revisions to one assessment as
// fast as it can and reports each save that returned, so the parent can kill it at
// any instant and then check that every reported save survived intact.
//
//   library_writer DB ASSESSMENT_ID COUNT      (COUNT < 0: until killed)
//
// stdout: "saved NUMBER SHA256" after each committed save, flushed at once.
#include "model/Sha256.h"
#include "store/Library.h"

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

using namespace vouch;

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: library_writer DB ASSESSMENT_ID COUNT\n");
        return 2;
    }
    const std::string path = argv[1];
    const std::string id = argv[2];
    const long count = std::strtol(argv[3], nullptr, 10);

    auto library = store::Library::open(path, store::OpenIntent::CreateIfMissing);
    if (!library) {
        std::fprintf(stderr, "%s\n", library.error().message.c_str());
        return 1;
    }
    const store::StoredQuestionnaire questionnaire{model::sha256Hex("q"), "test-q", "1.0.0", "q"};
    if (!library->storeQuestionnaire(questionnaire)) {
        return 1;
    }
    std::mt19937_64 random(std::random_device{}());
    std::uniform_int_distribution<std::size_t> size(16, 32 * 1024);
    store::AssessmentFields fields;
    fields.title = "Crash test";
    for (long i = 0; count < 0 || i < count; ++i) {
        // Varying sizes make some transactions span many pages, so kills land mid-write.
        std::string payload(size(random), '\0');
        for (auto& byte : payload) {
            byte = static_cast<char>(random() & 0xFFU);
        }
        const store::RevisionInput input{payload, questionnaire.sha256, "writer",
                                         store::RevisionKind::Draft};
        auto saved = library->appendRevision(id, fields, input);
        if (!saved) {
            std::fprintf(stderr, "%s\n", saved.error().message.c_str());
            return 1;
        }
        std::printf("saved %d %s\n", *saved, model::sha256Hex(payload).c_str());
        std::fflush(stdout);
    }
    return 0;
}
