// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMessageBox>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

class QWidget;

namespace vouch::ui {

// The modal questions the window asks (which file, are you sure), in one place so GUI
// tests can answer them ahead of time instead of blocking on exec(): a queued answer
// is used once, in order; with none queued the real dialog opens.
namespace prompts {

[[nodiscard]] QStringList openFiles(QWidget* parent, const QString& title, const QString& filter);
[[nodiscard]] QString openFile(QWidget* parent, const QString& title, const QString& filter);
[[nodiscard]] QString saveFile(QWidget* parent, const QString& title, const QString& suggested,
                               const QString& filter);
[[nodiscard]] QString existingFolder(QWidget* parent, const QString& title);
// Yes/No with No as the default; true for Yes.
[[nodiscard]] bool confirm(QWidget* parent, const QString& title, const QString& text);
// One of several actions, shown as buttons in order; returns the chosen index, or
// `cancelIndex` when the dialog is closed without a choice.
[[nodiscard]] int choose(QWidget* parent, const QString& title, const QString& text,
                         const QStringList& choices, int cancelIndex);
// A message the user must acknowledge; tests read the last one instead.
void inform(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text);

// Test seams.
void queueFiles(const QStringList& files); // one call answers one file question
void queueConfirmation(bool answer);
void queueChoice(int index);
// Messages are recorded, never shown (tests on a real display).
void recordMessagesOnly(bool recordOnly);
[[nodiscard]] QString lastMessage();

} // namespace prompts

// A title as a suggested file name: anything but letters, digits, space, '-' and '_'
// becomes '_', so no title can point outside the chosen folder or trip a file system.
[[nodiscard]] QString fileNameFromTitle(QString title);

// Vouch's settings file (~/.config/Vouch/Vouch.conf on Linux), the same for the window
// and the command line whatever names the application object carries.
[[nodiscard]] std::unique_ptr<QSettings> appSettings();

} // namespace vouch::ui
