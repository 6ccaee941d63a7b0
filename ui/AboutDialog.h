// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

#include <filesystem>

namespace vouch::ui {

// Version, licence, the library in use and the versions of the libraries Vouch runs on
// (for bug reports), with a button to copy them.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const std::filesystem::path& libraryPath, QWidget* parent = nullptr);

    [[nodiscard]] QString details() const { return m_details; }

private:
    QString m_details;
};

// The user guide, shipped inside the program so it is there without a network.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    [[nodiscard]] QString text() const;
};

} // namespace vouch::ui
