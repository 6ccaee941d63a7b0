// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"
#include "model/TextChecks.h"

#include <QObject>

using namespace vouch::model;

class TestTextChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ids_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("dotted") << QStringLiteral("deployment.type") << true;
        QTest::newRow("dashes and digits") << QStringLiteral("seed-000") << true;
        QTest::newRow("underscore") << QStringLiteral("data_zone_eu") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("capital") << QStringLiteral("Deployment") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("leading dot") << QStringLiteral(".a") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("non-ascii") << QStringLiteral("caf\u00e9") << false;
    }
    void ids()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isValidId(text.toStdString()), valid);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("2026-07-05") << true;
        QTest::newRow("leap day") << QStringLiteral("2024-02-29") << true;
        QTest::newRow("leap day 2000") << QStringLiteral("2000-02-29") << true;
        QTest::newRow("no leap day 1900") << QStringLiteral("1900-02-29") << false;
        QTest::newRow("no leap day 2025") << QStringLiteral("2025-02-29") << false;
        QTest::newRow("month 13") << QStringLiteral("2025-13-01") << false;
        QTest::newRow("day 31 in April") << QStringLiteral("2025-04-31") << false;
        QTest::newRow("day 0") << QStringLiteral("2025-04-00") << false;
        QTest::newRow("short") << QStringLiteral("2025-4-01") << false;
        QTest::newRow("slashes") << QStringLiteral("2025/04/01") << false;
        QTest::newRow("time appended") << QStringLiteral("2025-04-01T00") << false;
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isValidDate(text.toStdString()), valid);
    }

    void languageTags_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("language") << QStringLiteral("en") << true;
        QTest::newRow("three letters") << QStringLiteral("gsw") << true;
        QTest::newRow("region") << QStringLiteral("de-DE") << true;
        QTest::newRow("numeric region") << QStringLiteral("es-419") << true;
        QTest::newRow("script and region") << QStringLiteral("sr-Latn-RS") << true;
        QTest::newRow("script") << QStringLiteral("zh-Hant") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("underscore") << QStringLiteral("de_DE") << false;
        QTest::newRow("uppercase language") << QStringLiteral("DE") << false;
        QTest::newRow("lowercase region") << QStringLiteral("de-de") << false;
        QTest::newRow("trailing dash") << QStringLiteral("de-") << false;
        QTest::newRow("word") << QStringLiteral("german") << false;
        QTest::newRow("region first") << QStringLiteral("DE-de") << false;
        QTest::newRow("too many parts") << QStringLiteral("de-Latn-DE-x") << false;
    }
    void languageTags()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isValidLanguageTag(text.toStdString()), valid);
    }

    void semver_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("1.0.0") << QStringLiteral("1.0.0") << true;
        QTest::newRow("prerelease") << QStringLiteral("2.10.3-rc.1") << true;
        QTest::newRow("two parts") << QStringLiteral("1.0") << false;
        QTest::newRow("leading zero") << QStringLiteral("01.0.0") << false;
        QTest::newRow("four parts") << QStringLiteral("1.0.0.0") << false;
        QTest::newRow("empty prerelease") << QStringLiteral("1.0.0-") << false;
        QTest::newRow("letters") << QStringLiteral("one.two.three") << false;
    }
    void semver()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isValidSemver(text.toStdString()), valid);
    }

    void markup_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("found"); // empty: plain text
        QTest::newRow("tag") << "Hello <b>world</b>"
                             << "<b>";
        QTest::newRow("script") << "<script>alert(1)</script>"
                                << "<script>";
        QTest::newRow("closing tag") << "end</p> here"
                                     << "</p>";
        QTest::newRow("comment") << "a <!-- hidden --> b"
                                 << "<!-- hidden -->";
        QTest::newRow("processing instruction") << "<?php echo 1; ?>"
                                                << "<?php echo 1; ?>";
        QTest::newRow("uppercase") << "<IMG SRC=x>"
                                   << "<IMG SRC=x>";
        QTest::newRow("comparison") << "a < b and c > d"
                                    << "";
        QTest::newRow("heart") << "we <3 plain text"
                               << "";
        QTest::newRow("no closing bracket") << "x <b without end"
                                            << "";
        QTest::newRow("bracket before") << "> first, then <b"
                                        << "";
        QTest::newRow("digit after bracket") << "<1> is fine"
                                             << "";
        QTest::newRow("entity text") << "&lt;b&gt; &amp;"
                                     << "";
        QTest::newRow("long tag is shortened")
            << "<a href=\"https://example.org/a/very/long/path/indeed\">"
            << "<a href=\"https://example.org/a/very/long...";
    }
    void markup()
    {
        QFETCH(QString, text);
        QFETCH(QString, found);
        const auto markup = findMarkup(text.toStdString());
        QCOMPARE(QString::fromStdString(markup.value_or("")), found);
    }

    void controlCharactersAreNotPlainText()
    {
        QVERIFY(!findControlCharacter("tab\tline\nreturn\r").has_value());
        QCOMPARE(findControlCharacter(std::string_view("ab\0c", 4)), std::optional<std::size_t>(2));
        QCOMPARE(findControlCharacter("bell\a"), std::optional<std::size_t>(4));
        QCOMPARE(findControlCharacter("del\x7f"), std::optional<std::size_t>(3));
        QCOMPARE(plainTextProblem(std::string_view("a\0b", 3)).value_or(""),
                 std::string("contains the control character U+0000; texts are plain text"));
        QCOMPARE(plainTextProblem("<b>x</b>").value_or(""),
                 std::string("contains HTML markup \"<b>\"; texts are plain text"));
        QVERIFY(!plainTextProblem("Dr. Ärztin, 2 < 3").has_value());
    }

    void quotedValuesStayOnOneLine()
    {
        QCOMPARE(inQuotes("a\nb\tc"), std::string("\"a\\nb\\tc\""));
        QCOMPARE(inQuotes(std::string_view("x\0", 2)), std::string("\"x\\u0000\""));
    }

    void pointerEscapesTildeAndSlash()
    {
        QCOMPARE(appendPointer("/a", "b/c~d"), std::string("/a/b~1c~0d"));
        QCOMPARE(appendPointer("", std::size_t{3}), std::string("/3"));
    }

    void codePointsCountCharactersNotBytes()
    {
        QCOMPARE(codePointCount("abc"), std::size_t{3});
        QCOMPARE(codePointCount("\xc3\xa4\xe2\x82\xac\xf0\x9f\x98\x80"), std::size_t{3}); // ä € 😀
    }
};

QTEST_GUILESS_MAIN(TestTextChecks)
#include "TestTextChecks.moc"
