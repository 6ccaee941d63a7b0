// SPDX-License-Identifier: Apache-2.0
#include "ui/PackageReviewDialog.h"

#include "services/ReportService.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace vouch::ui {
namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QString escaped(const std::string& value)
{
    return text(value).toHtmlEscaped();
}

// Colours with enough contrast for text on them (WCAG AA against white text).
QString bannerStyle(services::VerificationBanner::Level level)
{
    using Level = services::VerificationBanner::Level;
    switch (level) {
    case Level::Good:
        return QStringLiteral("background:#1b5e20;color:white;");
    case Level::Caution:
        return QStringLiteral("background:#8a5300;color:white;");
    case Level::Bad:
        return QStringLiteral("background:#b71c1c;color:white;");
    case Level::Neutral:
        break;
    }
    return QStringLiteral("background:#455a64;color:white;");
}

} // namespace

PackageReviewDialog::PackageReviewDialog(const QString& fileName, services::OpenedPackage opened,
                                         QWidget* parent)
    : QDialog(parent)
    , m_opened(std::move(opened))
{
    setObjectName(QStringLiteral("packageReviewDialog"));
    setWindowTitle(tr("Review %1").arg(QFileInfo(fileName).fileName()));
    resize(900, 680);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeBanner(services::bannerFor(m_opened.report)));

    auto* summary = new QTextBrowser(this);
    summary->setObjectName(QStringLiteral("packageSummary"));
    summary->setHtml(summaryHtml());
    layout->addWidget(summary, 3);
    layout->addWidget(makeSignatureTable(), 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* exportButton = buttons->addButton(tr("Export &PDF..."), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportPdfButton"));
    // A PDF of an invalid or inconsistent package would look like a sign-off.
    exportButton->setEnabled(!m_opened.report.signatures.anyInvalid() &&
                             m_opened.report.consistent);
    connect(exportButton, &QPushButton::clicked, this, &PackageReviewDialog::chooseAndExportPdf);
    layout->addWidget(buttons);
}

QString PackageReviewDialog::exportPdfTo(const QString& path)
{
    auto written = services::exportPdf(m_opened.package, std::nullopt, path.toStdString(), nullptr,
                                       report::Paper::A4);
    return written ? QString() : QString::fromStdString(written.error().message);
}

void PackageReviewDialog::chooseAndExportPdf()
{
    QSettings settings;
    const QString folder =
        settings.value(QStringLiteral("export/lastPdfFolder"), QDir::homePath()).toString();
    QString suggested = QString::fromStdString(
        m_opened.report.payload ? m_opened.report.payload->meta.title : "assessment");
    suggested.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF Sign-off"), QDir(folder).filePath(suggested + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(QStringLiteral("export/lastPdfFolder"), QFileInfo(path).absolutePath());
    const QString error = exportPdfTo(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export PDF"), error);
        return;
    }
    if (QMessageBox::question(this, tr("Export PDF"), tr("The PDF was saved. Open it now?")) ==
        QMessageBox::Yes) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    }
}

QWidget* PackageReviewDialog::makeBanner(const services::VerificationBanner& banner)
{
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("verificationBanner"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setText(
        QStringLiteral("<div style='font-size:15pt;font-weight:bold'>%1</div><div>%2</div>")
            .arg(escaped(banner.headline), escaped(banner.detail)));
    label->setStyleSheet(bannerStyle(banner.level) +
                         QStringLiteral("padding:12px;border-radius:4px;"));
    label->setAccessibleName(text(banner.headline));
    return label;
}

QTableWidget* PackageReviewDialog::makeSignatureTable()
{
    const auto& checks = m_opened.report.signatures.signatures;
    const auto& entries = m_opened.package.signatures;
    auto* table = new QTableWidget(static_cast<int>(checks.size()), 5, this);
    table->setObjectName(QStringLiteral("signatureTable"));
    table->setHorizontalHeaderLabels(
        {tr("State"), tr("Signer"), tr("Signed as"), tr("Signed at (UTC)"), tr("Key id")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto& check = checks[static_cast<std::size_t>(row)];
        const auto& entry = entries[static_cast<std::size_t>(row)];
        const QString state = QString::fromUtf8(signing::spelling(check.state));
        auto* stateItem = new QTableWidgetItem(state);
        if (!check.reason.empty()) {
            stateItem->setToolTip(text(check.reason));
        }
        table->setItem(row, 0, stateItem);
        table->setItem(row, 1,
                       new QTableWidgetItem(text(entry.signerName + " <" + entry.signerEmail +
                                                 ">, " + entry.signerRole)));
        table->setItem(row, 2, new QTableWidgetItem(text(check.signatureRole)));
        table->setItem(row, 3, new QTableWidgetItem(text(check.signedAt)));
        table->setItem(row, 4, new QTableWidgetItem(text(check.keyId)));
    }
    table->resizeColumnsToContents();
    return table;
}

QString PackageReviewDialog::summaryHtml() const
{
    const auto& report = m_opened.report;
    QString html;
    if (report.payload) {
        const auto& payload = *report.payload;
        const auto& evaluation = payload.evaluation;
        html += QStringLiteral("<h2>%1</h2><p>%2 &middot; %3</p>")
                    .arg(escaped(payload.meta.title), escaped(payload.meta.workload),
                         escaped(payload.meta.organisation));
        const auto tier = evaluation.contains("tier") && evaluation["tier"].is_string()
                              ? evaluation["tier"].get<std::string>()
                              : std::string("undetermined");
        html += QStringLiteral("<p><b>%1</b> %2 &nbsp; <b>%3</b> %4</p>")
                    .arg(tr("Tier:"), escaped(tier), tr("Verdict:"),
                         escaped(evaluation.value("verdict", std::string())));
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Findings"));
        const auto findings = evaluation.value("findings", nlohmann::json::array());
        if (findings.empty()) {
            html += QStringLiteral("<li>%1</li>").arg(tr("None."));
        }
        for (const auto& finding : findings) {
            html += QStringLiteral("<li><b>%1</b> [%2]</li>")
                        .arg(escaped(finding.value("title", std::string())),
                             escaped(finding.value("severity", std::string())));
        }
        html += QStringLiteral("</ul>");
        html += QStringLiteral("<p>%1 %2 %3</p>")
                    .arg(tr("Questionnaire"),
                         escaped(payload.questionnaire.id + " " + payload.questionnaire.version),
                         tr("(%n evidence file(s))", nullptr,
                            static_cast<int>(payload.attachments.size())));
    }
    html += QStringLiteral("<p><small>%1 <code>%2</code></small></p>")
                .arg(tr("Payload SHA-256"), escaped(report.signatures.payloadSha256));
    return html;
}

} // namespace vouch::ui
