// SPDX-License-Identifier: Apache-2.0
#include "services/Workspace.h"

#include <utility>

namespace vouch::services {

Workspace::Workspace(Preferences preferences, std::string actor)
    : m_actor(std::move(actor))
    , m_preferences(std::move(preferences))
{}

Result<void> Workspace::open(std::filesystem::path location, OpenIntent intent)
{
    m_library.reset();
    m_location = std::move(location);
    auto library = store::Library::open(m_location, intent);
    if (!library) {
        return library.error();
    }
    m_library.emplace(std::move(*library));
    return {};
}

AssessmentService Workspace::assessments() const
{
    return {*m_library, m_actor};
}

SigningService Workspace::signing() const
{
    return {libraryOrNull(), m_actor};
}

} // namespace vouch::services
