// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/LibraryQuery.h"
#include "store/Records.h"

namespace vouch::services {

// The library's records and list query as the faces use them. They are plain structs
// the store fills (no store behaviour in them), so they are re-exported as they are
// rather than copied into look-alike service types.
using store::AssessmentRecord;
using store::ListPage;
using store::ListQuery;
using store::RevisionKind;
using store::RevisionRecord;
using store::SortColumn;
using store::TrustedKey;

} // namespace vouch::services
