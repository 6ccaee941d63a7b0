// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <span>
#include <string_view>

namespace vouch::fuzz {

// One fuzz target: feeds arbitrary bytes to one reader of untrusted input and checks
// the properties that must hold whatever the bytes are. A violated property aborts,
// which libFuzzer reports as a crash and CTest as a failed test. The same functions are
// built into the libFuzzer executables (cmake --preset fuzz) and into the regression
// test that replays every saved input in every ordinary build (test_fuzz_regressions).
using TargetFunction = void (*)(std::string_view bytes);

struct Target
{
    std::string_view name; // also the folder of its seeds and regressions
    TargetFunction run;
};

// Questionnaire files: strict JSON, the loader's validation, the canonical snapshot.
void fuzzQuestionnaire(std::string_view bytes);
// Answers files against the shipped Azure OpenAI questionnaire, then the evaluation.
void fuzzAnswers(std::string_view bytes);
// The condition language: shape checks, then evaluation against fixed answers.
void fuzzCondition(std::string_view bytes);
// RFC 8785 canonicalisation: canonical output is valid, stable and means the same.
void fuzzCanonicalJson(std::string_view bytes);
// Package files: structure, signature verification, consistency, import.
void fuzzPackage(std::string_view bytes);

[[nodiscard]] std::span<const Target> allTargets();

// Aborts with `what` on stderr when a property does not hold.
void require(bool holds, std::string_view what);

} // namespace vouch::fuzz
