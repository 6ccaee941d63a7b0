// SPDX-License-Identifier: Apache-2.0
#include "services/ComponentVersions.h"

#include <QtGlobal>

#include <nlohmann/json.hpp>
#include <openssl/crypto.h>
#include <sqlite3.h>

namespace vouch::services {

std::vector<std::pair<std::string, std::string>> componentVersions()
{
    return {
        {"Qt", qVersion()},
        {"OpenSSL", OpenSSL_version(OPENSSL_VERSION)},
        {"SQLite", sqlite3_libversion()},
        // Header-only: the version compiled in.
        {"nlohmann/json", std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." +
                              std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." +
                              std::to_string(NLOHMANN_JSON_VERSION_PATCH)},
    };
}

} // namespace vouch::services
