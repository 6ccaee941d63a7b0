// SPDX-License-Identifier: Apache-2.0
#include "FuzzTargets.h"

#include <array>
#include <cstdio>
#include <cstdlib>

namespace vouch::fuzz {

std::span<const Target> allTargets()
{
    static constexpr std::array kTargets{
        Target{"questionnaire", fuzzQuestionnaire},
        Target{"answers", fuzzAnswers},
        Target{"condition", fuzzCondition},
        Target{"canonical-json", fuzzCanonicalJson},
        Target{"package", fuzzPackage},
    };
    return kTargets;
}

void require(bool holds, std::string_view what)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz property violated: %.*s\n", static_cast<int>(what.size()),
                     what.data());
        std::abort();
    }
}

} // namespace vouch::fuzz
