// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace vouch::services {

// Who the audit log names for changes made on this machine: $VOUCH_ACTOR, else the
// login name ($USER, $LOGNAME, $USERNAME, else the account of the process).
[[nodiscard]] std::string currentActor();

} // namespace vouch::services
