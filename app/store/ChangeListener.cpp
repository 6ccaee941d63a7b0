// SPDX-License-Identifier: Apache-2.0
#include "store/ChangeListener.h"

#include <utility>

namespace vouch::store {

Result<ChangeListener> ChangeListener::listen(const std::string& location)
{
    if (!isPostgresLocation(location)) {
        return Error{"only a PostgreSQL library tells its clients about changes"};
    }
    auto database = Database::connect(location);
    if (!database) {
        return database.error();
    }
    if (auto listening = database->exec("LISTEN " + std::string(kChangeChannel)); !listening) {
        return listening.error();
    }
    return ChangeListener(std::move(*database));
}

Result<bool> ChangeListener::drainNotifications() const
{
    auto taken = m_database.takeNotifications(kChangeChannel);
    if (!taken) {
        return taken.error();
    }
    return *taken > 0;
}

} // namespace vouch::store
