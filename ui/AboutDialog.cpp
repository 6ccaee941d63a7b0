// SPDX-License-Identifier: Apache-2.0
#include "ui/AboutDialog.h"

#include "services/ComponentVersions.h"
#include "ui/QuestionHelp.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vouch::ui {

AboutDialog::AboutDialog(const std::filesystem::path& libraryPath, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Vouch"));
    QStringList lines{tr("Vouch %1").arg(QCoreApplication::applicationVersion()),
                      tr("Licence: Apache-2.0"),
                      tr("Library: %1").arg(QString::fromStdString(libraryPath.string()))};
    for (const auto& [name, version] : services::componentVersions()) {
        lines << QStringLiteral("%1 %2").arg(fromUtf8(name), fromUtf8(version));
    }
    m_details = lines.join(QLatin1Char('\n'));

    auto* heading =
        new QLabel(tr("<h2>Vouch %1</h2><p>Readiness assessments for generative-AI workloads in "
                      "regulated settings.</p><p>Informational only; not legal advice.</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped()),
                   this);
    heading->setWordWrap(true);
    auto* details = new QLabel(m_details, this);
    details->setObjectName(QStringLiteral("aboutDetails"));
    details->setTextFormat(Qt::PlainText);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_details); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(details);
    layout->addWidget(buttons);
}

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("Vouch User Guide"));
    resize(760, 640);
    auto* browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("userGuide"));
    browser->setOpenExternalLinks(true);
    QFile guide(QStringLiteral(":/docs/user-guide.md"));
    browser->setMarkdown(guide.open(QIODevice::ReadOnly)
                             ? QString::fromUtf8(guide.readAll())
                             : tr("The user guide is missing from this build."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
}

QString UserGuideDialog::text() const
{
    return findChild<QTextBrowser*>(QStringLiteral("userGuide"))->toPlainText();
}

} // namespace vouch::ui
