// The question model to and from CBOR (nlohmann-json), every field and place included: the
// compiled form of the built-in bank.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/bank/question.h"

namespace prepkit {

void to_json(nlohmann::json& json, const Variable& variable);
void from_json(const nlohmann::json& json, Variable& variable);
void to_json(nlohmann::json& json, const Target& target);
void from_json(const nlohmann::json& json, Target& target);
void to_json(nlohmann::json& json, const Check& check);
void from_json(const nlohmann::json& json, Check& check);
void to_json(nlohmann::json& json, const Question& question);
void from_json(const nlohmann::json& json, Question& question);

std::vector<std::uint8_t> questions_to_cbor(const std::vector<Question>& questions);
// Reads what questions_to_cbor wrote; throws nlohmann::json::exception on anything else.
std::vector<Question> questions_from_cbor(std::string_view bytes);

}  // namespace prepkit
