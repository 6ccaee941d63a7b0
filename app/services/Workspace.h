// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "services/AssessmentService.h"
#include "services/LibraryRecords.h"
#include "services/LocalUser.h"
#include "services/Preferences.h"
#include "services/SigningService.h"
#include "store/ChangeListener.h"
#include "store/Library.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vouch::services {

// How a face opens a library location (see store::OpenIntent).
using store::OpenIntent;
// Hears other clients' committed changes to a PostgreSQL library (store::ChangeListener).
using store::ChangeListener;

// What the window and the command line hold: the library they opened (if any), who acts
// on it (the audit log's actor) and the officer's preferences. The faces reach the
// library through the services this hands out, never by building them themselves.
class Workspace
{
public:
    explicit Workspace(Preferences preferences = {}, std::string actor = currentActor());

    // Opens the library at `location` (a file path or a PostgreSQL location). On failure the
    // workspace holds no library, remembers the location, and the error (the store's message) says
    // why.
    [[nodiscard]] Result<void> open(std::filesystem::path location, OpenIntent intent);
    // Makes a library at `location` (a file path, or a PostgreSQL location whose database
    // exists) unless there is one, and opens it. True when it was made just now.
    [[nodiscard]] Result<bool> init(std::filesystem::path location);

    // A listener for the changes other clients commit to the library at `location`, on a
    // connection of its own; nullptr for a SQLite file, which has no other clients to hear
    // from. Touches no workspace, so a worker thread may call it (connecting can take the
    // connect timeout) and hand the listener to the window's thread.
    [[nodiscard]] static Result<std::unique_ptr<ChangeListener>>
    listenForChanges(const std::filesystem::path& location);

    // Why the last open failed; nullopt after a successful one (or none).
    [[nodiscard]] const std::optional<Error>& openError() const { return m_openError; }
    // The library location last opened (or tried), whether or not it opened.
    [[nodiscard]] const std::filesystem::path& location() const { return m_location; }
    // The library's name for a window title: the file's name, or for a PostgreSQL
    // library its server and database ("db.example.org:5432/vouch"), never a password.
    [[nodiscard]] std::string displayName() const;
    [[nodiscard]] bool hasLibrary() const { return m_library.has_value(); }
    // True when the opened library is on a PostgreSQL server, shared with other clients.
    [[nodiscard]] bool isServerLibrary() const
    {
        return m_library && m_library->dialect() == store::Dialect::Postgres;
    }
    // The opened library; only when hasLibrary().
    [[nodiscard]] const store::Library& library() const { return *m_library; }
    // The opened library, or nullptr (then no key is trusted).
    [[nodiscard]] const store::Library* libraryOrNull() const
    {
        return m_library ? &*m_library : nullptr;
    }

    [[nodiscard]] const std::string& actor() const { return m_actor; }
    [[nodiscard]] const Preferences& preferences() const { return m_preferences; }
    void setPreferences(const Preferences& preferences) { m_preferences = preferences; }

    // What the library view, the review and the history show, read from the opened
    // library (only when hasLibrary()): one page of the list, one assessment's record
    // (nullopt when there is none), its revisions.
    [[nodiscard]] Result<ListPage> list(const ListQuery& query) const;
    // The row an assessment is on in that list (nullopt: filtered out).
    [[nodiscard]] Result<std::optional<std::int64_t>>
    positionInList(const ListQuery& query, const std::string& assessmentId) const;
    [[nodiscard]] Result<std::optional<AssessmentRecord>>
    assessment(const std::string& assessmentId) const;
    [[nodiscard]] Result<std::vector<RevisionRecord>>
    history(const std::string& assessmentId) const;

    // The drafts use cases on the opened library; only when hasLibrary().
    [[nodiscard]] AssessmentService assessments() const;
    // Signing, packages and trust, on the opened library if there is one.
    [[nodiscard]] SigningService signing() const;

private:
    std::filesystem::path m_location;
    std::optional<store::Library> m_library;
    std::optional<Error> m_openError;
    std::string m_actor;
    Preferences m_preferences;
};

} // namespace vouch::services
