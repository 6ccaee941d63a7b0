// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/DraftEditor.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace vouch::ui {

// What is being assessed and by whom: title (required), workload, organisation,
// business owner, assessor.
class IntroPage final : public QWizardPage
{
    Q_OBJECT

public:
    IntroPage(services::DraftEditor& draft, QWidget* parent);

    void initializePage() override;
    bool validatePage() override;
    void setReadOnly(bool readOnly);
    // Why the page cannot be left: a missing title, or a field that is not plain text,
    // named by its label ("Title: ..."); empty when nothing is wrong.
    [[nodiscard]] QString problem() const;

Q_SIGNALS:
    void edited();

private:
    QLineEdit* addField(const QString& label, const QString& objectName, const QString& hint);
    void store();
    // Which field was cut at its length limit, for the user; empty when none is full.
    [[nodiscard]] QString limitNotice() const;

    services::DraftEditor& m_draft;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_workload = nullptr;
    QLineEdit* m_organisation = nullptr;
    QLineEdit* m_businessOwner = nullptr;
    QLineEdit* m_assessor = nullptr;
    QLabel* m_missing = nullptr;
};

} // namespace vouch::ui
