// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"

#include <optional>
#include <string>
#include <string_view>

namespace vouch::signing {

// An XMP packet (for QPdfWriter::setDocumentXmpMetadata) that carries a package as
// base64 in a vouch:package element, plus the title in Dublin Core.
[[nodiscard]] std::string xmpPacketWithPackage(const std::string& packageJson,
                                               const std::string& title);

// The package JSON of a PDF sign-off, read only from where Vouch puts it: the one
// <vouch:package> element, inside the uncompressed XMP metadata stream that the
// document catalog names (/Root -> /Metadata), in a PDF that ends with the %%EOF its
// writer put there. QPdfWriter writes one body, one classic cross-reference table and
// no incremental updates, so a small reader of that structure suffices (no PDF library
// is linked into the command line). Refused, with one line saying why: more than one
// package; content after %%EOF (appended data, an incremental update); a damaged or
// truncated structure (cross-reference entries that do not point at their objects, a
// stream whose length is wrong); a package anywhere but the catalog's metadata; none.
[[nodiscard]] Result<std::string> embeddedPackageJson(std::string_view pdf);

// embeddedPackageJson without the reason.
[[nodiscard]] std::optional<std::string> packageJsonFromPdf(std::string_view pdf);

} // namespace vouch::signing
