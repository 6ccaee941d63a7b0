// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace vouch::model {

// dlopen()s one of the program's own modules (CMakeLists.txt: modules loaded on first
// use) from the folders in the program's library search path, its RUNPATH included,
// as dlinfo(RTLD_DI_SERINFO) lists them. A bare dlopen(name) would search the RUNPATH
// of whatever calls dlopen, which is not the program under AddressSanitizer (its
// dlopen interceptor calls from libasan). Returns the handle, or nullptr with `error`.
[[nodiscard]] void* openProgramModule(const std::string& file, std::string& error);

} // namespace vouch::model
