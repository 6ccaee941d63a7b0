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
    m_openError.reset();
    m_location = std::move(location);
    auto library = store::Library::open(m_location, intent);
    if (!library) {
        m_openError = library.error();
        return library.error();
    }
    m_library.emplace(std::move(*library));
    return {};
}

Result<bool> Workspace::init(std::filesystem::path location)
{
    m_library.reset();
    m_openError.reset();
    m_location = std::move(location);
    bool created = false;
    auto library = store::Library::init(m_location, &created);
    if (!library) {
        m_openError = library.error();
        return library.error();
    }
    m_library.emplace(std::move(*library));
    return created;
}

Result<std::unique_ptr<ChangeListener>>
Workspace::listenForChanges(const std::filesystem::path& location)
{
    if (!store::isPostgresLocation(location.string())) {
        return std::unique_ptr<ChangeListener>();
    }
    auto listener = ChangeListener::listen(location.string());
    if (!listener) {
        return listener.error();
    }
    return std::make_unique<ChangeListener>(std::move(*listener));
}

AssessmentService Workspace::assessments() const
{
    return {*m_library, m_actor};
}

SigningService Workspace::signing() const
{
    SigningService signing(libraryOrNull(), m_actor);
    signing.setTimestampAuthority(m_preferences.timestampAuthority);
    return signing;
}

std::string Workspace::displayName() const
{
    if (m_library && m_library->database().dialect() == store::Dialect::Postgres) {
        return m_library->database().path().string();
    }
    if (store::isPostgresLocation(m_location.string())) {
        return "PostgreSQL"; // not connected: the location may hold a password
    }
    return m_location.filename().string();
}

Result<ListPage> Workspace::list(const ListQuery& query) const
{
    return m_library->list(query);
}

Result<std::optional<std::int64_t>> Workspace::positionInList(const ListQuery& query,
                                                              const std::string& assessmentId) const
{
    return m_library->positionInList(query, assessmentId);
}

Result<std::optional<AssessmentRecord>> Workspace::assessment(const std::string& assessmentId) const
{
    return m_library->assessment(assessmentId);
}

Result<std::vector<RevisionRecord>> Workspace::history(const std::string& assessmentId) const
{
    return m_library->history(assessmentId);
}

} // namespace vouch::services
