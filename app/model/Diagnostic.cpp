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
    // One diagnostic is one line, whatever a hostile file name or value contains.
    std::string oneLine;
    oneLine.reserve(line.size());
    for (const char c : line) {
        if (c == '\n') {
            oneLine += "\\n";
        } else if (c == '\r') {
            oneLine += "\\r";
        } else {
            oneLine += c;
        }
    }
    return oneLine;
}

void DiagnosticSink::error(std::string place, std::string message)
{
    m_diagnostics.push_back(Diagnostic{m_file, std::move(place), std::move(message)});
}

} // namespace vouch::model
