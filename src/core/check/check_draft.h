// Checking one draft: from its bytes to a sorted list of findings, words and speaking time.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/bank/bank.h"
#include "core/check/check_options.h"
#include "core/check/template_model.h"
#include "core/diagnostic.h"

namespace prepkit {

struct FileReport {
  std::string path;
  std::string question;  // the question id it was checked against (may be unknown)
  int words = 0;
  int seconds = 0;
  int checklist_done = 0;
  int checklist_total = 0;
  // Its sections hold the template's guidance text and no line of the candidate's own: a
  // draft not yet written in, though words count the guidance it still holds.
  bool only_template_text = false;
  std::vector<Diagnostic> diagnostics;    // findings, sorted by line and column
  std::optional<Diagnostic> input_error;  // the file could not be checked at all
};

// Checks `text` (taken, not copied, when the caller gives it up), shown as `path`. Without
// front matter naming a question, the question is `fallback_id` (the file name without ".md").
FileReport check_text(const std::string& path, std::string text,
                      const std::string& fallback_id, const Bank& bank, TemplateCache& templates,
                      const CheckOptions& options);

// The question id a file name implies: "drafts/difficult-customer.md" -> "difficult-customer".
std::string id_from_path(const std::string& path);

}  // namespace prepkit
