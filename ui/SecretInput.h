// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "signing/SecretText.h"

class QLineEdit;

namespace vouch::ui {

// The text of a passphrase field as a SecretText. The UTF-8 copy made on the way is
// wiped. Qt's own buffer inside the field cannot be wiped (Qt has no API for it): clear
// the field as soon as the passphrase has been used (docs/security.md).
[[nodiscard]] signing::SecretText secretTextOf(const QLineEdit& field);

// The passphrase, taken out of the field: returned, and the field cleared.
[[nodiscard]] signing::SecretText takeSecretText(QLineEdit& field);

} // namespace vouch::ui
