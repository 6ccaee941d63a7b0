// SPDX-License-Identifier: Apache-2.0
#include "FuzzTargets.h"
#include "model/CanonicalJson.h"
#include "model/JsonDocument.h"

namespace vouch::fuzz {

// Signatures are made over canonical bytes, so the canonical form must be JSON that
// reads back as the same value and canonicalises to exactly the same bytes again; any
// drift would make a good signature fail, or two different documents sign alike.
void fuzzCanonicalJson(std::string_view bytes)
{
    auto document = model::parseJsonText(bytes, "fuzz.json");
    if (!document.ok()) {
        return;
    }
    const auto canonical = model::canonicalJson(*document.value);
    require(canonical.bytes.has_value() != !canonical.error.empty(),
            "canonical bytes or an error, never both");
    if (!canonical.bytes) {
        return;
    }
    auto reread = model::parseJsonText(*canonical.bytes, "canonical.json");
    require(reread.ok(), "canonical bytes are valid JSON within the same limits");
    require(*reread.value == *document.value, "canonical bytes mean the same value");
    const auto again = model::canonicalJson(*reread.value);
    require(again.bytes == canonical.bytes, "canonicalisation is idempotent");
}

} // namespace vouch::fuzz
