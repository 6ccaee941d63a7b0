// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/Workspace.h"

#include <QDialog>

#include <string>

class QTableWidget;

namespace vouch::ui {

// The library's trust list: the public keys whose signatures show as valid rather than
// "valid, untrusted". Adding takes a .pub file; removing asks first.
class TrustedSignersDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TrustedSignersDialog(const services::Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    // Trusts the key in a .pub file; returns the error, empty on success.
    QString trustFile(const QString& path);
    [[nodiscard]] QTableWidget* table() const { return m_table; }

private:
    void removeSelected();

    const services::Workspace& m_workspace;
    QTableWidget* m_table = nullptr;
};

} // namespace vouch::ui
