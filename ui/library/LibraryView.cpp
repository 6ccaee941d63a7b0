// SPDX-License-Identifier: Apache-2.0
#include "ui/library/LibraryView.h"

#include "ui/library/BadgeDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace vouch::ui {
namespace {

QComboBox* filterBox(const QString& name, const QString& all,
                     const std::vector<std::pair<QString, QString>>& values, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(all);
    for (const auto& [label, value] : values) {
        box->addItem(label, value);
    }
    return box;
}

std::optional<std::string> chosen(const QComboBox* box)
{
    const QVariant value = box->currentData();
    return value.isValid() ? std::optional<std::string>(value.toString().toStdString())
                           : std::nullopt;
}

// On X11 desktops a line edit takes Ctrl+E as "end of line" (End does the same), so
// with the cursor in the search field the window's Continue Draft (Ctrl+E) did nothing.
// The search field leaves that key to the window.
class LeaveCtrlEToTheWindow final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_E)) {
                event->ignore(); // not the line edit's: the shortcut map looks further
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

LibraryView::LibraryView(const services::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_model(new LibraryModel(workspace, this))
{
    setObjectName(QStringLiteral("libraryView"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search title, workload, organisation (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the library"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(new LeaveCtrlEToTheWindow(m_search));
    m_tier = filterBox(QStringLiteral("tierFilter"), tr("All tiers"),
                       {{tr("High"), QStringLiteral("high")},
                        {tr("Medium"), QStringLiteral("medium")},
                        {tr("Low"), QStringLiteral("low")}},
                       this);
    m_tier->setAccessibleName(tr("Filter by tier"));
    m_verdict = filterBox(QStringLiteral("verdictFilter"), tr("All verdicts"),
                          {{tr("Ready"), QStringLiteral("ready")},
                           {tr("Conditional"), QStringLiteral("conditional")},
                           {tr("Blocked"), QStringLiteral("blocked")},
                           {tr("Incomplete"), QStringLiteral("incomplete")}},
                          this);
    m_verdict->setAccessibleName(tr("Filter by verdict"));
    m_status = filterBox(QStringLiteral("statusFilter"), tr("All statuses"),
                         {{tr("Draft"), QStringLiteral("draft")},
                          {tr("Signed"), QStringLiteral("signed")},
                          {tr("Superseded"), QStringLiteral("superseded")}},
                         this);
    m_status->setAccessibleName(tr("Filter by status"));
    m_reviewOverdue = new QCheckBox(tr("Review o&verdue"), this);
    m_reviewOverdue->setObjectName(QStringLiteral("reviewOverdueFilter"));
    m_actionsOverdue = new QCheckBox(tr("Actions overd&ue"), this);
    m_actionsOverdue->setObjectName(QStringLiteral("actionsOverdueFilter"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("libraryCount"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_tier, 1);
    filters->addWidget(m_verdict, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_reviewOverdue);
    filters->addWidget(m_actionsOverdue);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("libraryTable"));
    m_table->setAccessibleName(tr("Assessments"));
    m_table->setItemDelegate(new BadgeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights and column widths: the view never measures every row, which
    // with 100,000 of them would read the whole library. Set before the model: a new
    // default size is applied to every row there is (0.4 s at a million rows), none yet.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const int line = m_table->fontMetrics().height();
    m_table->verticalHeader()->setDefaultSectionSize(line + line / 2 + 4);
    m_table->setModel(m_model);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The title is what people look for: it keeps a readable width, and the last
    // column takes what is left; a narrow window scrolls sideways rather than squeeze it.
    header->setStretchLastSection(true);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const std::pair<int, int> widths[] = {
        {LibraryModel::TitleColumn, 30},        {LibraryModel::WorkloadColumn, 16},
        {LibraryModel::OrganisationColumn, 14}, {LibraryModel::TierColumn, 8},
        {LibraryModel::VerdictColumn, 11},      {LibraryModel::StatusColumn, 9},
        {LibraryModel::SignerColumn, 14},       {LibraryModel::UpdatedColumn, 15},
        {LibraryModel::ReviewDueColumn, 11},    {LibraryModel::NextActionColumn, 12}};
    // At least as wide as the (translated) header text in bold and its margins,
    // so "Risikostufe" is not cut to "isikostuf".
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics headerMetrics(bold);
    for (const auto& [column, characters] : widths) {
        const QString title =
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        header->resizeSection(column, std::max(characters * digit,
                                               headerMetrics.horizontalAdvance(title) + 2 * digit));
    }
    header->setMinimumSectionSize(6 * digit);
    // The indicator first: enabling sorting sorts by it, once.
    header->setSortIndicator(LibraryModel::UpdatedColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("libraryEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);

    // Typing filters after a short pause, so a fast typist does not query per key.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &LibraryView::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryView::applyFilters);
    for (auto* box : {m_tier, m_verdict, m_status}) {
        connect(box, &QComboBox::currentIndexChanged, this, &LibraryView::applyFilters);
    }
    for (auto* box : {m_reviewOverdue, m_actionsOverdue}) {
        connect(box, &QCheckBox::toggled, this, &LibraryView::applyFilters);
    }
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT activated(index.data(LibraryModel::IdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LibraryView::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryView::selectionChanged);
    updateEmptyState();
    selectFirstRowIfNone();
}

void LibraryView::applyFilters()
{
    services::ListQuery filter;
    filter.text = m_search->text().toStdString();
    filter.tier = chosen(m_tier);
    filter.verdict = chosen(m_verdict);
    filter.status = chosen(m_status);
    filter.overdueOnly = m_reviewOverdue->isChecked();
    filter.overdueActionsOnly = m_actionsOverdue->isChecked();
    m_model->setFilter(filter);
    updateEmptyState();
    selectFirstRowIfNone();
}

void LibraryView::reload(const QString& select)
{
    const QString keep = select.isEmpty() ? currentId() : select;
    m_model->reload();
    updateEmptyState();
    if (const int row = m_model->rowOf(keep); row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    } else if (!select.isEmpty()) {
        // The assessment asked for is filtered out: no row is current, so Enter cannot
        // open a different assessment in its place.
        return;
    }
    selectFirstRowIfNone();
}

void LibraryView::refresh()
{
    const QString keep = currentId();
    const int column = std::max(m_table->currentIndex().column(), 0);
    const int scrolledTo = m_table->verticalScrollBar()->value();
    const int scrolledAcross = m_table->horizontalScrollBar()->value();
    m_model->reload();
    updateEmptyState();
    if (keep.isEmpty()) {
        selectFirstRowIfNone();
    } else if (const int row = m_model->rowOf(keep); row >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, column),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    }
    // Selecting scrolls to the row; the rows' new extent is laid out first, so the old
    // position is not clamped to a shorter list than the one now shown.
    m_table->doItemsLayout();
    m_table->verticalScrollBar()->setValue(scrolledTo);
    m_table->horizontalScrollBar()->setValue(scrolledAcross);
}

void LibraryView::selectFirstRowIfNone()
{
    // The keyboard user lands on a row, so Enter opens it straight away.
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
}

void LibraryView::updateEmptyState()
{
    const int rows = m_model->rowCount();
    if (!m_model->lastError().isEmpty()) {
        m_empty->setText(tr("<h3>The library could not be read</h3><p>%1</p>")
                             .arg(m_model->lastError().toHtmlEscaped()));
        m_stack->setCurrentWidget(m_empty);
    } else if (m_model->libraryIsEmpty()) {
        m_empty->setText(
            tr("<h3>No assessments yet</h3>"
               "<p>Start with <b>New Assessment</b> (Ctrl+N): a wizard walks you through the "
               "deployment, the data, the use case and the shared-responsibility controls, "
               "and Vouch derives the risk tier and the findings.</p>"
               "<p>Received a signed assessment? Use <b>Import Packages</b> (Ctrl+I) or drop "
               "the .vouch file onto this window.</p>"));
        m_stack->setCurrentWidget(m_empty);
    } else if (rows == 0) {
        m_empty->setText(tr("<h3>No assessment matches</h3><p>Change the search or the "
                            "filters to see more.</p>"));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    m_count->setText(tr("%n assessment(s)", nullptr, rows));
}

QString LibraryView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(LibraryModel::IdRole).toString() : QString();
}

const services::AssessmentRecord* LibraryView::currentRecord() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->record(current.row()) : nullptr;
}

} // namespace vouch::ui
