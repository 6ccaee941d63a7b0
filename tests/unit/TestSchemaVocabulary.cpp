// SPDX-License-Identifier: Apache-2.0
// The JSON Schema for editors and the loader must agree on every closed word list.
#include "TestSupport.h"
#include "model/QuestionnaireLoader.h"
#include "model/Vocabulary.h"

#include <QObject>

#include <set>

using namespace vouch::model;

namespace {

std::set<std::string> asSet(std::span<const std::string_view> words)
{
    return {words.begin(), words.end()};
}

std::set<std::string> schemaEnum(const nlohmann::json& schema, const std::string& name)
{
    const auto& values = schema["$defs"][name]["enum"];
    return {values.begin(), values.end()};
}

} // namespace

class TestSchemaVocabulary : public QObject
{
    Q_OBJECT

private:
    nlohmann::json m_schema;

private Q_SLOTS:
    void initTestCase()
    {
        m_schema = vouch::test::readJson(std::string(VOUCH_SOURCE_QUESTIONNAIRE_DIR) +
                                         "/questionnaire.schema.json");
    }

    void enumsMatchTheLoader()
    {
        QCOMPARE(schemaEnum(m_schema, "questionType"), asSet(questionTypeNames()));
        QCOMPARE(schemaEnum(m_schema, "owner"), asSet(ownerNames()));
        QCOMPARE(schemaEnum(m_schema, "severity"), asSet(severityNames()));
        QCOMPARE(schemaEnum(m_schema, "matrixStatus"), asSet(matrixStatusNames()));
        QCOMPARE(schemaEnum(m_schema, "confidence"), asSet(confidenceNames()));
    }

    void conditionOperatorsMatchTheLoader()
    {
        std::set<std::string> schemaOperators;
        for (const auto& branch : m_schema["$defs"]["condition"]["oneOf"]) {
            schemaOperators.insert(branch["required"][0].get<std::string>());
        }
        QCOMPARE(schemaOperators, asSet(conditionOperatorNames()));
    }

    void formatNameMatchesTheLoader()
    {
        QCOMPARE(m_schema["properties"]["format"]["const"].get<std::string>(),
                 std::string(kQuestionnaireFormat));
    }
};

QTEST_GUILESS_MAIN(TestSchemaVocabulary)
#include "TestSchemaVocabulary.moc"
