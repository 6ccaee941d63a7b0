// SPDX-License-Identifier: Apache-2.0
// Every revision names its author: without $VOUCH_ACTOR, $USER, $LOGNAME or $USERNAME
// (a desktop launcher, a service) the author is the account's name, never "unknown";
// in the window, the signer identity in use names it too.
#include "services/LocalUser.h"
#include "services/SignerIdentities.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

namespace {
constexpr std::string_view kPassphrase = "correct horse battery staple";
} // namespace

class TestLocalUser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theActorIsNamedWithoutEnvironment()
    {
        for (const char* variable : {"VOUCH_ACTOR", "USER", "LOGNAME", "USERNAME"}) {
            qunsetenv(variable);
        }
        const passwd* account = getpwuid(geteuid());
        QVERIFY(account != nullptr);
        QCOMPARE(vouch::services::currentActor(), std::string(account->pw_name));
        qputenv("VOUCH_ACTOR", "dana");
        QCOMPARE(vouch::services::currentActor(), std::string("dana"));
    }

    void theWindowsAuthorIsTheSignerIdentityInUse()
    {
        using vouch::services::authorOnThisMachine;
        qunsetenv("VOUCH_ACTOR");
        qputenv("USER", "dana");
        QTemporaryDir keys;
        const std::filesystem::path folder = keys.path().toStdString();
        // No identity yet: the account.
        QCOMPARE(authorOnThisMachine(folder), std::string("dana"));
        // The one identity on this machine, with the account it acts from.
        QVERIFY(vouch::services::createSignerIdentity(
            folder / "dana.key", {"Dana Officer", "Privacy officer", "dana@example.org"},
            kPassphrase));
        QCOMPARE(authorOnThisMachine(folder), std::string("Dana Officer (dana)"));
        // Two people's identities: which one is at the keyboard is not known, so the
        // account alone.
        QVERIFY(vouch::services::createSignerIdentity(
            folder / "bob.key", {"Bob Approver", "CISO", "bob@example.org"}, kPassphrase));
        QCOMPARE(authorOnThisMachine(folder), std::string("dana"));
        // An explicit $VOUCH_ACTOR wins, as on the command line.
        qputenv("VOUCH_ACTOR", "ci-bot");
        QCOMPARE(authorOnThisMachine(folder), std::string("ci-bot"));
        qunsetenv("VOUCH_ACTOR");
    }
};

QTEST_GUILESS_MAIN(TestLocalUser)
#include "TestLocalUser.moc"
