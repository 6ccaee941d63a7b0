// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/PackageReview.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace vouch::ui {

// Shows a received .vouch package for review: the verification verdict first and
// prominently, then what was assessed, the findings, and who signed.
class PackageReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    PackageReviewDialog(const QString& fileName, services::OpenedPackage opened,
                        QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(PackageReviewDialog)

    // Writes the PDF sign-off; returns the error shown to the user, empty on success.
    QString exportPdfTo(const QString& path);

private:
    void chooseAndExportPdf();
    QWidget* makeBanner(const services::VerificationBanner& banner);
    QTableWidget* makeSignatureTable();
    QString summaryHtml() const;

    services::OpenedPackage m_opened;
};

} // namespace vouch::ui
