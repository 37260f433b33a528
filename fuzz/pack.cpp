// Fuzz target: `prepkit pack` of one draft: answer_markdown (front matter, comments and title
// out, headings shifted), has_content, then the pack in Markdown and in HTML. Input: one byte
// choosing the built-in question, then the draft. The HTML must stay safe: no raw HTML from
// the draft, no script, no image, no javascript: link.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>

#include "core/bank/bank.h"
#include "core/io/file_io.h"
#include "core/pack/answer_text.h"
#include "core/pack/pack.h"
#include "core/report/pack_report.h"
#include "fuzz/fuzz_input.h"

using namespace prepkit;

namespace {

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Bank bank = load_bank(BankSources{}).bank;
  if (size == 0 || size - 1 > kMaxInputBytes) return 0;  // read_file refuses larger drafts
  const Question& question = bank.questions()[data[0] % bank.questions().size()];
  std::string answer = answer_markdown(fuzz::as_text(data + 1, size - 1), question, kPackHeadingShift);
  PREPKIT_FUZZ_REQUIRE(answer.empty() || answer.back() == '\n');
  if (!has_content(answer)) answer.clear();
  PackDocument document;
  document.title = "Fuzz";
  document.drafted.push_back({&question, "drafts/" + question.id + ".md", answer});
  std::string markdown = pack_markdown(document);
  std::string html = lowercase(pack_html(document));
  PREPKIT_FUZZ_REQUIRE(html.find("<script") == std::string::npos);
  PREPKIT_FUZZ_REQUIRE(html.find("<img") == std::string::npos);
  PREPKIT_FUZZ_REQUIRE(html.find("<iframe") == std::string::npos);
  PREPKIT_FUZZ_REQUIRE(html.find("href=\"javascript:") == std::string::npos);
  return 0;
}
