// SPDX-License-Identifier: Apache-2.0
// Shared by the tests: fixture locations and readable QCOMPARE output for std types.
#pragma once

#include "model/Vocabulary.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

namespace QTest {
inline char* toString(const std::string& value)
{
    return qstrdup(value.c_str());
}

template <typename Container> char* joined(const Container& values)
{
    std::string text = "[";
    for (const auto& value : values) {
        text += (text.size() > 1 ? ", " : "") + std::string(value);
    }
    return qstrdup((text + "]").c_str());
}

inline char* toString(const std::vector<std::string>& values)
{
    return joined(values);
}
inline char* toString(const std::set<std::string>& values)
{
    return joined(values);
}
} // namespace QTest

// After the overloads above: QCOMPARE finds them by ordinary lookup only if they are
// declared before Qt Test's templates.
// clang-format off
#include <QTest>
// clang-format on

// Found by argument-dependent lookup from QCOMPARE (Qt's documented extension point);
// non-templates, so they win over QTest's generic toString.
namespace vouch::model {
inline char* wordFor(std::string_view word)
{
    return qstrdup(std::string(word).c_str());
}
inline char* toString(QuestionType value)
{
    return wordFor(spelling(value));
}
inline char* toString(Owner value)
{
    return wordFor(spelling(value));
}
inline char* toString(Severity value)
{
    return wordFor(spelling(value));
}
inline char* toString(MatrixStatus value)
{
    return wordFor(spelling(value));
}
inline char* toString(Confidence value)
{
    return wordFor(spelling(value));
}
inline char* toString(Verdict value)
{
    return wordFor(spelling(value));
}
} // namespace vouch::model

namespace vouch::test {

inline std::string dataPath(const std::string& relative)
{
    return std::string(VOUCH_TEST_DATA_DIR) + "/" + relative;
}

inline std::string shippedQuestionnairePath()
{
    return std::string(VOUCH_SOURCE_QUESTIONNAIRE_DIR) + "/azure-openai.json";
}

// A complete, clean answers file for the shipped questionnaire.
inline std::string baselineAnswersPath()
{
    return dataPath("scenarios/azure-openai-baseline.json");
}

inline nlohmann::json readJson(const std::string& path)
{
    std::ifstream stream(path);
    std::stringstream buffer;
    buffer << stream.rdbuf();
    return nlohmann::json::parse(buffer.str());
}

inline QString toQString(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace vouch::test

// QCOMPARE cannot take nlohmann::json (its implicit conversions make Qt's overloads
// ambiguous); compare the serialised forms, which also reads well on failure.
#define VOUCH_COMPARE_JSON(actual, expected)                                                       \
    QCOMPARE(nlohmann::json(actual).dump(), nlohmann::json(expected).dump())
