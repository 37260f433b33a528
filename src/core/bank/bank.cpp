// Bank: lookup of questions by id and of templates by name across all sources.
#include "core/bank/bank.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "core/bank/question_cbor.h"
#include "core/bank/question_loader.h"
#include "core/builtin_files.h"
#include "core/compiled_bank.h"
#include "core/io/file_io.h"

namespace prepkit {
namespace {

constexpr std::string_view kTemplateExtension = ".mustache";

bool starts_with(const std::string& text, std::string_view prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

// A template name must not walk out of its folder.
bool safe_template_name(const std::string& name) {
  return !name.empty() && name.find('/') == std::string::npos &&
         name.find('\\') == std::string::npos && name != "." && name != "..";
}

void add_loaded(BankLoadResult* result, const std::string& path, const std::string& text) {
  QuestionLoadResult loaded = load_question(path, text);
  if (!loaded.errors.empty()) {
    result->errors.insert(result->errors.end(), loaded.errors.begin(), loaded.errors.end());
    return;
  }
  result->bank.add_question(std::move(loaded.question));
}

// The built-in questions come compiled (checked when prepkit was built); templates as text.
void load_builtin(BankLoadResult* result) {
  for (Question& question : questions_from_cbor(compiled_bank_cbor())) {
    result->bank.add_question(std::move(question));
  }
  for (const EmbeddedFile& file : builtin_files()) {
    if (starts_with(file.path, "templates/")) {
      std::string name = file.path.substr(10, file.path.size() - 10 - kTemplateExtension.size());
      result->bank.add_builtin_template(name, file.text);
    }
  }
}

}  // namespace

const Question* Bank::find(const std::string& id) const {
  auto it = std::lower_bound(questions_.begin(), questions_.end(), id,
                             [](const Question& q, const std::string& key) { return q.id < key; });
  return it != questions_.end() && it->id == id ? &*it : nullptr;
}

std::vector<std::string> Bank::ids() const {
  std::vector<std::string> ids;
  for (const Question& q : questions_) ids.push_back(q.id);
  return ids;
}

void Bank::add_question(Question question) {
  auto it = std::lower_bound(questions_.begin(), questions_.end(), question.id,
                             [](const Question& q, const std::string& key) { return q.id < key; });
  if (it != questions_.end() && it->id == question.id) *it = std::move(question);
  else questions_.insert(it, std::move(question));
}

void Bank::add_template_source(std::string folder) {
  template_dirs_.insert(template_dirs_.begin(), std::move(folder));
}

void Bank::add_builtin_template(std::string name, std::string text) {
  builtin_templates_[std::move(name)] = std::move(text);
}

std::optional<mustache::Source> Bank::find_template(const std::string& name) const {
  if (!safe_template_name(name)) return std::nullopt;
  for (const std::string& folder : template_dirs_) {
    for (std::string file : {name + std::string(kTemplateExtension), name}) {
      std::string path = (std::filesystem::path(folder) / file).string();
      if (is_directory(path) || !path_exists(path)) continue;
      ReadResult read = read_file(path);
      if (!read.error) return mustache::Source{path, read.text};
    }
  }
  auto it = builtin_templates_.find(name);
  if (it == builtin_templates_.end()) return std::nullopt;
  return mustache::Source{fmt::format("builtin:templates/{}{}", name, kTemplateExtension), it->second};
}

mustache::PartialLoader Bank::template_loader() const {
  return [this](const std::string& name) { return find_template(name); };
}

std::vector<std::string> bank_question_files(const std::string& folder) {
  std::filesystem::path questions = std::filesystem::path(folder) / "questions";
  std::string from = is_directory(questions.string()) ? questions.string() : folder;
  return files_with_extension(from, ".yaml", false);
}

BankLoadResult load_bank(const BankSources& sources) {
  BankLoadResult result;
  if (sources.builtin) load_builtin(&result);
  for (const std::string& folder : sources.bank_dirs) {
    if (!is_directory(folder)) {
      result.errors.push_back(error_at(folder, 0, 0, "bank folder does not exist"));
      continue;
    }
    std::string templates = (std::filesystem::path(folder) / "templates").string();
    if (is_directory(templates)) result.bank.add_template_source(templates);
    for (const std::string& path : bank_question_files(folder)) {
      ReadResult read = read_file(path);
      if (read.error) result.errors.push_back(*read.error);
      else add_loaded(&result, path, read.text);
    }
  }
  for (auto it = sources.template_dirs.rbegin(); it != sources.template_dirs.rend(); ++it) {
    result.bank.add_template_source(*it);
  }
  return result;
}

}  // namespace prepkit
