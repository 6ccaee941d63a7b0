// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/DraftEditor.h"

#include <QWizardPage>

namespace vouch::ui {

class SectionForm;

// One questionnaire section as a wizard page; Next is refused while a required
// visible question is unanswered, with a message naming it.
class SectionPage final : public QWizardPage
{
    Q_OBJECT

public:
    SectionPage(services::DraftEditor& draft, int sectionIndex, QWidget* parent);

    void initializePage() override;
    bool validatePage() override;
    [[nodiscard]] SectionForm* form() const { return m_form; }
    [[nodiscard]] int sectionIndex() const { return m_sectionIndex; }
    // While the wizard jumps to a chosen section (side panel, a finding), pages on the
    // way let it pass; Next itself always checks.
    void setJumping(bool jumping) { m_jumping = jumping; }

private:
    SectionForm* m_form = nullptr;
    int m_sectionIndex = 0;
    bool m_jumping = false;
};

} // namespace vouch::ui
