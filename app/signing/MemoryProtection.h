// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace vouch::signing {

// Keeps passphrases and decrypted keys out of core dumps and away from other processes
// of the same user: no core file is written (RLIMIT_CORE 0), and the process is not
// dumpable, so it cannot be attached to with ptrace (PR_SET_DUMPABLE 0), as KeePassXC
// does. Sanitizer builds stay dumpable: LeakSanitizer inspects the process with ptrace.
// Returns false if the system refused either step (the program still runs).
bool protectProcessMemory();

} // namespace vouch::signing
