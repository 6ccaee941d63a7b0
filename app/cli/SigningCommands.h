// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/Cli.h"

namespace vouch::cli {

// vouch keygen --name N --role R --email E --out KEY [--passphrase-file F]
[[nodiscard]] int runKeygen(std::span<const std::string> args, Console console);
// vouch sign --key KEY --role assessor|approver [--passphrase-file F] [--attestation T] PACKAGE|ID
[[nodiscard]] int runSign(std::span<const std::string> args, Console console);
// vouch verify PACKAGE [--require-trusted] [--db PATH]
[[nodiscard]] int runVerify(std::span<const std::string> args, Console console);
// vouch sign-pdf PDF --identity FILE.p12 --role assessor|approver --out FILE
[[nodiscard]] int runSignPdf(std::span<const std::string> args, Console console);
// vouch export ID --out FILE, vouch import FILE
[[nodiscard]] int runExport(std::span<const std::string> args, Console console);
[[nodiscard]] int runImport(std::span<const std::string> args, Console console);
// vouch export-pdf PACKAGE|ID --out FILE [--paper a4|letter]
// vouch identity attach-certificate --identity KEY --pkcs12 ORG.p12 [--passphrase-file F]
// [--pkcs12-passphrase-file F]
[[nodiscard]] int runIdentity(std::span<const std::string> args, Console console);
[[nodiscard]] int runExportPdf(std::span<const std::string> args, Console console);
// vouch trust add PUBKEY | remove KEYID | list
[[nodiscard]] int runTrust(std::span<const std::string> args, Console console);

} // namespace vouch::cli
