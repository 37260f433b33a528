// The checker: validates input, finds the question, runs every rule, applies directives and
// severities, and sorts what remains.
#include "core/check/check_draft.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "core/bank/front_matter_loader.h"
#include "core/bank/suggest.h"
#include "core/check/directives.h"
#include "core/check/finding_limit.h"
#include "core/check/prose.h"
#include "core/check/question_checks.h"
#include "core/check/region.h"
#include "core/io/utf8.h"
#include "core/rules/rule.h"

namespace prepkit {
namespace {

std::optional<Diagnostic> unusable(const std::string& path, const std::string& text) {
  if (text.empty()) return error_at(path, 0, 0, "file is empty");
  size_t nul = text.find('\0');
  if (nul != std::string::npos) {
    int line = 0, column = 0;
    line_and_column(text, nul, &line, &column);
    return error_at(path, line, column, "binary file (NUL byte): not a Markdown draft");
  }
  if (std::optional<size_t> bad = find_invalid_utf8(text)) {
    int line = 0, column = 0;
    line_and_column(text, *bad, &line, &column);
    return error_at(path, line, column, "not valid UTF-8: save the draft as UTF-8");
  }
  return std::nullopt;
}

// A first line '---' with no second one: the front matter the writer meant is not read.
bool front_matter_left_open(const Draft& draft) {
  return !draft.front_matter.present && !draft.lines.empty() && is_front_matter_fence(draft.lines[0]);
}

void unknown_question(const std::string& path, const std::string& id, const Draft& draft,
                      const DraftMeta& meta, const Bank& bank, Findings& findings) {
  const Rule& rule = *find_rule("unknown-question");
  bool named = !meta.question.empty();
  std::string message =
      !named && path == "-"  // standard input without --stdin-name
          ? "standard input names no question: add 'question: ID' to its front matter, or "
            "give --stdin-name ID.md"
          : fmt::format("unknown question '{}'{}", id, did_you_mean(id, bank.ids()));
  if (!named && front_matter_left_open(draft)) {
    message += " (the front matter that opens at line 1 is never closed: end it with a '---' line)";
  }
  findings.add(rule.id, rule.severity, named ? meta.question_line : 1,
               named ? meta.question_column : 1, message);
}

void run_rules(const RuleInput& input, Findings& findings) {
  for (const Rule& rule : builtin_rules()) {
    if (rule.run != nullptr) rule.run(input, findings);
  }
  run_question_checks(input, findings);
}

void apply_severities(const CheckOptions& options, std::vector<Diagnostic>* findings) {
  std::vector<Diagnostic> kept;
  for (Diagnostic& d : *findings) {
    auto it = options.severities.find(d.rule);
    if (it != options.severities.end()) {
      if (!it->second) continue;
      d.severity = *it->second;
    }
    kept.push_back(std::move(d));
  }
  *findings = std::move(kept);
}

// A front matter value outside its variable's choices, placed at the value.
Diagnostic variable_error(const std::string& path, const DraftMeta& meta, const VariablesResult& result) {
  Diagnostic error = *result.error;
  error.path = path;
  auto place = meta.variable_places.find(result.failed);
  if (place != meta.variable_places.end()) {
    error.line = place->second.first;
    error.column = place->second.second;
  }
  return error;
}

// Rules place findings in bytes; people and editors count characters. Findings come sorted
// by place, and each line's characters are counted once (a line of a MiB may hold a thousand
// findings).
void to_characters(const Draft& draft, std::vector<Diagnostic>* findings) {
  int line = 0;
  size_t byte = 0;     // how far the line has been counted
  int characters = 0;  // characters before `byte`
  for (Diagnostic& d : *findings) {
    if (d.line < 1 || d.line > static_cast<int>(draft.lines.size()) || d.column <= 1) continue;
    std::string_view text = draft.lines[static_cast<size_t>(d.line) - 1];
    if (d.line != line) {
      line = d.line;
      byte = 0;
      characters = 0;
    }
    size_t target = std::max(byte, std::min(text.size(), static_cast<size_t>(d.column - 1)));
    characters += count_characters(text.substr(byte, target - byte));
    byte = target;
    d.column = characters + 1 + (d.column - 1 - static_cast<int>(target));
  }
}

// One finding (an input error) in characters.
Diagnostic in_characters(const Draft& draft, Diagnostic d) {
  std::vector<Diagnostic> one{std::move(d)};
  to_characters(draft, &one);
  return std::move(one.front());
}

bool only_template_text(const LineContents& contents) {
  bool guidance = false;
  for (LineContent content : contents) {
    if (content == LineContent::own) return false;
    guidance = guidance || content == LineContent::template_text;
  }
  return guidance;
}

void count_checklist(const Draft& draft, FileReport* report) {
  for (const ListItem& item : draft.items) {
    if (!item.task) continue;
    ++report->checklist_total;
    if (item.checked) ++report->checklist_done;
  }
}

}  // namespace

// std::filesystem::path(path).stem() for POSIX paths, without building a path per file.
std::string id_from_path(const std::string& path) {
  size_t slash = path.rfind('/');
  std::string name = path.substr(slash == std::string::npos ? 0 : slash + 1);
  if (name == "." || name == "..") return name;
  size_t dot = name.rfind('.');
  return dot == 0 || dot == std::string::npos ? name : name.substr(0, dot);
}

FileReport check_text(const std::string& path, std::string text,
                      const std::string& fallback_id, const Bank& bank, TemplateCache& templates,
                      const CheckOptions& options) {
  FileReport report;
  report.path = path;
  if ((report.input_error = unusable(path, text))) return report;
  Draft draft = parse_draft(std::move(text));
  DraftMetaResult meta = load_front_matter(path, draft.front_matter);
  if (!meta.errors.empty()) {
    report.input_error = in_characters(draft, meta.errors.front());
    return report;
  }
  report.question = meta.meta.question.empty() ? fallback_id : meta.meta.question;
  LinePlaceholders placeholders = find_draft_placeholders(draft);
  report.words = draft_words(draft, placeholders);
  report.seconds = report.words * 60 / std::max(1, options.words_per_minute);
  count_checklist(draft, &report);
  Findings findings(path, &report.diagnostics);
  const Question* question = bank.find(report.question);
  if (question == nullptr) {
    unknown_question(path, report.question, draft, meta.meta, bank, findings);
  } else {
    Variables given = options.variables;
    for (const auto& [name, value] : meta.meta.variables) given[name] = value;
    VariablesResult values_result = resolve_variables(*question, given);
    if (values_result.error) {
      report.input_error = in_characters(draft, variable_error(path, meta.meta, values_result));
      return report;
    }
    Variables values = values_result.values;
    auto model = templates.get(*question, values);
    if (model->error) {
      report.input_error = *model->error;
      return report;
    }
    LineContents contents = classify_lines(draft, placeholders, *model);
    report.only_template_text = only_template_text(contents);
    thread_local RegionCache regions;  // one per thread: its buffers serve each draft in turn
    regions.clear();
    RuleInput input{path,   draft,  placeholders, contents,       *question,
                    *model, values, report.words, report.seconds, regions};
    run_rules(input, findings);
  }
  apply_directives(draft, &report.diagnostics);
  apply_severities(options, &report.diagnostics);
  std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(), diagnostic_less);
  to_characters(draft, &report.diagnostics);
  limit_findings(&report.diagnostics);
  return report;
}

}  // namespace prepkit
