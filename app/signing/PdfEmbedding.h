// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vouch::signing {

// An XMP packet (for QPdfWriter::setDocumentXmpMetadata) that carries a package as
// base64 in a vouch:package element, plus the title in Dublin Core.
[[nodiscard]] std::string xmpPacketWithPackage(const std::string& packageJson,
                                               const std::string& title);

// The package JSON from a PDF's XMP packet, if there is one. A text scan of the
// metadata stream: QPdfWriter stores XMP uncompressed, as the XMP specification asks,
// so no PDF parser is needed (and none is linked into the command line).
[[nodiscard]] std::optional<std::string> packageJsonFromPdf(std::string_view pdf);

} // namespace vouch::signing
