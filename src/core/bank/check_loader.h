// Loads the question-specific checks of a question file.
#pragma once

#include <vector>

#include "core/bank/question.h"
#include "core/bank/yaml_reader.h"

namespace prepkit {

// Appends the check declared at `node` to `checks`, reporting problems through `reader`.
void load_check(YamlReader& reader, const YAML::Node& node, std::vector<Check>* checks);

}  // namespace prepkit
