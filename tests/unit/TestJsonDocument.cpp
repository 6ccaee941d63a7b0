// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"
#include "model/JsonDocument.h"

#include <QObject>
#include <QTemporaryDir>

#include <fstream>

using namespace vouch::model;

class TestJsonDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidJson()
    {
        const auto loaded = parseJsonText("{\"a\": [1, \"ä\"]}", "x.json");
        QVERIFY(loaded.ok());
        QCOMPARE((*loaded.value)["a"][1].get<std::string>(), std::string("ä"));
    }

    void malformedJsonNamesFileLineAndColumn()
    {
        const auto loaded = readJsonFile(vouch::test::dataPath("questionnaires/malformed.json"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.errors.size(), std::size_t{1});
        const auto line = loaded.errors.front().toString();
        QVERIFY2(line.find("malformed.json: invalid JSON: parse error at line 1, column") !=
                     std::string::npos,
                 line.c_str());
    }

    void invalidUtf8IsRejected()
    {
        const auto loaded = readJsonFile(vouch::test::dataPath("questionnaires/invalid-utf8.json"));
        QVERIFY(!loaded.ok());
        const auto line = loaded.errors.front().toString();
        QVERIFY2(line.find("invalid-utf8.json: invalid JSON") != std::string::npos, line.c_str());
        QVERIFY2(line.find("UTF-8") != std::string::npos, line.c_str());
    }

    // Found by the canonical-json and condition fuzzers: nlohmann throws out_of_range,
    // not parse_error, for a number no double holds, and that ended the program.
    void numberTooLargeForADoubleIsAnError()
    {
        for (const auto* text : {"[1e400]", "{\"n\": -1e999}",
                                 "[1111111111111111111111111111111111111111"
                                 "1111111111111111111111111111111111111111"
                                 "1111111111111111111111111111111111111111"
                                 "1111111111111111111111111111111111111111"
                                 "1111111111111111111111111111111111111111"
                                 "1111111111111111111111111111111111111111"
                                 "1111111111111111111111111111111111111111"
                                 "11111111111111111111111111111111111111111]"}) {
            const auto loaded = parseJsonText(text, "numbers.json");
            QVERIFY2(!loaded.ok(), text);
            QVERIFY2(loaded.errors.front().toString().starts_with(
                         "numbers.json: invalid JSON: number overflow parsing"),
                     loaded.errors.front().toString().c_str());
        }
    }

    void emptyFileIsRejected()
    {
        const auto loaded = readJsonFile(vouch::test::dataPath("questionnaires/empty.json"));
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.errors.front().message.find("invalid JSON") != std::string::npos);
    }

    void deepNestingIsRejectedBeforeParsing()
    {
        const std::string deep = std::string(100000, '[') + std::string(100000, ']');
        const auto loaded = parseJsonText(deep, "deep.json");
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.errors.front().toString(),
                 std::string("deep.json: line 1, column 65: nested deeper than 64 levels"));
    }

    void duplicateKeysAreRejectedWithKeyAndPosition()
    {
        const auto loaded = parseJsonText("{\"a\": {\"x\": 1,\n  \"x\": 2}}", "dup.json");
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.errors.front().toString(),
                 std::string("dup.json: line 2, column 3: duplicate key \"x\" in the object at /a "
                             "(each key may appear once)"));
        // The same key in different objects is fine; so is an escaped spelling of a
        // different key.
        QVERIFY(
            parseJsonText(R"({"a": {"x": 1}, "b": {"x": 2}, "x": [{"x": 1}, {"x": 2}]})", "ok.json")
                .ok());
        // An escaped spelling of the same key is the same key.
        QVERIFY(!parseJsonText(R"({"x": 1, "\u0078": 2})", "esc.json").ok());
    }

    void stringsMustBePlainText()
    {
        const auto markup = parseJsonText(R"({"list": [1, {"t": "<b>x</b>"}]})", "m.json");
        QVERIFY(!markup.ok());
        QCOMPARE(
            markup.errors.front().toString(),
            std::string("m.json: /list/1/t: contains HTML markup \"<b>\"; texts are plain text"));
        const auto nul = parseJsonText(R"(["a\u0000b"])", "n.json");
        QVERIFY(!nul.ok());
        QCOMPARE(nul.errors.front().place, std::string("/0"));
        // What a library stored before the rule still opens.
        QVERIFY(parseJsonText(R"({"t": "<b>x</b>"})", "old", kStoredJsonLimits).ok());
    }

    void rawNulEndsNothing()
    {
        // nlohmann would stop at the NUL and ignore what follows.
        const std::string text("{\"a\": 1}\0garbage", 17);
        const auto loaded = parseJsonText(text, "nul.json");
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.errors.front().place, std::string("line 1, column 9"));
    }

    void bracketsInsideStringsDoNotCount()
    {
        // {"a": "[[[...[\"]"}: brackets and an escaped quote inside a string.
        const std::string text = "{\"a\": \"" + std::string(200, '[') + "\\\"]\"}";
        QVERIFY(parseJsonText(text, "s.json").ok());
    }

    void oversizedFileIsRejectedWithoutReading()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("big.json")).toStdString();
        {
            std::ofstream out(path);
            out << '"' << std::string(2048, 'x') << '"';
        }
        const auto loaded = readJsonFile(path, JsonLimits{1024, 64});
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.errors.front().message.find("more than the limit of 1024") !=
                std::string::npos);
    }

    void missingFileAndFolderAreErrors()
    {
        QTemporaryDir dir;
        const auto missing = readJsonFile(dir.filePath(QStringLiteral("nope.json")).toStdString());
        QVERIFY(!missing.ok());
        QVERIFY(missing.errors.front().message.find("cannot read file") != std::string::npos);
        const auto folder = readJsonFile(dir.path().toStdString());
        QVERIFY(!folder.ok());
        QCOMPARE(folder.errors.front().message, std::string("is a folder, not a file"));
    }
};

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "TestJsonDocument.moc"
