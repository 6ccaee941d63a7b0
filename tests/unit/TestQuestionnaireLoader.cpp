// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"
#include "model/QuestionnaireLoader.h"

#include <QObject>

#include <algorithm>
#include <set>

using namespace vouch::model;
using vouch::test::dataPath;
using vouch::test::readJson;

namespace {

std::string describe(const std::vector<Diagnostic>& errors)
{
    std::string text;
    for (const auto& error : errors) {
        text += "\n  " + error.toString();
    }
    return text;
}

} // namespace

class TestQuestionnaireLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimalQuestionnaireLoads()
    {
        const auto loaded = loadQuestionnaireFile(dataPath("questionnaires/minimal.json"));
        QVERIFY2(loaded.ok(), describe(loaded.errors).c_str());
        const auto& q = *loaded.value;
        QCOMPARE(q.id, std::string("test-minimal"));
        QCOMPARE(q.version, std::string("1.2.3"));
        QCOMPARE(q.sections.size(), std::size_t{2});
        QCOMPARE(q.questionCount(), std::size_t{6});
        QCOMPARE(q.rules.size(), std::size_t{4});
        QCOMPARE(q.controls.size(), std::size_t{3});

        const auto* kinds = q.question("data.kinds");
        QVERIFY(kinds != nullptr);
        QCOMPARE(kinds->type, QuestionType::Multiple);
        QCOMPARE(kinds->exclusive, std::vector<std::string>{"none"});
        QVERIFY(kinds->required);
        QVERIFY(!q.question("review.since")->required);
        QCOMPARE(q.question("review.who")->maxLength, 20LL);
        QVERIFY(q.question("review.who")->visibleIf.has_value());
        QCOMPARE(q.question("shared.matrix")->items.at(0).owner, Owner::Provider);
        QCOMPARE(q.tier.levelForOption.at("critical"), std::string("high"));
        QCOMPARE(q.tier.raises.at(0).by, 1);
        QCOMPARE(q.source("src-b")->confidence, Confidence::Low);
        QVERIFY(q.source("src-b")->url.empty());
        QVERIFY(q.question("nope") == nullptr);
    }

    void localeIsOptional()
    {
        const auto base = readJson(dataPath("questionnaires/minimal.json"));
        const auto without = loadQuestionnaire(base, "minimal.json");
        QVERIFY2(without.ok(), describe(without.errors).c_str());
        QVERIFY(without.value->locale.empty());
        auto german = base;
        german["locale"] = "de-DE";
        const auto with = loadQuestionnaire(german, "minimal.de.json");
        QVERIFY2(with.ok(), describe(with.errors).c_str());
        QCOMPARE(with.value->locale, std::string("de-DE"));
        QCOMPARE(with.value->id, without.value->id);
    }

    void copiesKeepWorkingLookups()
    {
        auto loaded = loadQuestionnaireFile(dataPath("questionnaires/minimal.json"));
        QVERIFY(loaded.ok());
        const Questionnaire copy = *loaded.value;
        loaded.value.reset();
        QCOMPARE(copy.question("shared.matrix")->text, std::string("Who does what?"));
    }

    // The snapshot cache hands out one parse per exact bytes and limits, and never lets
    // a cached success stand in for a check the caller's limits would fail, nor a
    // failure be reported under another caller's name.
    void snapshotsAreSharedOnlyWhenTheSameChecksPass()
    {
        auto first = loadQuestionnaireSnapshotFile(dataPath("questionnaires/minimal.json"));
        QVERIFY(first.ok());
        const auto bytes = first.value->canonical;
        const auto a = sharedQuestionnaireSnapshot(bytes, "a");
        const auto b = sharedQuestionnaireSnapshot(bytes, "b");
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value->get(), b.value->get());
        QCOMPARE((*a.value)->sha256, first.value->sha256);

        JsonLimits small;
        small.maxBytes = bytes.size() - 1;
        const auto tooBig = sharedQuestionnaireSnapshot(bytes, "small.json", small);
        QVERIFY(!tooBig.ok());
        QCOMPARE(tooBig.errors.front().file, std::string("small.json"));

        const std::string broken = bytes.substr(0, bytes.size() - 1);
        for (const std::string name : {"one.json", "two.json"}) {
            const auto failed = sharedQuestionnaireSnapshot(broken, name);
            QVERIFY(!failed.ok());
            QCOMPARE(failed.errors.front().file, name);
        }
    }

    // One case per error class; see tests/data/questionnaires/bad-cases.json.
    void badCasesAreRejectedPrecisely_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("expected");
        const auto manifest = readJson(dataPath("questionnaires/bad-cases.json"));
        for (const auto& badCase : manifest["cases"]) {
            QTest::newRow(badCase["name"].get<std::string>().c_str())
                << QByteArray::fromStdString(badCase["patch"].dump())
                << QByteArray::fromStdString(badCase["errors"].dump());
        }
    }
    void badCasesAreRejectedPrecisely()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, expected);
        const auto base = readJson(dataPath("questionnaires/minimal.json"));
        const auto document = base.patch(nlohmann::json::parse(patch.toStdString()));
        const auto loaded = loadQuestionnaire(document, "case.json");
        QVERIFY2(!loaded.ok(), "the loader accepted a broken questionnaire");

        const auto wanted = nlohmann::json::parse(expected.toStdString());
        QVERIFY2(loaded.errors.size() == wanted.size(),
                 ("expected " + std::to_string(wanted.size()) +
                  " error(s), got:" + describe(loaded.errors))
                     .c_str());
        for (const auto& want : wanted) {
            const auto pointer = want["pointer"].get<std::string>();
            const auto message = want["message"].get<std::string>();
            const bool found = std::any_of(
                loaded.errors.begin(), loaded.errors.end(), [&](const Diagnostic& error) {
                    return error.file == "case.json" && error.place == pointer &&
                           error.message.find(message) != std::string::npos;
                });
            QVERIFY2(found,
                     ("missing " + pointer + ": " + message + "; got:" + describe(loaded.errors))
                         .c_str());
        }
    }

    void rawFilesAreRejected_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed") << QStringLiteral("malformed.json")
                                   << QStringLiteral("invalid JSON: parse error at line 1");
        QTest::newRow("invalid UTF-8")
            << QStringLiteral("invalid-utf8.json") << QStringLiteral("ill-formed UTF-8");
        QTest::newRow("empty") << QStringLiteral("empty.json") << QStringLiteral("invalid JSON");
        QTest::newRow("array") << QStringLiteral("not-an-object.json")
                               << QStringLiteral(
                                      "/: expected a questionnaire (an object), found an array");
    }
    void rawFilesAreRejected()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const auto path = dataPath("questionnaires/" + file.toStdString());
        const auto loaded = loadQuestionnaireFile(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.errors.size(), std::size_t{1});
        const auto line = loaded.errors.front().toString();
        QVERIFY2(line.starts_with(path + ": "), line.c_str());
        QVERIFY2(line.find(message.toStdString()) != std::string::npos, line.c_str());
    }

    void deeplyNestedConditionIsRejected()
    {
        auto document = readJson(dataPath("questionnaires/minimal.json"));
        nlohmann::json condition = {{"answered", "use.tier"}};
        for (int i = 0; i < 40; ++i) {
            condition = {{"not", condition}};
        }
        document["rules"][0]["when"] = condition;
        const auto loaded = loadQuestionnaire(document, "deep.json");
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.errors.size(), std::size_t{1});
        QVERIFY(loaded.errors.front().message.find("nested deeper than 32 levels") !=
                std::string::npos);
        QVERIFY(loaded.errors.front().place.starts_with("/rules/0/when/not/not/"));
    }

    void commentKeysAreAllowedEverywhere()
    {
        auto document = readJson(dataPath("questionnaires/minimal.json"));
        document["$schema"] = "./questionnaire.schema.json";
        document["sections"][0]["questions"][0]["$comment"] = "note";
        document["rules"][0]["when"]["$comment"] = "why";
        const auto loaded = loadQuestionnaire(document, "c.json");
        QVERIFY2(loaded.ok(), describe(loaded.errors).c_str());
    }

    void shippedQuestionnaireLoads()
    {
        const auto loaded = loadQuestionnaireFile(vouch::test::shippedQuestionnairePath());
        QVERIFY2(loaded.ok(), describe(loaded.errors).c_str());
        QCOMPARE(loaded.value->id, std::string("azure-openai"));
        QCOMPARE(loaded.value->version, std::string("1.1.0"));
    }

    // Everything Vouch tells an officer about the vendor must trace to a dated source.
    void shippedQuestionnaireCitesEverySourceItDefines()
    {
        const auto loaded = loadQuestionnaireFile(vouch::test::shippedQuestionnairePath());
        QVERIFY(loaded.ok());
        const auto& q = *loaded.value;
        std::set<std::string> cited;
        const auto cite = [&](const std::vector<std::string>& ids) {
            cited.insert(ids.begin(), ids.end());
        };
        for (const auto* question : q.questionsInOrder()) {
            cite(question->help.sources);
            for (const auto& item : question->items) {
                cite(item.sources);
            }
        }
        for (const auto& rule : q.rules) {
            cite(rule.sources);
        }
        for (const auto& control : q.controls) {
            cite(control.sources);
        }
        for (const auto& raise : q.tier.raises) {
            cite(raise.sources);
        }
        for (const auto& source : q.sources) {
            QVERIFY2(cited.contains(source.id), ("source never cited: " + source.id).c_str());
            QVERIFY(!source.asOf.empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestQuestionnaireLoader)
#include "TestQuestionnaireLoader.moc"
