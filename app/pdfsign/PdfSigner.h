// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "pdfsign/PdfIdentity.h"
#include "pdfsign/Timestamp.h"

#include <string>
#include <string_view>

namespace vouch::pdfsign {

// The visible signature block: where it goes and what it says.
struct SignatureAppearance
{
    int page = -1; // 0-based; -1 is the last page (the sign-off page)
    // Lower-left corner and size in points, from the page's lower-left corner.
    double x = 36;
    double y = 36;
    double width = 252;
    double height = 62;
    std::string name; // the signer's name as the block shows it
    std::string role; // "Assessor", "Approver"; also the signature's /Reason
    // As the block shows it, followed by "(signer's clock)"; the signed time is the CMS
    // signing-time, also the signer's clock. Only a timestamp vouches for the time.
    std::string time;
    std::string keyId; // the key id the block shows (the package key's, or the certificate's)
    // The Vouch key binding (KeyBinding.h) written into the signature dictionary as
    // /VouchBinding (bindingText); empty for none. Inside the signed bytes.
    std::string binding;
};

// Signs `pdf` as PAdES baseline B-B: an incremental update after the existing bytes
// (which stay untouched, so earlier signatures stay valid) that adds a signature field
// with a widget on the chosen page whose appearance is the signature block, and a
// signature dictionary (SubFilter ETSI.CAdES.detached) whose CMS covers the whole new
// file except the CMS itself. Returns the new file.
// With `tsa`, the signature gets an RFC 3161 timestamp (PAdES B-T, Cms.h) and the block
// a line naming the TSA (11 points taller); a TSA that gives no usable timestamp fails
// it with ErrorKind::TimestampAuthority and the TSA's one-line reason.
[[nodiscard]] Result<std::string> signPdf(std::string_view pdf, const PdfSigningIdentity& identity,
                                          const SignatureAppearance& appearance,
                                          const Timestamper* tsa = nullptr);

} // namespace vouch::pdfsign
