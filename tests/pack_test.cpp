// The pack's pieces: the cleaned answer (comments, front matter, title, heading levels), the
// safe HTML rendering, and the readiness model that picks each question's draft.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>

#include "core/check/check_draft.h"
#include "core/draft/render_draft.h"
#include "core/io/file_io.h"
#include "core/markdown/draft.h"
#include "core/markdown/render_html.h"
#include "core/pack/answer_text.h"
#include "core/pack/pack.h"
#include "core/status/status.h"

using namespace prepkit;

namespace {

Question question(const std::string& id, const std::string& text) {
  Question q;
  q.id = id;
  q.title = "Title of " + id;
  q.question = text;
  return q;
}

FileReport draft(const std::string& path, const std::string& id, std::vector<Severity> findings) {
  FileReport report;
  report.path = path;
  report.question = id;
  report.words = 10;
  for (Severity s : findings) report.diagnostics.push_back({path, 1, 1, s, "rule", "message"});
  return report;
}

}  // namespace

TEST_CASE("a comment's end column is recorded", "[draft]") {
  Draft d = parse_draft("a <!-- x --> b\n<!-- one\ntwo --> c\n");
  REQUIRE(d.comments.size() == 2);
  CHECK(d.comments[0].column == 3);
  CHECK(d.comments[0].last_column == 12);
  CHECK(d.comments[1].last_line == 3);
  CHECK(d.comments[1].last_column == 7);
}

TEST_CASE("the answer loses front matter, comments and the template's title", "[pack]") {
  Question q = question("x", "Why   this job?");
  std::string text =
      "---\nquestion: x\n---\n# Any title\n\n> Why this\n> job?\n\n<!--\nguidance\n-->\n\n"
      "## Situation\n\n<!-- hint -->\n\nI did <!-- not --> it.\n";
  CHECK(answer_markdown(text, q, 2) == "#### Situation\n\nI did it.\n");
}

TEST_CASE("a quote that is not the question stays, and so does code", "[pack]") {
  Question q = question("x", "Something else?");
  std::string text = "# T\n\n> My own quote\n\n```\n<!-- kept -->\n\n\nx\n```\n";
  CHECK(answer_markdown(text, q, 2) == "> My own quote\n\n```\n<!-- kept -->\n\n\nx\n```\n");
}

TEST_CASE("headings move down, up to level 6; setext becomes ATX", "[pack]") {
  Question q = question("x", "Q?");
  std::string text = "Intro.\n\n# Later title\n\nMy list\n-------\n\n##### Deep\n\n> ## Quoted\n";
  CHECK(answer_markdown(text, q, 2) ==
        "Intro.\n\n### Later title\n\n#### My list\n\n###### Deep\n\n> #### Quoted\n");
}

TEST_CASE("CRLF and a byte-order mark; a draft of only guidance is empty", "[pack]") {
  Question q = question("x", "Q?");
  CHECK(answer_markdown("\xEF\xBB\xBF## A\r\n\r\nText\r\n", q, 1) == "### A\n\nText\n");
  CHECK(answer_markdown("---\nquestion: x\n---\n# T\n\n> Q?\n\n<!-- only guidance -->\n", q, 2).empty());
}

TEST_CASE("HTML rendering is safe and loads nothing", "[pack]") {
  std::string html = markdown_to_html(
      "a < b & <script>alert(1)</script> ![logo](http://example.com/x.png) "
      "[bad](javascript:alert(1))\n\n- [x] done\n\n| a |\n| - |\n| ~~b~~ |\n");
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("javascript:") == std::string::npos);
  CHECK(html.find("a &lt; b &amp;") != std::string::npos);
  CHECK(html.find("<a href=\"http://example.com/x.png\">logo</a>") != std::string::npos);
  CHECK(html.find("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> done") != std::string::npos);
  CHECK(html.find("<del>b</del>") != std::string::npos);
}

TEST_CASE("status: states, the first draft by path, strays and readiness", "[status]") {
  Bank bank;
  bank.add_question(question("a", "A?"));
  bank.add_question(question("b", "B?"));
  bank.add_question(question("c", "C?"));
  std::vector<const Question*> all;
  for (const Question& q : bank.questions()) all.push_back(&q);
  std::vector<FileReport> drafts = {draft("a.md", "a", {Severity::warning}),
                                    draft("b.md", "b", {Severity::error, Severity::warning}),
                                    draft("old/a.md", "a", {}), draft("zz.md", "zz", {})};
  StatusReport report = build_status(bank, all, drafts, StatusOptions{});
  REQUIRE(report.questions.size() == 3);
  CHECK(report.questions[0].state == DraftState::passing);
  CHECK(report.questions[0].file == "a.md");
  CHECK(report.questions[0].other_files == std::vector<std::string>{"old/a.md"});
  CHECK(report.questions[1].state == DraftState::failing);
  CHECK(report.questions[1].errors == 1);
  CHECK(report.questions[2].state == DraftState::missing);
  REQUIRE(report.strays.size() == 1);
  CHECK(report.strays[0].severity == Severity::warning);
  CHECK(report.summary.readiness == 33);
  StatusOptions strict;
  strict.fail_on = Severity::warning;
  strict.drafted_only = true;
  report = build_status(bank, all, drafts, strict);
  CHECK(report.questions.size() == 2);
  CHECK(report.summary.failing == 2);
  CHECK(report.summary.readiness == 0);
}

TEST_CASE("an answer of headings, checklists and placeholders has nothing written", "[pack]") {
  CHECK_FALSE(has_content("#### Situation\n\n- [[how]]\n\n#### Checklist\n\n- [ ] Said it aloud\n"));
  CHECK_FALSE(has_content(""));
  CHECK(has_content("#### Situation\n\n- Listened first: [[how]]\n"));
  CHECK(has_content("Ça marche.\n"));
}

TEST_CASE("a title after code is the candidate's, not the template's", "[pack]") {
  Question q = question("x", "Q?");
  CHECK(answer_markdown("```\ncode\n```\n# Mine\n", q, 1) == "```\ncode\n```\n## Mine\n");
}

TEST_CASE("a draft that holds only the template's guidance text is still empty", "[pack]") {
  // patient-safety's talking points are template lines with placeholders after them.
  BankLoadResult loaded = load_bank(BankSources{});
  REQUIRE(loaded.errors.empty());
  const Question* q = loaded.bank.find("patient-safety");
  REQUIRE(q != nullptr);
  std::string untouched = render_draft(*q, loaded.bank, resolve_variables(*q, {}).values).text;
  std::string written = untouched;
  const std::string own_point = "[[a talking point of your own]]";
  REQUIRE(written.find(own_point) != std::string::npos);
  written.replace(written.find(own_point), own_point.size(), "Testing every interface change");
  TemplateCache templates(loaded.bank);
  FileReport as_rendered = check_text("a/patient-safety.md", untouched, "", loaded.bank, templates, {});
  CHECK(as_rendered.only_template_text);
  CHECK(as_rendered.words > 0);  // the guidance text still counts as words
  FileReport as_written = check_text("b/patient-safety.md", written, "", loaded.bank, templates, {});
  CHECK_FALSE(as_written.only_template_text);

  namespace fs = std::filesystem;
  fs::path root = fs::temp_directory_path() / ("prepkit-pack-" + std::to_string(::getpid()));
  fs::create_directories(root);
  as_rendered.path = (root / "patient-safety.md").string();
  REQUIRE_FALSE(write_file_atomically(as_rendered.path, untouched));
  std::vector<const Question*> selection{q};
  PackResult pack = build_pack(build_status(loaded.bank, selection, {as_rendered}, {}), "Prep");
  fs::remove_all(root);
  REQUIRE(pack.errors.empty());
  CHECK(pack_summary(pack.document) == "1 question: 0 answered, 1 still empty, 0 not yet drafted");
}
