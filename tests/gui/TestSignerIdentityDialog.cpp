// SPDX-License-Identifier: Apache-2.0
// Creating a signer identity in the window, typed from the keyboard.
#include "TestSupport.h"
#include "ui/SignerIdentityDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QObject>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>

using vouch::ui::SignerIdentityDialog;

class TestSignerIdentityDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    template <typename T> static T* child(QWidget& parent, const char* name)
    {
        auto* found = parent.findChild<T*>(QString::fromLatin1(name));
        if (found == nullptr) {
            qFatal("no child %s", name);
        }
        return found;
    }

private Q_SLOTS:
    void passphraseNeverReachesTheClipboard()
    {
        SignerIdentityDialog dialog;
        dialog.show();
        QGuiApplication::clipboard()->setText(QStringLiteral("what was there before"));
        for (const char* name : {"passphraseEdit", "repeatEdit"}) {
            auto* field = child<QLineEdit>(dialog, name);
            QTest::keyClicks(field, QStringLiteral("a secret passphrase"));
            for (const auto key : {Qt::Key_C, Qt::Key_X}) { // copy, then cut
                QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
                QTest::keyClick(field, key, Qt::ControlModifier);
                QCOMPARE(QGuiApplication::clipboard()->text(),
                         QStringLiteral("what was there before"));
            }
        }
    }

    void typingFillsAnIdentityAndCreatesTheKeys()
    {
        SignerIdentityDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* create = child<QPushButton>(dialog, "createButton");
        QVERIFY(!create->isEnabled());

        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Dr. Alice Example"));
        QVERIFY2(child<QLineEdit>(dialog, "keyFileEdit")
                     ->text()
                     .endsWith(QStringLiteral("/keys/dr-alice-example.key")),
                 qPrintable(child<QLineEdit>(dialog, "keyFileEdit")->text()));
        QTest::keyClicks(child<QLineEdit>(dialog, "roleEdit"),
                         QStringLiteral("Chief Compliance Officer"));
        QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"),
                         QStringLiteral("alice@example.org"));
        const QString keyPath = m_dir.filePath(QStringLiteral("alice.key"));
        auto* file = child<QLineEdit>(dialog, "keyFileEdit");
        QTest::keyClick(file, Qt::Key_A, Qt::ControlModifier); // select all, then type over it
        QTest::keyClicks(file, keyPath);

        auto* passphrase = child<QLineEdit>(dialog, "passphraseEdit");
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
        QTest::keyClicks(passphrase, QStringLiteral("short"));
        QCOMPARE(child<QProgressBar>(dialog, "strengthBar")->value(), 0);
        QVERIFY(
            child<QLabel>(dialog, "strengthHint")->text().startsWith(QStringLiteral("Too short")));
        QTest::keyClicks(passphrase, QStringLiteral(" river lantern copper"));
        QVERIFY(child<QProgressBar>(dialog, "strengthBar")->value() >= 3);

        auto* repeat = child<QLineEdit>(dialog, "repeatEdit");
        QTest::keyClicks(repeat, QStringLiteral("short river lantern coppers"));
        QCOMPARE(child<QLabel>(dialog, "errorLabel")->text(),
                 QStringLiteral("The two passphrases differ."));
        QVERIFY(!create->isEnabled());
        QTest::keyClick(repeat, Qt::Key_Backspace);
        QVERIFY(child<QLabel>(dialog, "errorLabel")->text().isEmpty());
        QVERIFY(create->isEnabled());

        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.keyPath(), keyPath);
        QFile key(keyPath);
        QVERIFY(key.open(QIODevice::ReadOnly));
        const auto text = key.readAll();
        QVERIFY(text.contains("Name: Dr. Alice Example"));
        QVERIFY(text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(QFile::exists(keyPath + QStringLiteral(".pub")));
        QVERIFY(passphrase->text().isEmpty()); // not kept in the widget
    }

    void existingKeyFileIsAnInlineError()
    {
        const QString keyPath = m_dir.filePath(QStringLiteral("taken.key"));
        QFile taken(keyPath);
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.write("x");
        taken.close();
        SignerIdentityDialog dialog;
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Bob"));
        child<QLineEdit>(dialog, "roleEdit")->setText(QStringLiteral("CISO"));
        child<QLineEdit>(dialog, "emailEdit")->setText(QStringLiteral("bob@example.org"));
        auto* file = child<QLineEdit>(dialog, "keyFileEdit");
        QTest::keyClicks(file, QStringLiteral("x")); // marks the path as typed by the user
        file->setText(keyPath);
        child<QLineEdit>(dialog, "passphraseEdit")
            ->setText(QStringLiteral("a long enough passphrase"));
        child<QLineEdit>(dialog, "repeatEdit")->setText(QStringLiteral("a long enough passphrase"));
        QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(child<QLabel>(dialog, "errorLabel")->text(),
                 keyPath + QStringLiteral(": already exists; not overwritten"));
        QCOMPARE(taken.size(), 1); // untouched
    }
};

QTEST_MAIN(TestSignerIdentityDialog)
#include "TestSignerIdentityDialog.moc"
