// SPDX-License-Identifier: Apache-2.0
#include "model/Diagnostic.h"

namespace vouch::model {

std::string Diagnostic::toString() const
{
    std::string line = file;
    if (!place.empty()) {
        line += ": " + place;
    }
    line += ": " + message;
    return line;
}

void DiagnosticSink::error(std::string place, std::string message)
{
    m_diagnostics.push_back(Diagnostic{m_file, std::move(place), std::move(message)});
}

} // namespace vouch::model
