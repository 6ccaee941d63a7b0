// SPDX-License-Identifier: Apache-2.0
// Issue 13: every text field of the wizard takes at most what the engine accepts
// (model/TextChecks.h), typed or pasted, so that a save is never refused for length.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "model/TextChecks.h"
#include "ui/MainWindow.h"
#include "ui/SignerIdentityDialog.h"
#include "ui/UserPrompts.h"
#include "ui/wizard/ActionPlanEditor.h"
#include "ui/wizard/AssessmentWizard.h"

#include <QAbstractItemDelegate>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStyleOptionViewItem>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vouch;

class TestWizardLimits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { ui::prompts::recordMessagesOnly(true); }

    void aPastedTitleIsCappedAndSaved()
    {
        const auto path = m_dir.filePath(QStringLiteral("limits.vouchdb")).toStdString();
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        auto* wizard = window.newAssessment();
        QVERIFY(wizard != nullptr);
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        const int limit = static_cast<int>(model::kMaxLineLength);
        auto* title = wizard->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        QCOMPARE(title->maxLength(), limit);
        for (const auto* name :
             {"workloadEdit", "organisationEdit", "businessOwnerEdit", "assessorEdit"}) {
            QCOMPARE(wizard->findChild<QLineEdit*>(QString::fromLatin1(name))->maxLength(), limit);
        }
        // What a careless paste would bring: far more than a title holds.
        const QString pasted = QStringLiteral("Discharge summaries ") + QString(10000, u'x');
        QApplication::clipboard()->setText(pasted);
        title->setFocus();
        QTest::keyClick(title, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(title->text(), pasted.left(limit));
        auto* notice = wizard->findChild<QLabel*>(QStringLiteral("introMissing"));
        QVERIFY(notice->isVisibleTo(wizard));
        QVERIFY2(notice->text().contains(QStringLiteral("limit of 200 characters")),
                 qPrintable(notice->text()));
        wizard->close(); // closing saves the draft

        const auto* library = window.library();
        const auto listed = library->list({});
        QVERIFY(listed);
        QCOMPARE(listed->rows.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(listed->rows.front().fields.title), pasted.left(limit));
    }

    void tableCellsAndSignerFieldsAreCappedToo()
    {
        const auto path = m_dir.filePath(QStringLiteral("cells.vouchdb")).toStdString();
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        auto* wizard = window.newAssessment();
        QVERIFY(wizard != nullptr);
        auto* table = wizard->findChild<ui::ActionPlanEditor*>()->findChild<QTableWidget*>(
            QStringLiteral("actionTable"));
        QVERIFY(table != nullptr);
        const auto editorLimit = [table](int column) {
            std::unique_ptr<QWidget> editor(table->itemDelegateForColumn(column)->createEditor(
                table->viewport(), QStyleOptionViewItem(), table->model()->index(0, column)));
            auto* line = qobject_cast<QLineEdit*>(editor.get());
            return line != nullptr ? line->maxLength() : -1;
        };
        // A bare row, not stored: only the cells' editors are looked at.
        const QSignalBlocker quiet(table);
        table->insertRow(0);
        table->setItem(0, ui::ActionPlanEditor::WhatColumn, new QTableWidgetItem);
        table->setItem(0, ui::ActionPlanEditor::OwnerColumn, new QTableWidgetItem);
        QCOMPARE(editorLimit(ui::ActionPlanEditor::WhatColumn),
                 static_cast<int>(model::kMaxTextLength));
        QCOMPARE(editorLimit(ui::ActionPlanEditor::OwnerColumn),
                 static_cast<int>(model::kMaxLineLength));
        table->removeRow(0);
        wizard->close();

        ui::SignerIdentityDialog identity;
        for (const auto* name : {"nameEdit", "roleEdit", "emailEdit"}) {
            QCOMPARE(identity.findChild<QLineEdit*>(QString::fromLatin1(name))->maxLength(),
                     static_cast<int>(model::kMaxLineLength));
        }
    }
};

QTEST_MAIN(TestWizardLimits)
#include "TestWizardLimits.moc"
