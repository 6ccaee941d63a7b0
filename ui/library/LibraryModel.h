// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/DecisionInForce.h"
#include "services/LibraryRecords.h"
#include "services/SignatureTrust.h"
#include "services/Workspace.h"

#include <QAbstractTableModel>

#include <map>
#include <optional>
#include <vector>

namespace vouch::ui {

// The library as a table, read a page at a time from the store's paged query: the row
// count comes from one COUNT, and only the pages the view paints are ever loaded, so a
// library of 100,000 assessments opens as fast as one of ten. Sorting and filtering are
// done by SQLite.
class LibraryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        WorkloadColumn,
        OrganisationColumn,
        TierColumn,
        VerdictColumn,
        StatusColumn,
        SignerColumn,
        UpdatedColumn,
        ReviewDueColumn,
        NextActionColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        BadgeColourRole,    // QColor for the tier and verdict badges
        StatusRole,         // draft, signed, superseded
        TrustRole,          // trusted, untrusted, look-alike, invalid; empty for a draft
        ReceivedCopyOfRole, // a received copy: the id of the assessment it copies; else empty
    };

    explicit LibraryModel(const services::Workspace& workspace, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    // Filters (offset, limit and sort are the model's); reloads.
    void setFilter(const services::ListQuery& filter);
    [[nodiscard]] const services::ListQuery& filter() const { return m_query; }
    // Reads everything again (after a save, an import, a delete).
    void reload();
    // The record shown in `row`, or nullptr.
    [[nodiscard]] const services::AssessmentRecord* record(int row) const;
    // The row an assessment is on under the current filters and order, or -1 when they
    // leave it out (asked of the library when its page has not been read).
    [[nodiscard]] int rowOf(const QString& assessmentId) const;
    // Every assessment id the filters select, in the shown order (for bulk work).
    [[nodiscard]] std::vector<std::string> allIds() const;
    // Whether the library holds any assessment at all (ignoring filters).
    [[nodiscard]] bool libraryIsEmpty() const { return m_libraryEmpty; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // What decides for a record: its latest signed revision, judged (services::
    // DecisionInForce), cached until the next reload; nullopt when it cannot be read.
    [[nodiscard]] const std::optional<services::DecisionInForce>&
    decisionOf(const services::AssessmentRecord& record) const;

    static constexpr int kPageSize = 200;

private:
    [[nodiscard]] const std::vector<services::AssessmentRecord>* page(int index) const;
    [[nodiscard]] QString today() const;
    // The trust state of a record's current revision: nullopt for a draft; a signature
    // that cannot even be read counts as invalid.
    [[nodiscard]] std::optional<services::TrustState>
    trustOf(const services::AssessmentRecord& record) const;
    // The trust state of the decision in force (the latest signed revision, also under
    // a draft); nullopt when nothing is signed.
    [[nodiscard]] std::optional<services::TrustState>
    inForceTrust(const services::AssessmentRecord& record) const;
    [[nodiscard]] QString inForceToolTip(const services::AssessmentRecord& record) const;
    [[nodiscard]] QString statusText(const services::AssessmentRecord& record) const;
    [[nodiscard]] QString signerText(const services::AssessmentRecord& record) const;

    const services::Workspace& m_workspace;
    services::ListQuery m_query;
    int m_total = 0;
    bool m_libraryEmpty = true;
    mutable std::map<int, std::vector<services::AssessmentRecord>> m_pages;
    services::SignatureTrust m_trust;
    mutable std::map<std::pair<std::string, int>, std::optional<services::DecisionInForce>>
        m_decisions;
    mutable QString m_lastError;
};

} // namespace vouch::ui
