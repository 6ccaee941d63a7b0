// SPDX-License-Identifier: Apache-2.0
#include "services/ExportedRevision.h"

#include <algorithm>

namespace vouch::services {

std::string ExportedRevision::describe() const
{
    std::string text = "revision " + std::to_string(number) + ", ";
    text += signatures == 0 ? std::string("an unsigned draft")
                            : "signed (" + std::to_string(signatures) + " signature" +
                                  (signatures == 1 ? ")" : "s)");
    if (newerRevision) {
        const auto newer = std::to_string(*newerRevision);
        text += "; the newer draft revision " + newer + " is not in it (choose revision " + newer +
                " to export the draft)";
    }
    return text;
}

Result<ExportedRevision> revisionToExport(const store::Library& library,
                                          const std::string& assessmentId,
                                          std::optional<int> requested)
{
    auto history = library.history(assessmentId);
    if (!history) {
        return history.error();
    }
    if (history->empty()) {
        return Error{library.path().string() + ": no assessment " + assessmentId};
    }
    const store::RevisionRecord* chosen = nullptr;
    int latest = 0;
    for (const auto& revision : *history) {
        latest = std::max(latest, revision.number);
        if (requested ? revision.number == *requested
                      : revision.kind == store::RevisionKind::Signed &&
                            (chosen == nullptr || revision.number > chosen->number)) {
            chosen = &revision;
        }
    }
    if (requested && chosen == nullptr) {
        return Error{library.path().string() + ": assessment " + assessmentId +
                     " has no revision " + std::to_string(*requested) + " (its latest is " +
                     std::to_string(latest) + ")"};
    }
    ExportedRevision exported;
    exported.number = chosen != nullptr ? chosen->number : latest;
    auto signatures = library.signatures(assessmentId, exported.number);
    if (!signatures) {
        return signatures.error();
    }
    exported.signatures = static_cast<int>(signatures->size());
    if (!requested && latest > exported.number) {
        exported.newerRevision = latest;
    }
    return exported;
}

} // namespace vouch::services
