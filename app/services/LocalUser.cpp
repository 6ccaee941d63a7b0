// SPDX-License-Identifier: Apache-2.0
#include "services/LocalUser.h"

#include <cstdlib>

#ifndef _WIN32
#include <pwd.h>
#include <unistd.h>
#endif

namespace vouch::services {

std::string currentActor()
{
    for (const char* variable : {"VOUCH_ACTOR", "USER", "LOGNAME", "USERNAME"}) {
        if (const char* value = std::getenv(variable); value != nullptr && *value != '\0') {
            return value;
        }
    }
#ifndef _WIN32
    // A desktop session or service may start Vouch without USER: the account itself
    // still has a name, and a revision should never be authored by "unknown".
    if (const passwd* account = getpwuid(geteuid());
        account != nullptr && account->pw_name != nullptr && *account->pw_name != '\0') {
        return account->pw_name;
    }
#endif
    return "unknown";
}

} // namespace vouch::services
