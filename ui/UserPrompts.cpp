// SPDX-License-Identifier: Apache-2.0
#include "ui/UserPrompts.h"

#include <QFileDialog>
#include <QGuiApplication>
#include <QRegularExpression>

#include <deque>

namespace vouch::ui {
namespace prompts {
namespace {

std::deque<QStringList>& queuedFiles()
{
    static std::deque<QStringList> queue;
    return queue;
}

std::deque<bool>& queuedConfirmations()
{
    static std::deque<bool> queue;
    return queue;
}

bool& messagesRecordedOnly()
{
    static bool recordOnly = false;
    return recordOnly;
}

QString& lastMessageText()
{
    static QString text;
    return text;
}

bool takeQueuedFiles(QStringList& files)
{
    if (queuedFiles().empty()) {
        return false;
    }
    files = queuedFiles().front();
    queuedFiles().pop_front();
    return true;
}

} // namespace

QStringList openFiles(QWidget* parent, const QString& title, const QString& filter)
{
    QStringList files;
    if (takeQueuedFiles(files)) {
        return files;
    }
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString openFile(QWidget* parent, const QString& title, const QString& filter)
{
    QStringList files;
    if (takeQueuedFiles(files)) {
        return files.value(0);
    }
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString saveFile(QWidget* parent, const QString& title, const QString& suggested,
                 const QString& filter)
{
    QStringList files;
    if (takeQueuedFiles(files)) {
        return files.value(0);
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString existingFolder(QWidget* parent, const QString& title)
{
    QStringList files;
    if (takeQueuedFiles(files)) {
        return files.value(0);
    }
    return QFileDialog::getExistingDirectory(parent, title);
}

bool confirm(QWidget* parent, const QString& title, const QString& text)
{
    if (!queuedConfirmations().empty()) {
        const bool answer = queuedConfirmations().front();
        queuedConfirmations().pop_front();
        lastMessageText() = text;
        return answer;
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void inform(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    lastMessageText() = text;
    // Offscreen test runs have no one to press OK.
    if (messagesRecordedOnly() || QGuiApplication::platformName() == QStringLiteral("offscreen")) {
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void queueFiles(const QStringList& files)
{
    queuedFiles().push_back(files);
}

void queueConfirmation(bool answer)
{
    queuedConfirmations().push_back(answer);
}

void recordMessagesOnly(bool recordOnly)
{
    messagesRecordedOnly() = recordOnly;
}

QString lastMessage()
{
    return lastMessageText();
}

} // namespace prompts

QString fileNameFromTitle(QString title)
{
    return title.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QStringLiteral("_"));
}

std::unique_ptr<QSettings> appSettings()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("Vouch"), QStringLiteral("Vouch"));
}

} // namespace vouch::ui
