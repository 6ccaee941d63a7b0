// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Condition.h"
#include "model/Vocabulary.h"

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace vouch::model {

struct Source
{
    std::string id;
    std::string title;
    std::string url; // empty for documents without a public address
    std::string publisher;
    std::string asOf; // YYYY-MM-DD
    // YYYY-MM-DD: after this date the facts taken from the source must be checked again;
    // empty when the questionnaire does not say.
    std::string reverifyBy;
    Confidence confidence = Confidence::Medium;
    std::string note;
};

struct Help
{
    std::string why;
    std::vector<std::string> sources;
};

struct Option
{
    std::string value;
    std::string label;
    std::string help;
};

struct MatrixItem
{
    std::string id;
    std::string title;
    std::string description;
    Owner owner = Owner::Shared;
    std::vector<std::string> sources;
};

inline constexpr long long kDefaultTextMaxLength = 10000;

struct Question
{
    std::string id;
    QuestionType type = QuestionType::Single;
    std::string text;
    bool required = true;
    Help help;
    std::vector<Option> options;        // single, multiple
    std::vector<std::string> exclusive; // multiple: values that stand alone
    std::vector<MatrixItem> items;      // matrix
    std::optional<Condition> visibleIf;
    long long maxLength = kDefaultTextMaxLength; // text

    [[nodiscard]] const Option* option(std::string_view value) const;
    [[nodiscard]] const MatrixItem* item(std::string_view itemId) const;
    // The values an answer may take: option values, or yes/no/unknown.
    [[nodiscard]] std::vector<std::string> allowedValues() const;
};

struct Section
{
    std::string id;
    std::string title;
    std::string description;
    std::vector<Question> questions;
};

struct TierRaise
{
    std::string id;
    Condition when;
    int by = 1;
    std::string reason;
    std::vector<std::string> sources;
};

struct TierDerivation
{
    std::vector<std::string> levels; // lowest first
    std::string question;
    std::map<std::string, std::string> levelForOption;
    std::vector<TierRaise> raises;

    // Position of a level in `levels`, or nullopt.
    [[nodiscard]] std::optional<std::size_t> rank(std::string_view level) const;
};

struct Rule
{
    std::string id;
    Severity severity = Severity::Info;
    std::string title;
    std::string rationale;
    std::string recommendation;
    std::vector<std::string> sources;
    Condition when;
    // YYYY-MM-DD from which the legal duty behind the rule applies; empty: no date. Before
    // it, the finding is a watch-out that names the date, never a blocker or conflict.
    std::string appliesFrom;
};

// How an answer tells whether a control is in place: the question (and, for a matrix
// question, the item) and which of its values satisfy, deny or leave the control
// unconfirmed. A value in none of the lists says nothing about the control.
struct ControlCheck
{
    std::string question;
    std::string item; // matrix questions only
    std::vector<std::string> satisfied;
    std::vector<std::string> denied;
    std::vector<std::string> unknown;
};

struct Control
{
    std::string id;
    std::string title;
    std::string description;
    Owner owner = Owner::Customer;
    std::vector<std::string> tiers;
    std::optional<Condition> when;
    std::vector<std::string> sources;
    // Tiers (a subset of `tiers`) at which a denied check blocks sign-off.
    std::vector<std::string> mandatoryAt;
    std::vector<ControlCheck> checks;
};

// How answers given on an earlier version of the questionnaire carry over: a question
// renamed (`from` -> `to`; the same id when only values changed) and old option values
// mapped to current ones. Old ids and values are not checked (the old file is not at
// hand); the targets are, like a condition's.
struct QuestionMigration
{
    std::string from;
    std::string to;
    std::map<std::string, std::string> values; // old value -> current value
};

struct Migration
{
    std::string fromVersion;
    std::vector<QuestionMigration> questions;

    // The entry for an old question id, or nullptr (carried by id unchanged).
    [[nodiscard]] const QuestionMigration* forOldQuestion(std::string_view oldId) const;
};

// A validated questionnaire. Only QuestionnaireLoader makes these, so every reference
// inside (question ids, option values, source ids, tier levels) is known to resolve.
class Questionnaire
{
public:
    std::string format;
    std::string id;
    std::string version;
    // The language of the file's texts (BCP 47, "en", "de-DE"); empty when the file does
    // not say. A translation is a separate file with the same id and version.
    std::string locale;
    std::string title;
    std::string description;
    std::string publisher;
    std::string disclaimer;
    std::vector<Source> sources;
    std::vector<Section> sections;
    TierDerivation tier;
    std::vector<Rule> rules;
    std::vector<Control> controls;
    std::vector<Migration> migrations; // from earlier versions of this questionnaire

    [[nodiscard]] const Question* question(std::string_view questionId) const;
    [[nodiscard]] const Source* source(std::string_view sourceId) const;
    // The migration declared from `version`, or nullptr.
    [[nodiscard]] const Migration* migrationFrom(std::string_view olderVersion) const;
    // Questions in wizard order (section by section).
    [[nodiscard]] std::vector<const Question*> questionsInOrder() const;
    [[nodiscard]] std::size_t questionCount() const { return m_questionIndex.size(); }

    // Called by the loader after each question is appended, so lookups work while
    // later parts are still being read.
    void indexLastQuestion();

private:
    // question id -> (section index, question index); positions, not pointers, so a
    // copied Questionnaire stays valid.
    std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> m_questionIndex;
};

} // namespace vouch::model
