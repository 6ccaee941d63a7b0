// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"
#include "model/CanonicalJson.h"

#include <QByteArray>
#include <QObject>

#include <nlohmann/json.hpp>

#include <array>
#include <bit>
#include <cstdint>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

using namespace vouch::model;
using nlohmann::json;

namespace {

// Fixture bytes exactly as stored: the expected canonical files have no trailing newline.
std::string readBytes(const std::string& path)
{
    std::ifstream stream(path, std::ios::binary);
    std::stringstream buffer;
    buffer << stream.rdbuf();
    return buffer.str();
}

// The canonical bytes, or the error in a form that cannot be mistaken for JSON, so one
// QCOMPARE shows either problem.
std::string canonicalOrError(const json& value)
{
    const CanonicalResult result = canonicalJson(value);
    return result.bytes ? *result.bytes : "<error: " + result.error + ">";
}

std::string utf8(const QString& text)
{
    return text.toStdString();
}

std::string bytes(const QByteArray& data)
{
    return data.toStdString();
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

constexpr std::int64_t twoTo53 = std::int64_t{1} << 53;

// Malformed UTF-8 of every kind a strict decoder must refuse.
void addInvalidUtf8Rows()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("lone continuation byte") << QByteArray("\x80");
    QTest::newRow("truncated two-byte sequence") << QByteArray("\xc3");
    QTest::newRow("truncated at the end") << QByteArray("abc\xe2\x82");
    QTest::newRow("truncated four-byte sequence") << QByteArray("\xf0\x9f\x98");
    QTest::newRow("second byte not a continuation") << QByteArray("\xc3\x28");
    QTest::newRow("overlong '/' (C0 AF)") << QByteArray("\xc0\xaf");
    QTest::newRow("overlong C1 lead") << QByteArray("\xc1\xbf");
    QTest::newRow("overlong three-byte") << QByteArray("\xe0\x80\xaf");
    QTest::newRow("overlong four-byte") << QByteArray("\xf0\x80\x80\xaf");
    QTest::newRow("surrogate U+D800") << QByteArray("\xed\xa0\x80");
    QTest::newRow("surrogate U+DFFF") << QByteArray("\xed\xbf\xbf");
    QTest::newRow("CESU-8 surrogate pair") << QByteArray("\xed\xa0\xbd\xed\xb8\x80");
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
    QTest::newRow("F5 lead") << QByteArray("\xf5\x80\x80\x80");
    QTest::newRow("FF byte") << QByteArray("ok\xff");
}

} // namespace

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Whole documents against stored expected bytes: the RFC's own examples and a
    // larger document whose expected form came from Node.js (see tests/data/jcs).
    void fixtures_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("RFC 8785 3.2.2 sample")
            << QStringLiteral("jcs/rfc8785-3.2.2-input.json")
            << QStringLiteral("jcs/rfc8785-3.2.2-canonical.json");
        QTest::newRow("RFC 8785 3.2.3 sorting")
            << QStringLiteral("jcs/rfc8785-3.2.3-input.json")
            << QStringLiteral("jcs/rfc8785-3.2.3-canonical.json");
        QTest::newRow("nested document")
            << QStringLiteral("jcs/nested.json") << QStringLiteral("jcs/nested-canonical.json");
    }
    void fixtures()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const json value = vouch::test::readJson(vouch::test::dataPath(utf8(input)));
        QCOMPARE(canonicalOrError(value), readBytes(vouch::test::dataPath(utf8(expected))));
    }

    // Section 3.2.3 states the order as the sequence of values; check it in those terms
    // too, independently of the stored output.
    void sortingFollowsRfcValueOrder()
    {
        const json value =
            vouch::test::readJson(vouch::test::dataPath("jcs/rfc8785-3.2.3-input.json"));
        const CanonicalResult result = canonicalJson(value);
        QVERIFY2(result.bytes.has_value(), result.error.c_str());
        std::vector<std::string> values;
        for (const auto& member : nlohmann::ordered_json::parse(*result.bytes)) {
            values.push_back(member.get<std::string>());
        }
        const std::vector<std::string> expected{"Carriage Return",
                                                "One",
                                                "Control",
                                                "Latin Small Letter O With Diaeresis",
                                                "Euro Sign",
                                                "Emoji: Grinning Face",
                                                "Hebrew Letter Dalet With Dagesh"};
        QCOMPARE(values, expected);
    }

    void appendixBHasEveryRow()
    {
        const json table =
            vouch::test::readJson(vouch::test::dataPath("jcs/rfc8785-appendix-b.json"));
        QCOMPARE(table.at("rows").size(), std::size_t{26});
    }

    void appendixB_data()
    {
        QTest::addColumn<quint64>("bits");
        QTest::addColumn<bool>("representable");
        QTest::addColumn<QString>("expected");
        const json table =
            vouch::test::readJson(vouch::test::dataPath("jcs/rfc8785-appendix-b.json"));
        for (const auto& row : table.at("rows")) {
            const auto hex = row.at("ieee754").get<std::string>();
            const auto comment = row.at("comment").get<std::string>();
            const json& text = row.at("json");
            const std::string name = comment.empty() ? hex : hex + " " + comment;
            QTest::addRow("%s", name.c_str())
                << quint64{std::stoull(hex, nullptr, 16)} << !text.is_null()
                << (text.is_null() ? QString() : vouch::test::toQString(text.get<std::string>()));
        }
    }
    void appendixB()
    {
        QFETCH(quint64, bits);
        QFETCH(bool, representable);
        QFETCH(QString, expected);
        const json value(std::bit_cast<double>(bits));
        const CanonicalResult result = canonicalJson(value);
        if (representable) {
            QCOMPARE(canonicalOrError(value), utf8(expected));
        } else {
            QVERIFY(!result.bytes.has_value());
            QVERIFY2(contains(result.error, "has no JSON representation"), result.error.c_str());
        }
    }

    // More doubles around the layout boundaries of Number::toString; expected values
    // from Node.js JSON.stringify.
    void doubles_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1.0") << 1.0 << QStringLiteral("1");
        QTest::newRow("-1.0") << -1.0 << QStringLiteral("-1");
        QTest::newRow("-0.0") << -0.0 << QStringLiteral("0");
        QTest::newRow("100.0") << 100.0 << QStringLiteral("100");
        QTest::newRow("0.5") << 0.5 << QStringLiteral("0.5");
        QTest::newRow("0.1") << 0.1 << QStringLiteral("0.1");
        QTest::newRow("-1.5") << -1.5 << QStringLiteral("-1.5");
        QTest::newRow("4.50") << 4.50 << QStringLiteral("4.5");
        QTest::newRow("2e-3") << 2e-3 << QStringLiteral("0.002");
        QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
        QTest::newRow("1/3") << 1.0 / 3.0 << QStringLiteral("0.3333333333333333");
        QTest::newRow("-2/3") << -2.0 / 3.0 << QStringLiteral("-0.6666666666666666");
        QTest::newRow("123456.789") << 123456.789 << QStringLiteral("123456.789");
        QTest::newRow("1e15 + 0.3") << 1e15 + 0.3 << QStringLiteral("1000000000000000.2");
        QTest::newRow("1e16") << 1e16 << QStringLiteral("10000000000000000");
        QTest::newRow("2^53 + 2 as a double")
            << 9007199254740994.0 << QStringLiteral("9007199254740994");
        QTest::newRow("2^64 as a double")
            << 18446744073709551616.0 << QStringLiteral("18446744073709552000");
        // 0x4415af1d78b58c40: n = 21 is still written out in full.
        QTest::newRow("1e20") << 1e20 << QStringLiteral("100000000000000000000");
        QTest::newRow("1e21") << 1e21 << QStringLiteral("1e+21");
        QTest::newRow("1.5e21") << 1.5e21 << QStringLiteral("1.5e+21");
        QTest::newRow("123e20") << 123e20 << QStringLiteral("1.23e+22");
        QTest::newRow("1e100") << 1e100 << QStringLiteral("1e+100");
        QTest::newRow("1e300") << 1e300 << QStringLiteral("1e+300");
        QTest::newRow("0.000123") << 0.000123 << QStringLiteral("0.000123");
        QTest::newRow("1e-6") << 1e-6 << QStringLiteral("0.000001");
        QTest::newRow("1.5e-6") << 1.5e-6 << QStringLiteral("0.0000015");
        QTest::newRow("5e-7") << 5e-7 << QStringLiteral("5e-7");
        QTest::newRow("1e-7") << 1e-7 << QStringLiteral("1e-7");
        QTest::newRow("-1e-7") << -1e-7 << QStringLiteral("-1e-7");
        QTest::newRow("1.5e-7") << 1.5e-7 << QStringLiteral("1.5e-7");
        QTest::newRow("1.2345e-10") << 1.2345e-10 << QStringLiteral("1.2345e-10");
        QTest::newRow("smallest normal")
            << std::numeric_limits<double>::min() << QStringLiteral("2.2250738585072014e-308");
    }
    void doubles()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(canonicalOrError(json(value)), utf8(expected));
    }

    void nonFiniteNumbersFail_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN()
                             << QStringLiteral("NaN has no JSON representation");
        QTest::newRow("Infinity") << std::numeric_limits<double>::infinity()
                                  << QStringLiteral("Infinity has no JSON representation");
        QTest::newRow("-Infinity") << -std::numeric_limits<double>::infinity()
                                   << QStringLiteral("-Infinity has no JSON representation");
    }
    void nonFiniteNumbersFail()
    {
        QFETCH(double, value);
        QFETCH(QString, message);
        const CanonicalResult result = canonicalJson(json(value));
        QVERIFY(!result.bytes.has_value());
        QCOMPARE(result.error, utf8(message));
    }

    // Integers as the parser stores them (int64 or uint64).
    void integers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0") << QStringLiteral("0") << QStringLiteral("0");
        QTest::newRow("-0") << QStringLiteral("-0") << QStringLiteral("0");
        QTest::newRow("1") << QStringLiteral("1") << QStringLiteral("1");
        QTest::newRow("-1") << QStringLiteral("-1") << QStringLiteral("-1");
        QTest::newRow("1000000") << QStringLiteral("1000000") << QStringLiteral("1000000");
        QTest::newRow("2^53 - 1") << QStringLiteral("9007199254740991")
                                  << QStringLiteral("9007199254740991");
        QTest::newRow("2^53") << QStringLiteral("9007199254740992")
                              << QStringLiteral("9007199254740992");
        QTest::newRow("-2^53") << QStringLiteral("-9007199254740992")
                               << QStringLiteral("-9007199254740992");
        // Beyond 2^53, integers that are exactly how JCS writes a double: canonical output
        // must read back and canonicalise to itself (the canonical-json fuzzer found that
        // "3333333333333333333.3" canonicalised to digits that were then refused).
        QTest::newRow("2^53 + 2, the double's own digits")
            << QStringLiteral("9007199254740994") << QStringLiteral("9007199254740994");
        QTest::newRow("3.3333333333333335e18 written out")
            << QStringLiteral("3333333333333333500") << QStringLiteral("3333333333333333500");
        QTest::newRow("the double nearest int64 max, written out")
            << QStringLiteral("9223372036854776000") << QStringLiteral("9223372036854776000");
        QTest::newRow("exponent form is a double")
            << QStringLiteral("1E2") << QStringLiteral("100");
        QTest::newRow("fraction form is a double")
            << QStringLiteral("7.000") << QStringLiteral("7");
    }
    void integers()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(canonicalOrError(json::parse(utf8(text))), utf8(expected));
    }

    void integersBeyond2To53Fail_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("2^53 + 1") << QStringLiteral("9007199254740993");
        QTest::newRow("-(2^53 + 1)") << QStringLiteral("-9007199254740993");
        QTest::newRow("a digit the double would drop") << QStringLiteral("3333333333333333501");
        QTest::newRow("int64 max") << QStringLiteral("9223372036854775807");
        QTest::newRow("int64 min") << QStringLiteral("-9223372036854775808");
        QTest::newRow("uint64 max") << QStringLiteral("18446744073709551615");
    }
    void integersBeyond2To53Fail()
    {
        QFETCH(QString, text);
        const CanonicalResult result = canonicalJson(json::parse(utf8(text)));
        QVERIFY(!result.bytes.has_value());
        QCOMPARE(result.error, "integer " + utf8(text) +
                                   " is outside the range a JSON number can hold exactly "
                                   "(-2^53 to 2^53) and would change as a double");
    }

    // The same limits for values built in code, whichever integer type nlohmann picks.
    void integerLimitsForEveryStorageType()
    {
        QCOMPARE(canonicalOrError(json(std::int64_t{twoTo53})), std::string("9007199254740992"));
        QCOMPARE(canonicalOrError(json(std::int64_t{-twoTo53})), std::string("-9007199254740992"));
        QCOMPARE(canonicalOrError(json(std::uint64_t{1} << 53U)), std::string("9007199254740992"));
        QVERIFY(!canonicalJson(json(std::int64_t{twoTo53 + 1})).bytes.has_value());
        QVERIFY(!canonicalJson(json(std::int64_t{-twoTo53 - 1})).bytes.has_value());
        QVERIFY(!canonicalJson(json((std::uint64_t{1} << 53U) + 1U)).bytes.has_value());
        QVERIFY(!canonicalJson(json(std::numeric_limits<std::int64_t>::min())).bytes.has_value());
        QVERIFY(!canonicalJson(json(std::numeric_limits<std::uint64_t>::max())).bytes.has_value());
    }

    void controlCharactersAreEscaped_data()
    {
        QTest::addColumn<int>("character");
        QTest::addColumn<QString>("expected");
        static constexpr std::array<const char*, 32> escapes{
            "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
            "\\b",     "\\t",     "\\n",     "\\u000b", "\\f",     "\\r",     "\\u000e", "\\u000f",
            "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
            "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f"};
        for (int c = 0; c < 32; ++c) {
            QTest::addRow("U+%04X", c)
                << c << QString::fromUtf8(escapes[static_cast<std::size_t>(c)]);
        }
        QTest::newRow("quotation mark") << int{'"'} << QStringLiteral("\\\"");
        QTest::newRow("reverse solidus") << int{'\\'} << QStringLiteral("\\\\");
    }
    void controlCharactersAreEscaped()
    {
        QFETCH(int, character);
        QFETCH(QString, expected);
        const std::string text(1, static_cast<char>(character));
        const std::string quoted = '"' + utf8(expected) + '"';
        QCOMPARE(canonicalOrError(json(text)), quoted);
        // Member names are escaped the same way.
        QCOMPARE(canonicalOrError(json{{text, 1}}), "{" + quoted + ":1}");
    }

    // Everything but '"', '\' and C0 controls is written as it is, including DEL, the
    // JavaScript line terminators and '/'.
    void otherCharactersStayRaw_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("solidus") << QByteArray("a/b");
        QTest::newRow("HTML-sensitive") << QByteArray("<script>&'</script>");
        QTest::newRow("space") << QByteArray(" ");
        QTest::newRow("U+007F delete") << QByteArray("\x7f");
        QTest::newRow("U+0080") << QByteArray("\xc2\x80");
        QTest::newRow("U+00E9") << QByteArray("\xc3\xa9");
        QTest::newRow("U+0800") << QByteArray("\xe0\xa0\x80");
        QTest::newRow("U+2028 line separator") << QByteArray("\xe2\x80\xa8");
        QTest::newRow("U+2029 paragraph separator") << QByteArray("\xe2\x80\xa9");
        QTest::newRow("U+D7FF") << QByteArray("\xed\x9f\xbf");
        QTest::newRow("U+E000") << QByteArray("\xee\x80\x80");
        QTest::newRow("U+FEFF byte order mark") << QByteArray("\xef\xbb\xbf");
        QTest::newRow("U+FFFF") << QByteArray("\xef\xbf\xbf");
        QTest::newRow("U+10000") << QByteArray("\xf0\x90\x80\x80");
        QTest::newRow("U+1F600") << QByteArray("\xf0\x9f\x98\x80");
        QTest::newRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf");
    }
    void otherCharactersStayRaw()
    {
        QFETCH(QByteArray, data);
        QCOMPARE(canonicalOrError(json(bytes(data))), '"' + bytes(data) + '"');
    }

    void structure_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty object") << QStringLiteral(" { } ") << QStringLiteral("{}");
        QTest::newRow("empty array") << QStringLiteral(" [ ] ") << QStringLiteral("[]");
        QTest::newRow("empty containers nested") << QStringLiteral("[ {}, [], {\"a\": {}}, [[ ]] ]")
                                                 << QStringLiteral("[{},[],{\"a\":{}},[[]]]");
        QTest::newRow("whitespace removed")
            << QStringLiteral("{ \"b\" : [ 1 , 2 ] ,\n\t\"a\" : null }")
            << QStringLiteral("{\"a\":null,\"b\":[1,2]}");
        QTest::newRow("array order kept")
            << QStringLiteral("[3, 1, 2, \"b\", \"a\"]") << QStringLiteral("[3,1,2,\"b\",\"a\"]");
        QTest::newRow("sorted at every level")
            << QStringLiteral("{\"b\": {\"z\": 1, \"y\": {\"d\": 1, \"c\": 2}}, "
                              "\"a\": [{\"f\": 1, \"e\": 2}]}")
            << QStringLiteral(
                   "{\"a\":[{\"e\":2,\"f\":1}],\"b\":{\"y\":{\"c\":2,\"d\":1},\"z\":1}}");
        QTest::newRow("literals") << QStringLiteral("[true, false, null]")
                                  << QStringLiteral("[true,false,null]");
        QTest::newRow("top-level string")
            << QStringLiteral("\"text\"") << QStringLiteral("\"text\"");
        QTest::newRow("top-level true") << QStringLiteral("true") << QStringLiteral("true");
        QTest::newRow("top-level null") << QStringLiteral("null") << QStringLiteral("null");
        QTest::newRow("escaped solidus unescaped")
            << QStringLiteral("\"\\/\"") << QStringLiteral("\"/\"");
        QTest::newRow("unicode escape decoded")
            << QStringLiteral("\"\\u00e9\\u20ac\"") << QStringLiteral("\"\u00e9\u20ac\"");
        QTest::newRow("names shorter first, uppercase first")
            << QStringLiteral("{\"ab\": 1, \"a\": 2, \"\": 3, \"b\": 4, \"B\": 5}")
            << QStringLiteral("{\"\":3,\"B\":5,\"a\":2,\"ab\":1,\"b\":4}");
        QTest::newRow("numeric names sort as text")
            << QStringLiteral("{\"10\": 1, \"9\": 2, \"1\": 3}")
            << QStringLiteral("{\"1\":3,\"10\":1,\"9\":2}");
        QTest::newRow("escaped names sort by their characters")
            << QStringLiteral("{\"\\\"\": 2, \"\\n\": 1, \"\\\\\": 3}")
            << QStringLiteral("{\"\\n\":1,\"\\\"\":2,\"\\\\\":3}");
    }
    void structure()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(canonicalOrError(json::parse(utf8(input))), utf8(expected));
    }

    // UTF-8 byte order would put U+E000..U+FFFF before every astral character; JCS's
    // UTF-16 order puts them after, because surrogates are D800..DFFF.
    void namesSortByUtf16CodeUnits_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("U+10000 before U+E000")
            << QStringLiteral("{\"\\ue000\": 1, \"\\ud800\\udc00\": 2}")
            << QStringLiteral("{\"\U00010000\":2,\"\ue000\":1}");
        QTest::newRow("U+1F600 before U+FFFF")
            << QStringLiteral("{\"\\uffff\": 1, \"\\ud83d\\ude00\": 2}")
            << QStringLiteral("{\"\U0001F600\":2,\"\uffff\":1}");
        QTest::newRow("U+FB33 after U+1F600 (RFC 3.2.3)")
            << QStringLiteral("{\"\\ufb33\": 1, \"\\ud83d\\ude00\": 2}")
            << QStringLiteral("{\"\U0001F600\":2,\"\ufb33\":1}");
        QTest::newRow("U+D7FF before U+10000")
            << QStringLiteral("{\"\\ud800\\udc00\": 1, \"\\ud7ff\": 2}")
            << QStringLiteral("{\"\ud7ff\":2,\"\U00010000\":1}");
        QTest::newRow("astral by surrogates")
            << QStringLiteral(
                   "{\"\\udbff\\udfff\": 1, \"\\ud83d\\ude00\": 2, \"\\ud800\\udc00\": 3}")
            << QStringLiteral("{\"\U00010000\":3,\"\U0001F600\":2,\"\U0010FFFF\":1}");
        QTest::newRow("U+007F before U+0080") << QStringLiteral("{\"\\u0080\": 1, \"\\u007f\": 2}")
                                              << QString::fromUtf8("{\"\x7f\":2,\"\xc2\x80\":1}");
        QTest::newRow("common prefix, astral second")
            << QStringLiteral("{\"a\\uffff\": 1, \"a\\ud83d\\ude00\": 2, \"a\": 3}")
            << QStringLiteral("{\"a\":3,\"a\U0001F600\":2,\"a\uffff\":1}");
    }
    void namesSortByUtf16CodeUnits()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(canonicalOrError(json::parse(utf8(input))), utf8(expected));
    }

    void invalidUtf8StringFails_data() { addInvalidUtf8Rows(); }
    void invalidUtf8StringFails()
    {
        QFETCH(QByteArray, data);
        const json value = {{"fine", "text"}, {"list", json::array({1, bytes(data)})}};
        const CanonicalResult result = canonicalJson(value);
        QVERIFY(!result.bytes.has_value());
        QCOMPARE(result.error, std::string("/list/1: string is not valid UTF-8"));
    }

    void invalidUtf8NameFails_data() { addInvalidUtf8Rows(); }
    void invalidUtf8NameFails()
    {
        QFETCH(QByteArray, data);
        const json value = {{"outer", {{"a", 1}, {bytes(data), 2}}}};
        const CanonicalResult result = canonicalJson(value);
        QVERIFY(!result.bytes.has_value());
        QCOMPARE(result.error, std::string("/outer: member name is not valid UTF-8"));
    }

    void errorsNameTheJsonPointer()
    {
        json value = {{"a", json::array({1, {{"b~/c", 0}}})}};
        value["a"][1]["b~/c"] = std::numeric_limits<double>::quiet_NaN();
        QCOMPARE(canonicalJson(value).error,
                 std::string("/a/1/b~0~1c: NaN has no JSON representation"));
        value["a"][1]["b~/c"] = std::uint64_t{9007199254740993U};
        QCOMPARE(canonicalJson(value).error,
                 std::string("/a/1/b~0~1c: integer 9007199254740993 is outside the range a "
                             "JSON number can hold exactly (-2^53 to 2^53) and would change as "
                             "a double"));
        QCOMPARE(canonicalJson(json(std::int64_t{-twoTo53 - 1})).error,
                 std::string("integer -9007199254740993 is outside the range a JSON number "
                             "can hold exactly (-2^53 to 2^53) and would change as a double"));
    }

    void successHasNoError()
    {
        const CanonicalResult result = canonicalJson(json{{"a", 1}});
        QCOMPARE(result.bytes.value_or(""), std::string("{\"a\":1}"));
        QVERIFY(result.error.empty());
    }

    void binaryValuesFail()
    {
        const CanonicalResult result =
            canonicalJson(json{{"blob", json::binary(std::vector<std::uint8_t>{1, 2, 3})}});
        QVERIFY(!result.bytes.has_value());
        QCOMPARE(result.error, std::string("/blob: binary data has no JSON representation"));
    }

    // canonical(parse(canonical(x))) == canonical(x), and the canonical form still
    // holds the same data.
    void idempotent_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("nested fixture")
            << vouch::test::toQString(vouch::test::dataPath("jcs/nested.json"));
        QTest::newRow("RFC 8785 3.2.2 sample")
            << vouch::test::toQString(vouch::test::dataPath("jcs/rfc8785-3.2.2-input.json"));
        QTest::newRow("baseline answers")
            << vouch::test::toQString(vouch::test::baselineAnswersPath());
        QTest::newRow("shipped questionnaire")
            << vouch::test::toQString(vouch::test::shippedQuestionnairePath());
    }
    void idempotent()
    {
        QFETCH(QString, path);
        const json original = vouch::test::readJson(utf8(path));
        const CanonicalResult first = canonicalJson(original);
        QVERIFY2(first.bytes.has_value(), first.error.c_str());
        const json reparsed = json::parse(*first.bytes);
        QVERIFY(reparsed == original);
        QCOMPARE(canonicalOrError(reparsed), *first.bytes);
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "TestCanonicalJson.moc"
