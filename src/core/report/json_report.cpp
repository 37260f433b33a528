// The `json` format: {files: [{path, question, words, seconds, diagnostics}], summary}, written
// file by file, byte for byte in the layout of nlohmann-json's dump(2) (no DOM per file).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <string_view>
#include <utility>

#include "core/report/report.h"

namespace prepkit {
namespace {

// The escapes nlohmann-json writes for these bytes; other control bytes become \u00xx.
constexpr std::pair<char, std::string_view> kShortEscapes[] = {
    {'"', "\\\""}, {'\\', "\\\\"}, {'\b', "\\b"}, {'\f', "\\f"},
    {'\n', "\\n"}, {'\r', "\\r"},  {'\t', "\\t"}};

void append_escaped(std::string* out, char c) {
  bool plain = static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\';
  if (plain) {
    *out += c;
    return;
  }
  for (const auto& [byte, escape] : kShortEscapes) {
    if (c == byte) {
      *out += escape;
      return;
    }
  }
  *out += fmt::format("\\u{:04x}", static_cast<int>(c));
}

// True for the bytes a JSON string holds as they are: printable ASCII but '"' and '\\'. One
// lookup per byte instead of four comparisons.
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}();

// A JSON string as nlohmann-json's dump() writes it: ASCII is escaped here the same way, the
// runs of bytes that need no escape copied whole; text with other bytes (UTF-8, or invalid bytes
// it replaces) goes through nlohmann-json itself.
void append_string(std::string* out, std::string_view text) {
  const size_t start = out->size();
  *out += '"';
  size_t copied = 0;  // text before here is in `out`
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (kPlain[c]) continue;
    if (c >= 0x80) {
      out->resize(start);
      *out += nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      return;
    }
    out->append(text.data() + copied, i - copied);
    append_escaped(out, text[i]);
    copied = i + 1;
  }
  out->append(text.data() + copied, text.size() - copied);
  *out += '"';
}

void append_diagnostic(std::string* out, const Diagnostic& d) {
  *out += "        {\n          \"rule\": ";
  append_string(out, d.rule);
  *out += ",\n          \"severity\": ";
  append_string(out, severity_name(d.severity));
  *out += fmt::format(
      ",\n          \"line\": {},\n          \"column\": {},\n          \"message\": ", d.line,
      d.column);
  append_string(out, d.message);
  *out += "\n        }";
}

// A file's object as an element of the "files" array, four spaces in.
std::string file_object(const FileReport& file, const std::vector<Diagnostic>& shown) {
  std::string out = "    {\n      \"path\": ";
  append_string(&out, file.path);
  out += ",\n      \"question\": ";
  append_string(&out, file.question);
  out += fmt::format(",\n      \"words\": {},\n      \"seconds\": {},\n      \"diagnostics\": ",
                     file.words, file.seconds);
  if (shown.empty()) out += "[]";
  for (size_t i = 0; i < shown.size(); ++i) {
    out += i == 0 ? "[\n" : ",\n";
    append_diagnostic(&out, shown[i]);
  }
  if (!shown.empty()) out += "\n      ]";
  return out + "\n    }";
}

class JsonWriter : public ReportWriter {
 public:
  JsonWriter(std::ostream& out, const ReportOptions& options) : out_(out), options_(options) {}

  void file(const FileReport& file) override {
    std::vector<Diagnostic> shown = shown_findings(file, options_);
    out_ << (summary_.files == 0 ? "{\n  \"files\": [\n" : ",\n") << file_object(file, shown);
    add_to_summary(shown, &summary_);
  }

  void finish() override {
    const Summary& s = summary_;
    out_ << (s.files == 0 ? "{\n  \"files\": []" : "\n  ]")
         << fmt::format(
                ",\n  \"summary\": {{\n    \"files\": {},\n    \"errors\": {},\n"
                "    \"warnings\": {},\n    \"suggestions\": {}\n  }}\n}}\n",
                s.files, s.errors, s.warnings, s.suggestions);
  }

 private:
  std::ostream& out_;
  ReportOptions options_;
  Summary summary_;
};

}  // namespace

std::unique_ptr<ReportWriter> json_report_writer(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<JsonWriter>(out, options);
}

}  // namespace prepkit
