// The bank validator: loads every question file on its own, then checks each question
// against the others and against its template, rendered for every choice of its variables.
#include "core/validate/validate_bank.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "core/bank/question_loader.h"
#include "core/bank/suggest.h"
#include "core/builtin_files.h"
#include "core/draft/render_draft.h"
#include "core/io/file_io.h"
#include "core/markdown/draft.h"

namespace prepkit {
namespace {

std::vector<BankFile> question_files(const ValidateRequest& request, std::vector<Diagnostic>* out) {
  std::vector<BankFile> files;
  if (request.builtin) {
    for (const EmbeddedFile& file : builtin_question_files()) files.push_back({file.path, file.text});
  }
  for (const std::string& folder : request.bank_dirs) {
    if (!is_directory(folder)) {
      out->push_back(error_at(folder, 0, 0, "bank folder does not exist"));
      continue;
    }
    for (const std::string& path : bank_question_files(folder)) {
      ReadResult read = read_file(path);
      if (read.error) out->push_back(*read.error);
      else files.push_back({path, read.text});
    }
  }
  return files;
}

// Templates are rendered for at most this many combinations of variable choices.
constexpr std::size_t kMaxCombinations = 64;

// Every combination of the variables' choices (defaults for those without choices); empty
// when there are more than kMaxCombinations.
std::vector<Variables> variable_combinations(const Question& q) {
  std::vector<Variables> combinations = {resolve_variables(q, {}).values};
  for (const Variable& v : q.variables) {
    if (combinations.size() * std::max<std::size_t>(1, v.choices.size()) > kMaxCombinations) return {};
    std::vector<Variables> next;
    for (const Variables& base : combinations) {
      for (const std::string& choice : v.choices) {
        Variables values = base;
        values[v.name] = choice;
        next.push_back(values);
      }
    }
    if (!next.empty()) combinations = std::move(next);
  }
  return combinations;
}

struct Rendered {
  std::set<std::string> sections;
  std::set<std::string> checklist;
};

bool render_all(const Question& q, const Bank& bank, Rendered* rendered, std::vector<Diagnostic>* out) {
  if (!bank.find_template(q.template_name)) {
    out->push_back(error_at(q.path, 0, 0, fmt::format("template '{}' not found", q.template_name)));
    return false;
  }
  std::vector<Variables> combinations = variable_combinations(q);
  if (combinations.empty()) {
    out->push_back(error_at(q.path, q.id_line, q.id_column,
                            fmt::format("the variables' choices make more than {} combinations to "
                                        "check the template with", kMaxCombinations)));
    return false;
  }
  for (const Variables& values : combinations) {
    RenderedTemplate result = render_question_template(q, bank, values);
    for (Diagnostic warning : result.warnings) {
      warning.severity = Severity::error;
      out->push_back(warning);
    }
    if (result.error) {
      out->push_back(*result.error);
      return false;
    }
    Draft draft = parse_draft(result.text);
    for (const Section& s : draft.sections) rendered->sections.insert(s.heading.text);
    for (const ListItem& item : draft.items) {
      if (item.task) rendered->checklist.insert(item.text);
    }
  }
  return true;
}

void check_against_template(const Question& q, const Rendered& rendered, std::vector<Diagnostic>* out) {
  for (const Check& check : q.checks) {
    for (const std::string& section : check.sections) {
      if (rendered.sections.count(section) > 0) continue;
      std::vector<std::string> known(rendered.sections.begin(), rendered.sections.end());
      out->push_back(error_at(q.path, check.line, check.column,
                              fmt::format("check '{}' names section '{}', which template '{}' does not have{}",
                                          check.id, section, q.template_name, did_you_mean(section, known))));
    }
    for (const std::string& item : check.items) {
      if (rendered.checklist.count(item) > 0) continue;
      out->push_back(error_at(q.path, check.line, check.column,
                              fmt::format("check '{}' names checklist item '{}', which template '{}' does not have",
                                          check.id, item, q.template_name)));
    }
  }
}

}  // namespace

namespace {

Bank template_bank(const ValidateRequest& request) {
  BankSources sources;
  sources.template_dirs = request.template_dirs;
  Bank bank = load_bank(sources).bank;
  for (auto it = request.bank_dirs.rbegin(); it != request.bank_dirs.rend(); ++it) {
    std::string templates = (std::filesystem::path(*it) / "templates").string();
    if (is_directory(templates)) bank.add_template_source(templates);
  }
  for (auto it = request.template_dirs.rbegin(); it != request.template_dirs.rend(); ++it) {
    bank.add_template_source(*it);
  }
  return bank;
}

bool is_builtin(const std::string& path) { return path.compare(0, 8, "builtin:") == 0; }

void check_identity(const Question& q, std::map<std::string, std::string>* seen, std::vector<Diagnostic>* out) {
  std::string stem = std::filesystem::path(q.path).stem().string();
  if (stem != q.id) {
    out->push_back(error_at(q.path, q.id_line, q.id_column,
                            fmt::format("id '{}' differs from the file name '{}'; name the file {}.yaml",
                                        q.id, std::filesystem::path(q.path).filename().string(), q.id)));
  }
  auto [it, added] = seen->emplace(q.id, q.path);
  if (added) return;
  if (is_builtin(it->second) && !is_builtin(q.path)) {
    it->second = q.path;  // a bank's question replaces the built-in one: not a duplicate
    return;
  }
  out->push_back(error_at(q.path, q.id_line, q.id_column,
                          fmt::format("duplicate id '{}': also defined in {}", q.id, it->second)));
}

void sort_and_dedupe(std::vector<Diagnostic>* out) {
  std::stable_sort(out->begin(), out->end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.path, a.line, a.column, a.message) < std::tie(b.path, b.line, b.column, b.message);
  });
  out->erase(std::unique(out->begin(), out->end(),
                         [](const Diagnostic& a, const Diagnostic& b) {
                           return format_diagnostic(a) == format_diagnostic(b);
                         }),
             out->end());
}

}  // namespace

std::vector<Diagnostic> validate_question_files(const std::vector<BankFile>& files,
                                                const Bank& templates) {
  std::vector<Diagnostic> out;
  std::map<std::string, std::string> seen;
  for (const BankFile& file : files) {
    QuestionLoadResult loaded = load_question(file.path, file.text);
    out.insert(out.end(), loaded.errors.begin(), loaded.errors.end());
    if (!loaded.errors.empty()) continue;
    const Question& q = loaded.question;
    check_identity(q, &seen, &out);
    Rendered rendered;
    if (render_all(q, templates, &rendered, &out)) check_against_template(q, rendered, &out);
  }
  sort_and_dedupe(&out);
  return out;
}

std::vector<Diagnostic> validate_banks(const ValidateRequest& request) {
  std::vector<Diagnostic> out;
  std::vector<BankFile> files = question_files(request, &out);
  std::vector<Diagnostic> found = validate_question_files(files, template_bank(request));
  out.insert(out.end(), found.begin(), found.end());
  sort_and_dedupe(&out);
  return out;
}

}  // namespace prepkit
