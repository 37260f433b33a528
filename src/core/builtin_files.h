// The built-in question bank and templates, compiled into the binary.
#pragma once

#include <string>
#include <vector>

namespace prepkit {

struct EmbeddedFile {
  std::string path;  // "questions/<id>.yaml" or "templates/<name>.mustache"
  std::string text;
};

const std::vector<EmbeddedFile>& builtin_files();

// The built-in question files (YAML), each with the path its diagnostics give:
// "builtin:questions/<id>.yaml".
inline std::vector<EmbeddedFile> builtin_question_files() {
  std::vector<EmbeddedFile> questions;
  for (const EmbeddedFile& file : builtin_files()) {
    if (file.path.compare(0, 10, "questions/") == 0) questions.push_back({"builtin:" + file.path, file.text});
  }
  return questions;
}

}  // namespace prepkit
