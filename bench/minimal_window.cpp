// SPDX-License-Identifier: Apache-2.0
// The start-up benchmark's floor: a Qt Widgets program that shows one empty main window.
// With VOUCH_QUIT_WHEN_SHOWN=1 it quits once the window has been painted for the first
// time, as vouch does, so the two are timed from process start to the same point.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QObject>
#include <QTimer>

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

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal window"));
    window.resize(1100, 720); // as vouch's main window
    QuitOnFirstPaint quitter;
    if (qEnvironmentVariable("VOUCH_QUIT_WHEN_SHOWN") == QLatin1String("1")) {
        window.installEventFilter(&quitter);
    }
    window.show();
    return QApplication::exec();
}
