// SPDX-License-Identifier: Apache-2.0
#include "ui/UserPrompts.h"

#include <QFileDialog>
#include <QGuiApplication>
#include <QPushButton>
#include <QRegularExpression>

#include <algorithm>
#include <deque>
#include <vector>

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

std::deque<int>& queuedChoices()
{
    static std::deque<int> queue;
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

int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices,
           int cancelIndex)
{
    lastMessageText() = text;
    if (!queuedChoices().empty()) {
        const int answer = queuedChoices().front();
        queuedChoices().pop_front();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    std::vector<QAbstractButton*> buttons;
    for (const auto& choice : choices) {
        buttons.push_back(box.addButton(choice, QMessageBox::ActionRole));
    }
    if (cancelIndex >= 0 && cancelIndex < static_cast<int>(buttons.size())) {
        box.setEscapeButton(buttons[static_cast<std::size_t>(cancelIndex)]);
    }
    box.exec();
    const auto chosen = std::find(buttons.begin(), buttons.end(), box.clickedButton());
    return chosen == buttons.end() ? cancelIndex
                                   : static_cast<int>(std::distance(buttons.begin(), chosen));
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

void queueChoice(int index)
{
    queuedChoices().push_back(index);
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
