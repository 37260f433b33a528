// The benchmark's floor: reads every *.md file under the given paths and parses it with
// cmark-gfm and its tasklist extension, then frees it; nothing else. One thread.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::vector<std::string> markdown_files(int argc, char** argv) {
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (!fs::is_directory(argv[i])) {
      files.push_back(argv[i]);
      continue;
    }
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(argv[i])) {
      if (entry.is_regular_file() && entry.path().extension() == ".md") files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool read_file(const std::string& path, std::string* text) {
  FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return false;
  text->clear();
  char buffer[65536];
  for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;) text->append(buffer, n);
  std::fclose(file);
  return true;
}

void parse(const std::string& text, cmark_syntax_extension* tasklist) {
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  cmark_parser_attach_syntax_extension(parser, tasklist);
  cmark_parser_feed(parser, text.data(), text.size());
  cmark_node_free(cmark_parser_finish(parser));
  cmark_parser_free(parser);
}

}  // namespace

int main(int argc, char** argv) {
  cmark_gfm_core_extensions_ensure_registered();
  cmark_syntax_extension* tasklist = cmark_find_syntax_extension("tasklist");
  std::string text;
  size_t parsed = 0;
  for (const std::string& path : markdown_files(argc, argv)) {
    if (!read_file(path, &text)) {
      std::fprintf(stderr, "%s: cannot read\n", path.c_str());
      return 2;
    }
    parse(text, tasklist);
    ++parsed;
  }
  std::printf("%zu files parsed\n", parsed);
  return 0;
}
