// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vouch::pdfsign {

// Compares two revisions of one PDF (`before` is a prefix of the file that `after`
// continues with an incremental update) object by object, and returns one line for
// every change outside what adding a signature does. Allowed: the catalog gaining an
// /AcroForm; the AcroForm's /Fields growing, its /SigFlags, /DA, /DR; a page's /Annots
// growing by signature widgets; the document information's /ModDate and /Producer; new
// objects (signature dictionaries, widgets, appearance XObjects, fonts) reached only
// through those. Anything else (a page added or removed, a page's content or resources,
// a replaced catalog, an annotation that is not a signature widget, a removed object)
// is a line. A revision that cannot be read is a line too.
[[nodiscard]] std::vector<std::string> disallowedChanges(std::string_view before,
                                                         std::string_view after);

} // namespace vouch::pdfsign
