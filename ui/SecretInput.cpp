// SPDX-License-Identifier: Apache-2.0
#include "ui/SecretInput.h"

#include <QByteArray>
#include <QLineEdit>

namespace vouch::ui {

signing::SecretText secretTextOf(const QLineEdit& field)
{
    QByteArray utf8 = field.text().toUtf8(); // a fresh, unshared array: wiping it detaches nothing
    signing::SecretText secret(
        std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    signing::wipeBytes(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return secret;
}

signing::SecretText takeSecretText(QLineEdit& field)
{
    auto secret = secretTextOf(field);
    field.clear();
    return secret;
}

} // namespace vouch::ui
