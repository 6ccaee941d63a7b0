// SPDX-License-Identifier: Apache-2.0
#include "ui/library/LibraryModel.h"

#include "ui/Presentation.h"
#include "ui/QuestionHelp.h"

#include <QBrush>
#include <QDate>
#include <QDateTime>

namespace vouch::ui {
namespace {

// Pages kept in memory; scrolling through 100,000 rows keeps at most this many.
constexpr std::size_t kCachedPages = 16;

const QColor kOverdue(0xb7, 0x1c, 0x1c);

std::optional<services::SortColumn> sortColumnOf(int column)
{
    switch (column) {
    case LibraryModel::TitleColumn:
        return services::SortColumn::Title;
    case LibraryModel::WorkloadColumn:
        return services::SortColumn::Workload;
    case LibraryModel::OrganisationColumn:
        return services::SortColumn::Organisation;
    case LibraryModel::TierColumn:
        return services::SortColumn::Tier;
    case LibraryModel::VerdictColumn:
        return services::SortColumn::Verdict;
    case LibraryModel::StatusColumn:
        return services::SortColumn::Status;
    case LibraryModel::SignerColumn:
        return services::SortColumn::Signer;
    case LibraryModel::UpdatedColumn:
        return services::SortColumn::Updated;
    case LibraryModel::ReviewDueColumn:
        return services::SortColumn::ReviewDue;
    default:
        return std::nullopt;
    }
}

QString trustToolTip(const std::optional<services::TrustState>& trust)
{
    if (!trust) {
        return {};
    }
    switch (*trust) {
    case services::TrustState::Trusted:
        return LibraryModel::tr("Every signature is valid and its key is in your trust list");
    case services::TrustState::Untrusted:
        return LibraryModel::tr("A signature is valid, but its key is not in your trust list: "
                                "check the key id with the signer");
    case services::TrustState::LookAlike:
        return LibraryModel::tr("A signature uses the name or e-mail of a trusted signer with "
                                "another key: do not rely on it");
    case services::TrustState::Invalid:
        break;
    }
    return LibraryModel::tr("A signature does not verify: do not rely on it");
}

QString trustLabel(services::TrustState trust)
{
    switch (trust) {
    case services::TrustState::Trusted:
        return LibraryModel::tr("trusted");
    case services::TrustState::Untrusted:
        return LibraryModel::tr("untrusted");
    case services::TrustState::LookAlike:
        return LibraryModel::tr("look-alike signer");
    case services::TrustState::Invalid:
        break;
    }
    return LibraryModel::tr("invalid signature");
}

QString shownTime(const std::string& utc)
{
    const auto time = QDateTime::fromString(fromUtf8(utc), Qt::ISODateWithMs);
    if (!time.isValid()) {
        return fromUtf8(utc);
    }
    // ISO order reads the same in every locale and sorts as it reads.
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

LibraryModel::LibraryModel(const services::Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    reload();
}

QString LibraryModel::today() const
{
    return QDate::currentDate().toString(Qt::ISODate);
}

void LibraryModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_lastError.clear();
    m_decisions.clear();
    // Trust changes (Trusted Signers) are followed by a reload; a list that cannot be
    // read trusts nobody.
    auto trust = services::SignatureTrust::of(&m_workspace.library());
    m_trust = trust ? std::move(*trust) : services::SignatureTrust();
    m_query.today = today().toStdString();
    m_query.offset = 0;
    m_query.limit = kPageSize;
    auto first = m_workspace.list(m_query);
    if (first) {
        m_total = static_cast<int>(first->total);
        m_pages[0] = std::move(first->rows);
    } else {
        m_total = 0;
        m_lastError = fromUtf8(first.error().message);
    }
    const bool filtered = !m_query.text.empty() || m_query.tier || m_query.verdict ||
                          m_query.status || m_query.signer || m_query.overdueOnly ||
                          m_query.overdueActionsOnly;
    if (!filtered) {
        m_libraryEmpty = m_total == 0;
    } else {
        services::ListQuery everything;
        everything.limit = 1;
        const auto all = m_workspace.list(everything);
        m_libraryEmpty = !all || all->total == 0;
    }
    endResetModel();
}

void LibraryModel::setFilter(const services::ListQuery& filter)
{
    const auto sort = m_query.sort;
    const bool descending = m_query.descending;
    m_query = filter;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

void LibraryModel::sort(int column, Qt::SortOrder order)
{
    const auto sortColumn = sortColumnOf(column);
    if (!sortColumn) {
        return;
    }
    const bool descending = order == Qt::DescendingOrder;
    // The view sorts once when sorting is enabled; in the order already shown that
    // would only read everything again.
    if (*sortColumn == m_query.sort && descending == m_query.descending) {
        return;
    }
    m_query.sort = *sortColumn;
    m_query.descending = descending;
    reload();
}

const std::vector<services::AssessmentRecord>* LibraryModel::page(int index) const
{
    if (auto it = m_pages.find(index); it != m_pages.end()) {
        return &it->second;
    }
    if (m_pages.size() >= kCachedPages) {
        // Keep the first page (what a reset shows) and drop the others.
        auto first = std::move(m_pages[0]);
        m_pages.clear();
        m_pages[0] = std::move(first);
    }
    auto query = m_query;
    query.offset = index * kPageSize;
    query.limit = kPageSize;
    auto loaded = m_workspace.list(query);
    if (!loaded) {
        m_lastError = fromUtf8(loaded.error().message);
        return nullptr;
    }
    return &(m_pages[index] = std::move(loaded->rows));
}

const services::AssessmentRecord* LibraryModel::record(int row) const
{
    if (row < 0 || row >= m_total) {
        return nullptr;
    }
    const auto* rows = page(row / kPageSize);
    const auto position = static_cast<std::size_t>(row % kPageSize);
    return rows != nullptr && position < rows->size() ? &(*rows)[position] : nullptr;
}

std::vector<std::string> LibraryModel::allIds() const
{
    std::vector<std::string> ids;
    auto query = m_query;
    query.limit = 1000;
    for (query.offset = 0;; query.offset += query.limit) {
        auto page = m_workspace.list(query);
        if (!page || page->rows.empty()) {
            break;
        }
        for (const auto& row : page->rows) {
            ids.push_back(row.id);
        }
    }
    return ids;
}

int LibraryModel::rowOf(const QString& assessmentId) const
{
    const auto id = assessmentId.toStdString();
    for (const auto& [index, rows] : m_pages) {
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].id == id) {
                return index * kPageSize + static_cast<int>(i);
            }
        }
    }
    // On a page not read yet (a save can move a row anywhere in the order): the library
    // says where; the page is read when the view shows that row.
    const auto position = m_workspace.positionInList(m_query, id);
    if (position && *position && **position < m_total) {
        return static_cast<int>(**position);
    }
    return -1;
}

const std::optional<services::DecisionInForce>&
LibraryModel::decisionOf(const services::AssessmentRecord& record) const
{
    const auto key = std::pair{record.id, record.currentRevision};
    if (auto it = m_decisions.find(key); it != m_decisions.end()) {
        return it->second;
    }
    if (m_decisions.size() > kCachedPages * kPageSize) {
        m_decisions.clear();
    }
    auto decision = services::decisionInForce(m_workspace.library(), m_trust, record);
    return m_decisions[key] = decision ? std::optional(std::move(*decision)) : std::nullopt;
}

std::optional<services::TrustState>
LibraryModel::trustOf(const services::AssessmentRecord& record) const
{
    if (record.status == "draft") {
        return std::nullopt;
    }
    const auto& decision = decisionOf(record);
    if (!decision || !decision->isSigned()) {
        return services::TrustState::Invalid;
    }
    return decision->signatures.overall();
}

std::optional<services::TrustState>
LibraryModel::inForceTrust(const services::AssessmentRecord& record) const
{
    const auto& decision = decisionOf(record);
    if (!decision) {
        return record.status == "draft" ? std::nullopt
                                        : std::optional(services::TrustState::Invalid);
    }
    return decision->signatures.overall();
}

QString LibraryModel::inForceToolTip(const services::AssessmentRecord& record) const
{
    QString tip = trustToolTip(inForceTrust(record));
    const auto& decision = decisionOf(record);
    if (decision && decision->hasDraftInProgress()) {
        tip += QLatin1Char('\n') + tr("Draft revision %1 is not signed yet; signed revision %2 "
                                      "decides until it is.")
                                       .arg(*decision->draftRevision)
                                       .arg(*decision->signedRevision);
    }
    return tip;
}

QString LibraryModel::statusText(const services::AssessmentRecord& record) const
{
    const auto& decision = decisionOf(record);
    if (record.receivedCopyOf) {
        // Its signatures as they stand here: storing it trusted nobody.
        const auto trust =
            decision && decision->isSigned() ? decision->signatures.overall() : std::nullopt;
        return tr("Received copy, %1").arg(trust ? trustLabel(*trust) : tr("unsigned"));
    }
    if (record.status != "draft" || !decision || !decision->hasDraftInProgress()) {
        return statusLabel(record.status, trustOf(record));
    }
    // New Revision does not undo a sign-off: the signed revision decides until the draft
    // on top of it is signed.
    const auto trust = decision->signatures.overall();
    return tr("Signed rev. %1 (%2) · draft rev. %3 in progress")
        .arg(*decision->signedRevision)
        .arg(trust ? trustLabel(*trust) : QString())
        .arg(*decision->draftRevision);
}

QString LibraryModel::signerText(const services::AssessmentRecord& record) const
{
    const auto& decision = decisionOf(record);
    if (!decision || !decision->isSigned()) {
        return fromUtf8(record.fields.signer.value_or(""));
    }
    QStringList names;
    for (const auto& signer : decision->signatures.signers) {
        names << fromUtf8(signer.signerName);
    }
    names.removeDuplicates();
    return names.join(QStringLiteral(", "));
}

int LibraryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int LibraryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto* record = this->record(index.row());
    if (record == nullptr) {
        return {};
    }
    const auto& fields = record->fields;
    const std::string todayText = m_query.today;
    const bool reviewOverdue =
        record->status == "signed" && fields.reviewDue && *fields.reviewDue < todayText;
    const bool actionOverdue = fields.nextActionDue && *fields.nextActionDue < todayText;
    switch (role) {
    case IdRole:
        return fromUtf8(record->id);
    case StatusRole:
        return fromUtf8(record->status);
    case TrustRole: {
        const auto trust = trustOf(*record);
        return trust ? QString::fromLatin1(services::spelling(*trust)) : QString();
    }
    case ReceivedCopyOfRole:
        return fromUtf8(record->receivedCopyOf.value_or(""));
    case BadgeColourRole:
        if (index.column() == TierColumn) {
            return tierColour(fields.tier);
        }
        if (index.column() == VerdictColumn) {
            return verdictColour(fields.verdict);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn || index.column() == SignerColumn) {
            const auto trust = inForceTrust(*record);
            if (trust && *trust != services::TrustState::Trusted) {
                return QBrush(kOverdue);
            }
        }
        if ((index.column() == ReviewDueColumn && reviewOverdue) ||
            (index.column() == NextActionColumn && actionOverdue)) {
            return QBrush(kOverdue);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReviewDueColumn && reviewOverdue) {
            return tr("Review overdue since %1: start a new revision")
                .arg(fromUtf8(*fields.reviewDue));
        }
        if (index.column() == NextActionColumn && actionOverdue) {
            return tr("An action of the plan was due on %1 and is not done")
                .arg(fromUtf8(*fields.nextActionDue));
        }
        if (record->receivedCopyOf &&
            (index.column() == TitleColumn || index.column() == StatusColumn)) {
            return tr("A received copy of assessment %1, kept as received: never a revision "
                      "of it, never changed or signed here.")
                       .arg(fromUtf8(*record->receivedCopyOf)) +
                   QLatin1Char('\n') + inForceToolTip(*record);
        }
        if (index.column() == TitleColumn) {
            return fromUtf8(fields.title);
        }
        if (index.column() == StatusColumn || index.column() == SignerColumn) {
            return inForceToolTip(*record);
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return record->receivedCopyOf ? tr("Received copy of %1").arg(fromUtf8(fields.title))
                                      : fromUtf8(fields.title);
    case WorkloadColumn:
        return fromUtf8(fields.workload);
    case OrganisationColumn:
        return fromUtf8(fields.organisation);
    case TierColumn:
        return fields.tier ? tierLabel(fields.tier) : QString();
    case VerdictColumn:
        return fields.verdict ? verdictLabel(fields.verdict) : QString();
    case StatusColumn:
        return statusText(*record);
    case SignerColumn:
        return signerText(*record);
    case UpdatedColumn:
        return shownTime(record->updatedAt);
    case ReviewDueColumn:
        return reviewOverdue ? tr("%1 (overdue)").arg(fromUtf8(*fields.reviewDue))
                             : fromUtf8(fields.reviewDue.value_or(""));
    case NextActionColumn:
        return actionOverdue ? tr("%1 (overdue)").arg(fromUtf8(*fields.nextActionDue))
                             : fromUtf8(fields.nextActionDue.value_or(""));
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case WorkloadColumn:
        return tr("Workload");
    case OrganisationColumn:
        return tr("Organisation");
    case TierColumn:
        return tr("Tier");
    case VerdictColumn:
        return tr("Verdict");
    case StatusColumn:
        return tr("Status");
    case SignerColumn:
        return tr("Signer");
    case UpdatedColumn:
        return tr("Last change");
    case ReviewDueColumn:
        return tr("Review due");
    case NextActionColumn:
        return tr("Next action due");
    default:
        return {};
    }
}

} // namespace vouch::ui
