// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Clock.h"

namespace vouch::services {

// Today's date in UTC ("2026-11-22"), the date rules are evaluated as of; the faces take
// it from here rather than from the store.
using store::utcDate;

} // namespace vouch::services
