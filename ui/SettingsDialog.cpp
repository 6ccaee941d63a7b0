// SPDX-License-Identifier: Apache-2.0
#include "ui/SettingsDialog.h"

#include "model/TextChecks.h"
#include "services/PackageReview.h"
#include "ui/FormRows.h"
#include "ui/QuestionHelp.h"
#include "ui/TextLimits.h"
#include "ui/UserPrompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vouch::ui {
namespace {

QSpinBox* monthsBox(int value, const QString& name, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(services::kMinReviewMonths, services::kMaxReviewMonths);
    box->setSuffix(SettingsDialog::tr(" months"));
    box->setValue(value);
    return box;
}

QString pathText(const std::filesystem::path& path)
{
    return QString::fromStdString(path.string());
}

} // namespace

SettingsDialog::SettingsDialog(const services::Preferences& current, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [form](const QString& text, QWidget* field, QLayout* row = nullptr) {
        addLabelledRow(*form, text, field, row);
    };
    const auto browseRow = [&](QLineEdit* edit, const QString& title, bool folder) {
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        auto* browse = new QPushButton(tr("Browse..."), this);
        browse->setAccessibleName(tr("Browse: %1").arg(title));
        row->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, [this, edit, title, folder] {
            const QString chosen = folder ? prompts::existingFolder(this, title)
                                          : prompts::saveFile(this, title, edit->text(),
                                                              tr("Vouch libraries (*.vouchdb)"));
            if (!chosen.isEmpty()) {
                edit->setText(chosen);
            }
        });
        return row;
    };

    m_library = new QLineEdit(pathText(current.libraryPath), this);
    m_library->setObjectName(QStringLiteral("libraryPathEdit"));
    m_library->setPlaceholderText(pathText(services::defaultLibraryPath()));
    m_library->setToolTip(tr("A library file, or a team library on PostgreSQL: "
                             "postgresql://HOST/DATABASE or service=NAME. The password stays in "
                             "~/.pgpass or the service file, never in Vouch's settings."));
    addRow(tr("&Library:"), m_library, browseRow(m_library, tr("Library File"), false));
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    m_paper->addItem(tr("A4"), static_cast<int>(report::Paper::A4));
    m_paper->addItem(tr("US Letter"), static_cast<int>(report::Paper::Letter));
    m_paper->setCurrentIndex(m_paper->findData(static_cast<int>(current.paper)));
    addRow(tr("&Paper size:"), m_paper);
    m_organisation = new QLineEdit(fromUtf8(current.defaultOrganisation), this);
    m_organisation->setObjectName(QStringLiteral("defaultOrganisationEdit"));
    capLength(*m_organisation, model::kMaxLineLength);
    addRow(tr("Default &organisation:"), m_organisation);
    m_high = monthsBox(current.reviewIntervals.highMonths, QStringLiteral("highMonths"), this);
    m_medium =
        monthsBox(current.reviewIntervals.mediumMonths, QStringLiteral("mediumMonths"), this);
    m_low = monthsBox(current.reviewIntervals.lowMonths, QStringLiteral("lowMonths"), this);
    addRow(tr("Review after, &high tier:"), m_high);
    addRow(tr("Review after, &medium tier:"), m_medium);
    addRow(tr("Review after, lo&w tier:"), m_low);
    m_pdfFolder = new QLineEdit(pathText(current.pdfFolder), this);
    m_pdfFolder->setObjectName(QStringLiteral("pdfFolderEdit"));
    m_pdfFolder->setPlaceholderText(tr("Your home folder"));
    addRow(tr("PDF &folder:"), m_pdfFolder, browseRow(m_pdfFolder, tr("PDF Folder"), true));
    m_openPdf = new QCheckBox(tr("Open the PDF after e&xport"), this);
    m_openPdf->setObjectName(QStringLiteral("openPdfCheck"));
    m_openPdf->setChecked(current.openPdfAfterExport);
    form->addRow(QString(), m_openPdf);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(fromUtf8(current.language))));
    addRow(tr("Lan&guage:"), m_language);
    m_timestampAuthority = new QLineEdit(fromUtf8(current.timestampAuthority), this);
    m_timestampAuthority->setObjectName(QStringLiteral("timestampAuthorityEdit"));
    m_timestampAuthority->setPlaceholderText(tr("None: the signing time is this computer's clock"));
    m_timestampAuthority->setToolTip(
        tr("An RFC 3161 time-stamping authority, e.g. http://timestamp.example.org/tsa. Each PDF "
           "signature then gets a timestamp from it (PAdES B-T); when it cannot be reached, "
           "nothing is signed. Leave it empty to sign offline."));
    capLength(*m_timestampAuthority, model::kMaxLineLength);
    addRow(tr("&Time-stamping authority (URL):"), m_timestampAuthority);

    auto* note =
        new QLabel(tr("A new library and a new language take effect when Vouch next starts. Review "
                      "intervals apply to assessments signed from now on."),
                   this);
    note->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setObjectName(QStringLiteral("settingsProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problems->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

services::Preferences SettingsDialog::preferences() const
{
    services::Preferences preferences;
    preferences.libraryPath = m_library->text().trimmed().toStdString();
    preferences.paper = static_cast<report::Paper>(m_paper->currentData().toInt());
    preferences.defaultOrganisation = m_organisation->text().trimmed().toStdString();
    preferences.reviewIntervals = {m_high->value(), m_medium->value(), m_low->value()};
    preferences.pdfFolder = m_pdfFolder->text().trimmed().toStdString();
    preferences.openPdfAfterExport = m_openPdf->isChecked();
    preferences.language = m_language->currentData().toString().toStdString();
    preferences.timestampAuthority = m_timestampAuthority->text().trimmed().toStdString();
    return preferences;
}

void SettingsDialog::accept()
{
    const auto problems = services::checkPreferences(preferences());
    if (!problems.empty()) {
        QStringList lines;
        for (const auto& problem : problems) {
            lines << fromUtf8(problem);
        }
        m_problems->setText(lines.join(QLatin1Char('\n')));
        m_problems->setVisible(true);
        return;
    }
    QDialog::accept();
}

QString SettingsDialog::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

} // namespace vouch::ui
