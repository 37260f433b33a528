// `prepkit pack`: one prep document (Markdown or printable HTML) from the drafts.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/draft_scan.h"
#include "core/bank/suggest.h"
#include "core/io/file_io.h"
#include "core/report/pack_report.h"

namespace prepkit::cli {
namespace {

struct PackCommandOptions {
  std::string dir;
  std::string output;
  std::string format;  // markdown | html; default from the output's extension
  std::vector<std::string> only;
  std::string category;
  std::string title = "Interview preparation";
  bool force = false;
  int jobs = 0;
};

std::string pack_format(const PackCommandOptions& options) {
  if (!options.format.empty()) return options.format;
  std::string extension = std::filesystem::path(options.output).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".html" || extension == ".htm" ? "html" : "markdown";
}

// The questions of --only (in the order given) or of the bank, kept to --category if given.
bool select_questions(const AppContext& context, const PackCommandOptions& options,
                      std::vector<const Question*>* selection) {
  std::vector<const Question*> candidates;
  for (const std::string& id : options.only) {
    const Question* q = find_question_or_report(context, id);
    if (q == nullptr) return false;
    if (std::find(candidates.begin(), candidates.end(), q) == candidates.end()) {
      candidates.push_back(q);
    }
  }
  if (options.only.empty()) {
    for (const Question& q : context.bank().questions()) candidates.push_back(&q);
  }
  std::vector<std::string> categories;
  for (const Question* q : candidates) {
    if (options.category.empty() || q->category == options.category) selection->push_back(q);
    if (std::find(categories.begin(), categories.end(), q->category) == categories.end()) {
      categories.push_back(q->category);
    }
  }
  if (selection->empty()) {
    context.error(fmt::format("no chosen question is in category '{}'{}", options.category,
                              did_you_mean(options.category, categories)));
    return false;
  }
  return true;
}

bool refuse_output(const AppContext& context, const PackCommandOptions& options) {
  if (options.output == "-") return false;
  if (is_directory(options.output)) {
    context.report(error_at(options.output, 0, 0, "is a folder; name the file to write"));
    return true;
  }
  if (path_exists(options.output) && !options.force) {
    context.report(error_at(options.output, 0, 0,
                            "already exists; nothing was written (use --force to overwrite)"));
    return true;
  }
  return false;
}

int run_pack(AppContext& context, const PackCommandOptions& options) {
  if (!context.load()) return kExitError;
  std::vector<const Question*> selection;
  if (!select_questions(context, options, &selection) || refuse_output(context, options))
    return kExitError;
  DraftScan scan;
  if (!scan_drafts(context, drafts_folder(context, options.dir), selection, StatusOptions{},
                   options.jobs, &scan)) {
    return kExitError;
  }
  if (scan.unusable) {
    context.report(
        error_at(options.output, 0, 0, "not written: some drafts could not be used (see above)"));
    return kExitError;
  }
  PackResult pack = build_pack(scan.status, options.title);
  for (const Diagnostic& error : pack.errors) context.report(error);
  if (!pack.errors.empty()) return kExitError;
  std::string text =
      pack_format(options) == "html" ? pack_html(pack.document) : pack_markdown(pack.document);
  if (options.output == "-") {
    std::cout << text;
    return kExitOk;
  }
  if (std::optional<Diagnostic> error = write_file_atomically(options.output, text)) {
    context.report(*error);
    return kExitError;
  }
  context.note(fmt::format("wrote {}: {}", options.output, pack_summary(pack.document)));
  return kExitOk;
}

}  // namespace

void add_pack_command(CLI::App& app, AppContext& context, int* exit_code) {
  auto options = std::make_shared<PackCommandOptions>();
  CLI::App* pack =
      app.add_subcommand("pack", "Assemble one prep document (Markdown or HTML) from the drafts");
  pack->add_option("dir", options->dir,
                   "Drafts folder (default: drafts: from .prepkit.yaml, else .)")
      ->type_name("DIR");
  pack->add_option("-o,--output", options->output, "The document to write (- for standard output)")
      ->type_name("FILE")
      ->required();
  pack->add_option("--format", options->format,
                   "markdown or html (default: html for .html/.htm, else markdown)")
      ->check(CLI::IsMember({"markdown", "html"}));
  pack->add_option("--only", options->only,
                   "Only these questions, in this order (repeatable, or comma-separated)")
      ->type_name("ID")
      ->delimiter(',');
  pack->add_option("--category", options->category, "Only questions of this category");
  pack->add_option("--title", options->title,
                   "The document's title (default: Interview preparation)");
  pack->add_flag("--force", options->force, "Overwrite FILE if it exists");
  pack->add_option("-j,--jobs", options->jobs, "Files checked at once (default: all cores)")
      ->check(CLI::Range(1, 1024));
  pack->footer(R"(Per question: the question, why it is asked, the key tips and your answer (front
matter and guidance comments left out); questions without a draft are listed at the end.
The HTML is one standalone file that prints one question per page. An existing FILE is
not overwritten without --force.

Examples:
  prepkit pack drafts -o prep.html
  prepkit pack drafts -o prep.md --category behavioural
  prepkit pack drafts -o prep.html --only difficult-customer,made-a-mistake
  prepkit pack -o - --format markdown | less)");
  pack->callback([&context, options, exit_code] { *exit_code = run_pack(context, *options); });
}

}  // namespace prepkit::cli
