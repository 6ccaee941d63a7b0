// SPDX-License-Identifier: Apache-2.0
// Every revision names its author: without $VOUCH_ACTOR, $USER, $LOGNAME or $USERNAME
// (a desktop launcher, a service) the author is the account's name, never "unknown".
#include "services/LocalUser.h"

#include <QObject>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

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
};

QTEST_GUILESS_MAIN(TestLocalUser)
#include "TestLocalUser.moc"
