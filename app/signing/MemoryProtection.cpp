// SPDX-License-Identifier: Apache-2.0
#include "signing/MemoryProtection.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace vouch::signing {
namespace {

constexpr bool builtWithAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

} // namespace

bool protectProcessMemory()
{
    const rlimit noCore{0, 0};
    bool protectedAll = ::setrlimit(RLIMIT_CORE, &noCore) == 0;
    if constexpr (!builtWithAddressSanitizer()) {
        protectedAll = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && protectedAll;
    }
    return protectedAll;
}

} // namespace vouch::signing
