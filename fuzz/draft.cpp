// Fuzz target: the draft model (parse_draft) and its front matter (load_front_matter), with the
// model's invariants: every line has its prose twin of the same length, every place is in range.
#include <cstddef>
#include <cstdint>

#include "core/bank/front_matter_loader.h"
#include "core/io/file_io.h"
#include "core/markdown/draft.h"
#include "fuzz/fuzz_input.h"

using namespace prepkit;

namespace {

void check_model(const Draft& draft) {
  const int lines = static_cast<int>(draft.lines.size());
  PREPKIT_FUZZ_REQUIRE(draft.prose.size() == draft.lines.size());
  PREPKIT_FUZZ_REQUIRE(draft.structure.size() == draft.lines.size());
  for (size_t i = 0; i < draft.lines.size(); ++i) {
    PREPKIT_FUZZ_REQUIRE(draft.prose[i].size() == draft.lines[i].size());
  }
  for (const Heading& h : draft.headings) {
    PREPKIT_FUZZ_REQUIRE(h.level >= 1 && h.level <= 6);
    PREPKIT_FUZZ_REQUIRE(h.line >= 1 && h.line <= h.last_line && h.last_line <= lines && h.column >= 1);
  }
  for (const Section& s : draft.sections) {
    PREPKIT_FUZZ_REQUIRE(s.heading.level == 2 && s.first_body_line == s.heading.last_line + 1);
    PREPKIT_FUZZ_REQUIRE(s.last_body_line <= lines && s.last_body_line >= s.heading.last_line);
  }
  for (const ListItem& item : draft.items) {
    PREPKIT_FUZZ_REQUIRE(item.line >= 1 && item.line <= item.last_line && item.last_line <= lines);
    PREPKIT_FUZZ_REQUIRE(item.task || !item.checked);
  }
  for (const Comment& c : draft.comments) {
    PREPKIT_FUZZ_REQUIRE(c.line >= 1 && c.line <= c.last_line && c.last_line <= lines && c.column >= 1);
  }
  const FrontMatter& fm = draft.front_matter;
  PREPKIT_FUZZ_REQUIRE(!fm.present || (fm.first_line == 1 && fm.last_line > 1 && fm.last_line <= lines));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInputBytes) return 0;  // check refuses such files before parsing
  Draft draft = parse_draft(fuzz::as_text(data, size));
  check_model(draft);
  const std::string path = "drafts/fuzz.md";
  DraftMetaResult meta = load_front_matter(path, draft.front_matter);
  for (const Diagnostic& error : meta.errors) {
    PREPKIT_FUZZ_REQUIRE(error.path == path && error.line >= draft.front_matter.first_line);
  }
  if (!meta.meta.question.empty()) PREPKIT_FUZZ_REQUIRE(meta.meta.question_line >= 2);
  return 0;
}
