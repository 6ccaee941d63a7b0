// SPDX-License-Identifier: Apache-2.0
// The start-up benchmark's baseline: a plain Qt Widgets program with the widgets of
// vouch's library window (a menu bar, the search field and filter boxes above a table,
// the count below it) showing the same first page of the same library, read with
// SQLite's C API. What vouch adds on top (its own libraries, settings, the store's
// checks, translations) is what the ratio measures. With VOUCH_QUIT_WHEN_SHOWN=1 it quits
// once the window has been painted for the first time, as vouch does, so the two are
// timed from process start to the same point.
//
//   minimal_window [LIBRARY]   (default: $XDG_DATA_HOME/Vouch/library.vouchdb; with no
//                               readable library the table stays empty)
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QObject>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <sqlite3.h>

#include <string>

namespace {

// Quits the application after the first paint of the watched widget.
class QuitOnFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

QString libraryPath(int argc, char** argv)
{
    if (argc > 1) {
        return QString::fromLocal8Bit(argv[1]);
    }
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Vouch/library.vouchdb");
}

// The columns and first page vouch's library window shows (newest first), and the count.
int loadFirstPage(const QString& path, QStandardItemModel& model)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toLocal8Bit().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return 0;
    }
    int total = 0;
    sqlite3_stmt* count = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM assessments", -1, &count, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(count) == SQLITE_ROW) {
        total = sqlite3_column_int(count, 0);
    }
    sqlite3_finalize(count);
    sqlite3_stmt* page = nullptr;
    const char* sql = "SELECT title, workload, organisation, tier, verdict, status, signer, "
                      "updated_at, review_due, next_action_due FROM assessments "
                      "ORDER BY updated_at DESC, id DESC LIMIT 100";
    if (sqlite3_prepare_v2(db, sql, -1, &page, nullptr) == SQLITE_OK) {
        while (sqlite3_step(page) == SQLITE_ROW) {
            QList<QStandardItem*> row;
            for (int column = 0; column < 10; ++column) {
                const auto* text = sqlite3_column_text(page, column);
                row.append(new QStandardItem(
                    QString::fromUtf8(text != nullptr ? reinterpret_cast<const char*>(text) : "")));
            }
            model.appendRow(row);
        }
    }
    sqlite3_finalize(page);
    sqlite3_close(db);
    return total;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal library window"));
    window.resize(1100, 720); // as vouch's main window
    for (const auto* menu : {"&File", "&Assessment", "&Settings", "&Help"}) {
        window.menuBar()->addMenu(QString::fromLatin1(menu));
    }

    QStandardItemModel model;
    model.setHorizontalHeaderLabels(
        {QStringLiteral("Title"), QStringLiteral("Workload"), QStringLiteral("Organisation"),
         QStringLiteral("Tier"), QStringLiteral("Verdict"), QStringLiteral("Status"),
         QStringLiteral("Signer"), QStringLiteral("Updated"), QStringLiteral("Review due"),
         QStringLiteral("Next action due")});
    const int total = loadFirstPage(libraryPath(argc, argv), model);

    auto* central = new QWidget(&window);
    auto* layout = new QVBoxLayout(central);
    auto* filters = new QHBoxLayout;
    auto* search = new QLineEdit(central);
    search->setPlaceholderText(QStringLiteral("Search title, workload, organisation"));
    filters->addWidget(search, 3);
    for (const auto* all : {"All tiers", "All verdicts", "All statuses"}) {
        auto* box = new QComboBox(central);
        box->addItem(QString::fromLatin1(all));
        filters->addWidget(box, 1);
    }
    filters->addWidget(new QCheckBox(QStringLiteral("Review overdue"), central));
    filters->addWidget(new QCheckBox(QStringLiteral("Actions overdue"), central));
    layout->addLayout(filters);
    auto* table = new QTableView(central);
    table->setModel(&model);
    table->setSortingEnabled(true);
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table, 1);
    layout->addWidget(new QLabel(QStringLiteral("%1 assessments").arg(total), central));
    window.setCentralWidget(central);

    QuitOnFirstPaint quitter;
    if (qEnvironmentVariable("VOUCH_QUIT_WHEN_SHOWN") == QLatin1String("1")) {
        window.installEventFilter(&quitter);
    }
    window.show();
    return QApplication::exec();
}
