// SPDX-License-Identifier: Apache-2.0
#include "services/LocalUser.h"

#include <cstdlib>

namespace vouch::services {

std::string currentActor()
{
    for (const char* variable : {"VOUCH_ACTOR", "USER", "LOGNAME"}) {
        if (const char* value = std::getenv(variable); value != nullptr && *value != '\0') {
            return value;
        }
    }
    return "unknown";
}

} // namespace vouch::services
