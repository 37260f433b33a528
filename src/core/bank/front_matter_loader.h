// Reads and writes the YAML front matter of drafts: question id, template, variables.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/markdown/draft.h"

namespace prepkit {

struct DraftMeta {
  std::string question;  // empty when the front matter does not name one
  int question_line = 0;
  int question_column = 0;
  std::string template_name;
  std::map<std::string, std::string> variables;
  std::map<std::string, std::pair<int, int>> variable_places;  // name -> line, column of its value
};

struct DraftMetaResult {
  DraftMeta meta;
  std::vector<Diagnostic> errors;
};

// Parses the front matter of a draft; positions are those of the draft file.
DraftMetaResult load_front_matter(const std::string& path, const FrontMatter& front_matter);

// The front matter block ("---\n...\n---\n") recording how a draft was made.
std::string format_front_matter(const std::string& question, const std::string& template_name,
                                const std::map<std::string, std::string>& variables);

}  // namespace prepkit
