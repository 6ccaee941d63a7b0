// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"
#include "model/FastJsonReader.h"
#include "model/JsonDocument.h"

#include <QDirIterator>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>

#include <fstream>

using namespace vouch::model;

namespace {

// The same tree down to the type of every number: nlohmann keeps 1 as unsigned, -1 as
// signed and 1.0 as a double, and readers ask for those types.
bool sameTree(const nlohmann::json& a, const nlohmann::json& b)
{
    if (a.type() != b.type()) {
        return false;
    }
    if (a.is_object()) {
        if (a.size() != b.size()) {
            return false;
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!b.contains(it.key()) || !sameTree(it.value(), b.at(it.key()))) {
                return false;
            }
        }
        return true;
    }
    if (a.is_array()) {
        if (a.size() != b.size()) {
            return false;
        }
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!sameTree(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }
    return a == b;
}

std::string fileText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
}

} // namespace

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

    // The quick reader (simdjson) only ever accepts what nlohmann's parser reads to the
    // very same tree; every JSON file the tests and the fuzz corpus hold is tried.
    void quickReaderAgreesWithNlohmann()
    {
        int accepted = 0;
        int files = 0;
        for (const auto& root :
             {vouch::test::dataPath(""), std::string(VOUCH_SOURCE_QUESTIONNAIRE_DIR)}) {
            QDirIterator it(QString::fromStdString(root), QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const auto text = fileText(path);
                ++files;
                for (const bool plain : {true, false}) {
                    JsonLimits limits;
                    limits.plainTextStrings = plain;
                    const auto quick = parseValidJsonQuickly(text, limits);
                    if (!quick) {
                        continue;
                    }
                    ++accepted;
                    const auto loaded = parseJsonText(text, "x.json", limits);
                    QVERIFY2(loaded.ok(), qPrintable(path));
                    const auto plainTree = nlohmann::json::parse(text, nullptr, false);
                    QVERIFY2(!plainTree.is_discarded(), qPrintable(path));
                    QVERIFY2(sameTree(*quick, plainTree), qPrintable(path));
                }
            }
        }
        QVERIFY(files > 50);
        QVERIFY(accepted > 50);
        // The shipped questionnaire is what every verify reads: it must take the quick way.
        JsonLimits limits;
        QVERIFY(parseValidJsonQuickly(
            fileText(QString::fromStdString(vouch::test::shippedQuestionnairePath())), limits));
    }

    void quickReaderLeavesProblemsToTheStrictReader_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("strictAccepts");
        // Valid, but the quick reader leaves them to nlohmann: its tree differs (-0 is a
        // signed integer there), or simdjson cannot hold the number.
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{}") << true;
        QTest::newRow("integer too large") << QByteArray("[18446744073709551616]") << true;
        QTest::newRow("negative zero") << QByteArray("[-0]") << true;
        QTest::newRow("negative zero member") << QByteArray(R"({"a":-0})") << true;
        QTest::newRow("duplicate key") << QByteArray(R"({"a": 1, "a": 1})") << false;
        QTest::newRow("duplicate nested key")
            << QByteArray(R"([{"b": {"a": 1, "a": 2}}])") << false;
        QTest::newRow("too deep") << QByteArray(65, '[') + QByteArray(65, ']') << false;
        QTest::newRow("markup") << QByteArray(R"({"a": "<b>x</b>"})") << false;
        QTest::newRow("markup in a key") << QByteArray(R"({"<b>": 1})") << false;
        QTest::newRow("escaped control character") << QByteArray(R"(["a\u0007"])") << false;
        QTest::newRow("number too large") << QByteArray("[1e400]") << false;
        QTest::newRow("raw tab in a string") << QByteArray("[\"a\tb\"]") << false;
        QTest::newRow("invalid UTF-8") << QByteArray("[\"\xC3\x28\"]") << false;
        QTest::newRow("lone surrogate") << QByteArray(R"(["\ud800"])") << false;
        QTest::newRow("trailing comma") << QByteArray("[1,]") << false;
        QTest::newRow("comment") << QByteArray("[1] // no") << false;
        QTest::newRow("two documents") << QByteArray("[1] [2]") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void quickReaderLeavesProblemsToTheStrictReader()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, strictAccepts);
        const JsonLimits limits;
        QVERIFY(!parseValidJsonQuickly(text.toStdString(), limits));
        QCOMPARE(parseJsonText(text.toStdString(), "x.json", limits).ok(), strictAccepts);
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
