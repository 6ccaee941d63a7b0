// SPDX-License-Identifier: Apache-2.0
#include "ui/wizard/IntroPage.h"

#include "model/TextChecks.h"
#include "ui/QuestionHelp.h"
#include "ui/TextLimits.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace vouch::ui {

IntroPage::IntroPage(services::DraftEditor& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("introPage"));
    setTitle(tr("About this assessment"));
    setSubTitle(
        tr("%1, version %2. Name the workload and the people responsible; only the "
           "title is required.")
            .arg(fromUtf8(draft.questionnaire().title), fromUtf8(draft.questionnaire().version)));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    const auto add = [&](const QString& label, const QString& name, const QString& hint) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(hint);
        capLength(*edit, model::kMaxLineLength);
        auto* caption = new QLabel(label, this);
        caption->setBuddy(edit);
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char('*')));
        form->addRow(caption, edit);
        connect(edit, &QLineEdit::textEdited, this, [this] {
            store();
            Q_EMIT edited();
        });
        return edit;
    };
    m_title = add(tr("&Title *"), QStringLiteral("titleEdit"),
                  tr("e.g. Discharge summary drafting assistant"));
    m_workload = add(tr("&Workload"), QStringLiteral("workloadEdit"),
                     tr("The system or deployment assessed"));
    m_organisation = add(tr("&Organisation"), QStringLiteral("organisationEdit"), QString());
    m_businessOwner = add(tr("&Business owner"), QStringLiteral("businessOwnerEdit"), QString());
    m_assessor = add(tr("&Assessor"), QStringLiteral("assessorEdit"), QString());
    m_missing = new QLabel(tr("An assessment needs a title."), this);
    m_missing->setObjectName(QStringLiteral("introMissing"));
    m_missing->setTextFormat(Qt::PlainText); // the warning quotes the typed markup
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_missing->setVisible(false);
    layout->addWidget(m_missing);
    auto* note = new QLabel(fromUtf8(draft.questionnaire().disclaimer), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addStretch(1);
    layout->addWidget(note);
}

void IntroPage::initializePage()
{
    const auto& meta = m_draft.meta();
    m_title->setText(fromUtf8(meta.title));
    m_workload->setText(fromUtf8(meta.workload));
    m_organisation->setText(fromUtf8(meta.organisation));
    m_businessOwner->setText(fromUtf8(meta.businessOwner));
    m_assessor->setText(fromUtf8(meta.assessor));
    m_title->setFocus();
}

void IntroPage::store()
{
    auto meta = m_draft.meta();
    meta.title = m_title->text().trimmed().toStdString();
    meta.workload = m_workload->text().trimmed().toStdString();
    meta.organisation = m_organisation->text().trimmed().toStdString();
    meta.businessOwner = m_businessOwner->text().trimmed().toStdString();
    meta.assessor = m_assessor->text().trimmed().toStdString();
    m_draft.setMeta(meta);
    // Markup is pointed out while it is typed; a missing title only once Next is pressed.
    const auto why = problem();
    if (why.isEmpty() || m_draft.missingMeta().empty()) {
        const auto shown = why.isEmpty() ? limitNotice() : why;
        m_missing->setText(shown);
        m_missing->setVisible(!shown.isEmpty());
    }
}

QString IntroPage::limitNotice() const
{
    for (auto* edit : {m_title, m_workload, m_organisation, m_businessOwner, m_assessor}) {
        if (edit->text().size() >= edit->maxLength()) {
            return tr("%1 has reached its limit of %2 characters; more is not taken.")
                .arg(edit->accessibleName().trimmed())
                .arg(edit->maxLength());
        }
    }
    return {};
}

QString IntroPage::problem() const
{
    for (auto* edit : {m_title, m_workload, m_organisation, m_businessOwner, m_assessor}) {
        if (const auto warning = plainTextWarning(edit->text()); !warning.isEmpty()) {
            return edit->accessibleName().trimmed() + QStringLiteral(": ") + warning;
        }
    }
    return m_draft.missingMeta().empty() ? QString() : tr("An assessment needs a title.");
}

bool IntroPage::validatePage()
{
    store();
    const auto why = problem();
    m_missing->setText(why);
    m_missing->setVisible(!why.isEmpty());
    if (!why.isEmpty()) {
        m_title->setFocus();
    }
    return why.isEmpty();
}

void IntroPage::setReadOnly(bool readOnly)
{
    for (auto* edit : {m_title, m_workload, m_organisation, m_businessOwner, m_assessor}) {
        edit->setReadOnly(readOnly);
    }
}

} // namespace vouch::ui
