// SPDX-License-Identifier: Apache-2.0
// The entry point of one libFuzzer executable; VOUCH_FUZZ_TARGET names its function.
#include "FuzzTargets.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // libFuzzer hands out bytes; the readers take text, whatever its encoding.
    vouch::fuzz::VOUCH_FUZZ_TARGET(
        std::string_view(reinterpret_cast<const char*>(data), size)); // NOLINT
    return 0;
}
