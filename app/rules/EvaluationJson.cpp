// SPDX-License-Identifier: Apache-2.0
#include "rules/EvaluationJson.h"

namespace vouch::rules {
namespace {

using nlohmann::json;

json sourcesToJson(const std::vector<std::string>& ids, const model::Questionnaire& questionnaire)
{
    auto list = json::array();
    for (const auto& id : ids) {
        const auto* source = questionnaire.source(id);
        if (source == nullptr) {
            continue;
        }
        json entry{{"id", source->id},
                   {"title", source->title},
                   {"as_of", source->asOf},
                   {"confidence", std::string(model::spelling(source->confidence))}};
        if (!source->url.empty()) {
            entry["url"] = source->url;
        }
        list.push_back(std::move(entry));
    }
    return list;
}

json citationsToJson(const std::vector<AnswerCitation>& citations)
{
    auto list = json::array();
    for (const auto& citation : citations) {
        json entry{{"question", citation.question}, {"value", citation.value}};
        if (!citation.item.empty()) {
            entry["item"] = citation.item;
        }
        list.push_back(std::move(entry));
    }
    return list;
}

json tierToJson(const TierResult& tier, const model::Questionnaire& questionnaire)
{
    json explanation{{"levels", questionnaire.tier.levels}};
    if (tier.base) {
        explanation["base"] = {{"question", tier.base->question},
                               {"value", tier.base->value},
                               {"level", tier.baseLevel}};
    } else {
        explanation["base"] = nullptr;
    }
    auto raises = json::array();
    for (const auto& raise : tier.raises) {
        raises.push_back({{"id", raise.id},
                          {"reason", raise.reason},
                          {"by", raise.by},
                          {"sources", sourcesToJson(raise.sources, questionnaire)},
                          {"because", citationsToJson(raise.because)}});
    }
    explanation["raises"] = std::move(raises);
    return explanation;
}

json findingsToJson(const std::vector<Finding>& findings, const model::Questionnaire& questionnaire)
{
    auto list = json::array();
    for (const auto& finding : findings) {
        json entry{{"id", finding.id},
                   {"severity", std::string(model::spelling(finding.severity))},
                   {"title", finding.title},
                   {"rationale", finding.rationale},
                   {"recommendation", finding.recommendation},
                   {"sources", sourcesToJson(finding.sources, questionnaire)},
                   {"because", citationsToJson(finding.because)}};
        // Only dated duties carry their date, so the evaluation of a questionnaire without
        // dates stays byte for byte what it was and signatures made over it keep verifying.
        if (!finding.appliesFrom.empty()) {
            entry["applies_from"] = finding.appliesFrom;
            entry["in_force"] = finding.inForce;
        }
        list.push_back(std::move(entry));
    }
    return list;
}

json controlsToJson(const Evaluation& evaluation, const model::Questionnaire& questionnaire)
{
    auto list = json::array();
    for (std::size_t i = 0; i < evaluation.requiredControls.size(); ++i) {
        const auto* control = evaluation.requiredControls[i];
        const auto status =
            i < evaluation.controlStatus.size() ? evaluation.controlStatus[i] : ControlStatus{};
        json entry{{"id", control->id},
                   {"title", control->title},
                   {"description", control->description},
                   {"owner", std::string(model::spelling(control->owner))},
                   {"sources", sourcesToJson(control->sources, questionnaire)}};
        // Only controls with checks carry a status: the evaluation of a questionnaire
        // without checks stays byte for byte what it was, so signatures made over it
        // keep verifying.
        if (!control->checks.empty()) {
            entry["status"] = std::string(spelling(status.state));
            entry["mandatory"] = status.mandatory;
        }
        list.push_back(std::move(entry));
    }
    return list;
}

json responsibilityToJson(const std::vector<ResponsibilityRow>& rows)
{
    auto list = json::array();
    for (const auto& row : rows) {
        list.push_back({{"question", row.question},
                        {"item", row.item},
                        {"title", row.title},
                        {"owner", std::string(model::spelling(row.owner))},
                        {"status", row.status ? json(std::string(model::spelling(*row.status)))
                                              : json(nullptr)},
                        {"evidence", row.evidence}});
    }
    return list;
}

json severityCounts(const std::vector<Finding>& findings)
{
    json counts = json::object();
    for (const auto name : model::severityNames()) {
        counts[std::string(name)] = 0;
    }
    for (const auto& finding : findings) {
        auto& count = counts[std::string(model::spelling(finding.severity))];
        count = count.get<int>() + 1;
    }
    return counts;
}

json reverifyToJson(const std::vector<const model::Source*>& sources)
{
    auto list = json::array();
    for (const auto* source : sources) {
        json entry{{"id", source->id},
                   {"title", source->title},
                   {"as_of", source->asOf},
                   {"reverify_by", source->reverifyBy},
                   {"confidence", std::string(model::spelling(source->confidence))}};
        if (!source->publisher.empty()) {
            entry["publisher"] = source->publisher;
        }
        list.push_back(std::move(entry));
    }
    return list;
}

json evaluationWithoutDate(const Evaluation& evaluation, const model::Questionnaire& questionnaire)
{
    return {
        {"questionnaire", {{"id", questionnaire.id}, {"version", questionnaire.version}}},
        {"tier", evaluation.tier.level ? json(*evaluation.tier.level) : json(nullptr)},
        {"tier_explanation", tierToJson(evaluation.tier, questionnaire)},
        {"verdict", std::string(model::spelling(evaluation.verdict))},
        {"counts", severityCounts(evaluation.findings)},
        {"findings", findingsToJson(evaluation.findings, questionnaire)},
        {"required_controls", controlsToJson(evaluation, questionnaire)},
        {"responsibility", responsibilityToJson(evaluation.responsibility)},
        {"unanswered", evaluation.unanswered},
        {"ignored_answers", evaluation.ignoredAnswers},
    };
}

} // namespace

json evaluationToJson(const Evaluation& evaluation, const model::Questionnaire& questionnaire)
{
    auto document = evaluationWithoutDate(evaluation, questionnaire);
    // An evaluation made as of a date records it and the sources due for re-verification
    // at it; one made without a date (and every stored one from before dates existed)
    // has neither key.
    if (!evaluation.asOf.empty()) {
        document["as_of"] = evaluation.asOf;
        document["sources_to_reverify"] = reverifyToJson(evaluation.sourcesToReverify);
    }
    return document;
}

} // namespace vouch::rules
