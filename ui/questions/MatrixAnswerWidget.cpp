// SPDX-License-Identifier: Apache-2.0
#include "ui/questions/MatrixAnswerWidget.h"

#include "model/TextChecks.h"
#include "ui/Presentation.h"
#include "ui/QuestionHelp.h"
#include "ui/TextLimits.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vouch::ui {
namespace {

constexpr model::MatrixStatus kStatuses[] = {model::MatrixStatus::InPlace,
                                             model::MatrixStatus::Planned, model::MatrixStatus::Gap,
                                             model::MatrixStatus::NotApplicable};

// File names on one line, cut in the middle ("discharge-summ…v3-final.pdf") so the start
// and the extension stay readable; the tooltip has them in full.
class FileNamesDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
        option->features &= ~QStyleOptionViewItem::WrapText;
    }
};

} // namespace

MatrixAnswerWidget::MatrixAnswerWidget(const model::Questionnaire& questionnaire,
                                       const model::Question& question, QWidget* parent)
    : QuestionWidget(questionnaire, question, parent)
    , m_table(new QTableWidget(static_cast<int>(question.items.size()), ColumnCount, this))
{
    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_table->setAccessibleName(fromUtf8(question.text));
    m_table->setHorizontalHeaderLabels(
        {tr("Item"), tr("Owner"), tr("Status"), tr("Evidence note"), tr("Files")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    // One tab stop: arrows move between the cells, Tab leaves the matrix (with tab key
    // navigation Tab went round the cells for ever). The status boxes are not tab stops
    // of their own either; Space, Enter or F2 on a status cell puts the cursor in its box
    // (eventFilter), where the arrows choose the status.
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OwnerColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    // Not to contents: one long file name would squeeze Item and Evidence note in every
    // row. A width from the font; the names are elided to it.
    header->setSectionResizeMode(FilesColumn, QHeaderView::Interactive);
    header->resizeSection(FilesColumn,
                          18 * m_table->fontMetrics().horizontalAdvance(QLatin1Char('0')));
    m_table->setItemDelegateForColumn(FilesColumn, new FileNamesDelegate(m_table));
    m_table->setItemDelegateForColumn(NoteColumn,
                                      new CappedTextDelegate(model::kMaxTextLength, m_table));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto& item = question.items[static_cast<std::size_t>(row)];
        auto* title = new QTableWidgetItem(fromUtf8(item.title));
        title->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        title->setToolTip(fromUtf8(item.description));
        title->setData(Qt::UserRole, fromUtf8(item.id));
        m_table->setItem(row, ItemColumn, title);
        auto* owner = new QTableWidgetItem(ownerLabel(item.owner));
        owner->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, OwnerColumn, owner);
        auto* status = new QComboBox(m_table);
        status->setObjectName(QStringLiteral("status:") + fromUtf8(item.id));
        status->setAccessibleName(tr("Status of %1").arg(fromUtf8(item.title)));
        status->setFocusPolicy(Qt::ClickFocus);
        status->addItem(tr("— choose —"));
        for (const auto value : kStatuses) {
            status->addItem(matrixStatusLabel(value), static_cast<int>(value));
        }
        m_table->setCellWidget(row, StatusColumn, status);
        connect(status, &QComboBox::currentIndexChanged, this, [this] { userEdited(); });
        m_table->setItem(row, NoteColumn, new QTableWidgetItem);
        auto* files = new QTableWidgetItem;
        files->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, FilesColumn, files);
    }
    m_table->resizeRowsToContents();
    m_table->setMinimumHeight(380);
    connect(m_table, &QTableWidget::itemChanged, this, [this](const QTableWidgetItem* changed) {
        if (changed->column() == NoteColumn) {
            userEdited();
        }
    });
    body()->addWidget(m_table);

    m_attach = new QPushButton(tr("Attach evidence to the selected row..."), this);
    m_attach->setObjectName(QStringLiteral("attachRowEvidence"));
    m_attach->setToolTip(tr("Or drop files onto a row"));
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_attach);
    body()->addLayout(row);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const int current = m_table->currentRow();
        if (current >= 0) {
            Q_EMIT attachRequested(
                m_table->item(current, ItemColumn)->data(Qt::UserRole).toString(), {});
        }
    });
}

QComboBox* MatrixAnswerWidget::statusBox(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, StatusColumn));
}

model::AnswerValue MatrixAnswerWidget::answer() const
{
    model::MatrixAnswer entries;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QVariant status = statusBox(row)->currentData();
        if (!status.isValid()) {
            continue; // a note without a status cannot be stored; the row stays open
        }
        const auto id = m_table->item(row, ItemColumn)->data(Qt::UserRole).toString();
        entries[id.toStdString()] = {static_cast<model::MatrixStatus>(status.toInt()),
                                     m_table->item(row, NoteColumn)->text().toStdString()};
    }
    return entries;
}

bool MatrixAnswerWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        m_table->currentColumn() == StatusColumn && m_table->currentRow() >= 0) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        auto* box = statusBox(m_table->currentRow());
        if ((key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter ||
             key == Qt::Key_F2) &&
            box != nullptr && box->isEnabled()) {
            box->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QuestionWidget::eventFilter(watched, event);
}

void MatrixAnswerWidget::focusAnswer()
{
    m_table->setFocus(Qt::OtherFocusReason);
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0) {
        m_table->setCurrentCell(0, StatusColumn);
    }
}

void MatrixAnswerWidget::showAnswer(const model::AnswerValue* value)
{
    const auto* entries = value != nullptr ? std::get_if<model::MatrixAnswer>(value) : nullptr;
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto id = m_table->item(row, ItemColumn)->data(Qt::UserRole).toString().toStdString();
        const model::MatrixEntry* entry = nullptr;
        if (entries != nullptr) {
            const auto it = entries->find(id);
            entry = it != entries->end() ? &it->second : nullptr;
        }
        auto* status = statusBox(row);
        const QSignalBlocker statusBlocker(status);
        status->setCurrentIndex(entry != nullptr ? status->findData(static_cast<int>(entry->status))
                                                 : 0);
        m_table->item(row, NoteColumn)
            ->setText(entry != nullptr ? fromUtf8(entry->evidence) : QString());
    }
}

void MatrixAnswerWidget::applyReadOnly(bool readOnly)
{
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked |
                                            QAbstractItemView::EditKeyPressed |
                                            QAbstractItemView::AnyKeyPressed);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        statusBox(row)->setEnabled(!readOnly);
    }
    m_attach->setVisible(!readOnly);
}

void MatrixAnswerWidget::showItemEvidence(const std::vector<model::AttachmentRef>& attachments)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto id = m_table->item(row, ItemColumn)->data(Qt::UserRole).toString().toStdString();
        QStringList names;
        QStringList lines;
        for (const auto& attachment : attachments) {
            if (attachment.question == question().id && attachment.item == id) {
                names << fromUtf8(attachment.name);
                lines << evidenceLine(attachment);
            }
        }
        auto* files = m_table->item(row, FilesColumn);
        const QSignalBlocker blocker(m_table);
        files->setText(names.join(QStringLiteral(", ")));
        files->setToolTip(lines.join(QLatin1Char('\n')));
    }
}

QString MatrixAnswerWidget::itemAt(const QPoint& position) const
{
    const QPoint inViewport = m_table->viewport()->mapFrom(this, position);
    const int row = m_table->rowAt(inViewport.y());
    return row >= 0 ? m_table->item(row, ItemColumn)->data(Qt::UserRole).toString() : QString();
}

} // namespace vouch::ui
