// What a draft is checked against: the question's template rendered with the draft's
// variables and parsed, kept in a cache shared by all files of a run.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/bank/bank.h"
#include "core/draft/render_draft.h"
#include "core/markdown/draft.h"

namespace prepkit {

struct TemplateSection {
  std::string title;
  std::set<std::string> text;  // normalized lines of guidance text the template puts there
  bool has_checklist = false;  // it holds a checklist
  bool asks_for_text = false;  // it holds a line to write on: guidance text or a placeholder
};

struct TemplateModel {
  std::vector<TemplateSection> sections;  // in the template's order
  std::optional<Diagnostic> error;        // the template did not render

  const TemplateSection* find(const std::string& title) const;
};

// Thread-safe cache of template models by question id and variables.
class TemplateCache {
 public:
  explicit TemplateCache(const Bank& bank) : bank_(bank) {}
  std::shared_ptr<const TemplateModel> get(const Question& question, const Variables& values);

 private:
  const Bank& bank_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const TemplateModel>> models_;
};

// Builds the model from a rendered template's Markdown.
TemplateModel make_template_model(const std::string& markdown);

}  // namespace prepkit
