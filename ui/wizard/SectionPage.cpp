// SPDX-License-Identifier: Apache-2.0
#include "ui/wizard/SectionPage.h"

#include "ui/QuestionHelp.h"
#include "ui/questions/SectionForm.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace vouch::ui {

SectionPage::SectionPage(services::DraftEditor& draft, int sectionIndex, QWidget* parent)
    : QWizardPage(parent)
    , m_sectionIndex(sectionIndex)
{
    const auto& section = draft.questionnaire().sections[static_cast<std::size_t>(sectionIndex)];
    setObjectName(QStringLiteral("sectionPage:") + fromUtf8(section.id));
    setTitle(fromUtf8(section.title));
    setSubTitle(fromUtf8(section.description));
    m_form = new SectionForm(draft, section, this);
    // Long sections scroll inside the page, so the wizard fits a 1024x700 screen.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_form);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void SectionPage::initializePage()
{
    m_form->reload();
}

bool SectionPage::validatePage()
{
    return m_jumping || !m_form->showMissing();
}

} // namespace vouch::ui
