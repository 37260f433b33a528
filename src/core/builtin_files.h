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

}  // namespace prepkit
