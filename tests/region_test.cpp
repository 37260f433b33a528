// The own text of a draft: line contents against the template, and regions of named sections.
#include <catch2/catch.hpp>

#include "core/check/line_content.h"
#include "core/check/phrase_matcher.h"
#include "core/check/region.h"

using namespace prepkit;

namespace {

// A draft checked against a template, with everything a RuleInput refers to.
struct Checked {
  Checked(const std::string& markdown, const std::string& template_markdown)
      : draft(parse_draft(markdown)),
        placeholders(find_draft_placeholders(draft)),
        model(make_template_model(template_markdown)),
        contents(classify_lines(draft, placeholders, model)),
        input{path, draft, placeholders, contents, question, model, variables, 0, 0, regions} {}
  std::string path = "draft.md";
  Question question;
  Variables variables;
  Draft draft;
  LinePlaceholders placeholders;
  TemplateModel model;
  LineContents contents;
  RegionCache regions;
  RuleInput input;
};

const char* kTemplate = "## A\n\nDescribe the setting.\n\n## B\n\n## C\n\n- [ ] ticked\n";

}  // namespace

TEST_CASE("classify_lines tells guidance text from the candidate's own", "[region]") {
  Checked c("## A\n\nDescribe the   setting.\n- Describe the setting.\nMy own [[x]] words\n[[only a placeholder]]\n\n"
            "## Z\n\nOutside the template\n",
            kTemplate);
  CHECK(c.contents[0] == LineContent::none);  // a heading
  CHECK(c.contents[2] == LineContent::template_text);
  CHECK(c.contents[3] == LineContent::template_text);
  CHECK(c.contents[4] == LineContent::own);
  CHECK(c.contents[5] == LineContent::none);
  CHECK(c.contents[9] == LineContent::none);  // a section the template lacks
}

TEST_CASE("a region of sections next to each other is a view; others are joined", "[region]") {
  Checked c("## A\n\nDescribe the setting.\nalpha\n\n## B\n\nbeta [[x]] gamma\n\n## C\n\nDelta\n", kTemplate);
  const auto& sections = c.draft.sections;
  Region a = own_text(c.input, {&sections[0]});
  CHECK(a.text() == "\nalpha\n\n");
  Region bc = own_text(c.input, {&sections[1], &sections[2]});
  CHECK(bc.text() == "\nbeta       gamma\n\n\nDelta\n");
  CHECK(bc.folded() == "\nbeta       gamma\n\n\ndelta\n");
  Region ac = own_text(c.input, {&sections[0], &sections[2]});
  CHECK(ac.text() == "\nalpha\n\n\nDelta\n");
  int line = 0, column = 0;
  ac.place(ac.text().find("Delta") + 1, &line, &column);
  CHECK(line == 12);
  CHECK(column == 2);
  bc.place(bc.text().find("gamma"), &line, &column);
  CHECK(line == 8);
  CHECK(column == 12);
  REQUIRE(bc.find_line(12));
  CHECK(bc.line_text(*bc.find_line(12)) == "Delta");
  CHECK_FALSE(bc.find_line(3));
  CHECK(own_text(c.input, {}).text().empty());
}

TEST_CASE("folded text: quote markers are blanked, bullet markers end a clause", "[region]") {
  Checked c("## A\n\n> Dr. Okafor was\n> > arrogant **again**\n- I never miss a shift\n  * The pay is a joke\n", kTemplate);
  Region a = own_text(c.input, {&c.draft.sections[0]});
  CHECK(a.text() == "\n> Dr. Okafor was\n> > arrogant **again**\n- I never miss a shift\n  * The pay is a joke\n");
  CHECK(a.folded() == "\n  dr. okafor was\n    arrogant   again  \n; i never miss a shift\n  ; the pay is a joke\n");
  std::string folded(a.folded());
  CHECK(contains_phrase({"was arrogant"}, folded));
  CHECK_FALSE(negated_before(folded, folded.find("the pay")));
  Checked ordered("## A\n\n1. I never skip the checks\n2. It was the vendor's fault\n", kTemplate);
  std::string numbered(own_text(ordered.input, {&ordered.draft.sections[0]}).folded());
  CHECK(numbered == "\n;  i never skip the checks\n;  it was the vendor's fault\n");
  CHECK_FALSE(negated_before(numbered, numbered.find("it was")));
}

TEST_CASE("a region cache cleared for another draft gives that draft's own text and words", "[region]") {
  Checked first("## A\n\nDescribe the setting.\nThe first, longer draft of the two\n", kTemplate);
  Checked second("## A\n\nA nurse\n", kTemplate);
  RegionCache shared;
  for (Checked* c : {&first, &second, &first}) {
    shared.clear();
    RuleInput input{c->path, c->draft, c->placeholders, c->contents, c->question, c->model, c->variables, 0, 0, shared};
    Region a = own_text(input, {&c->draft.sections[0]});
    bool is_second = c == &second;
    CHECK(a.text() == (is_second ? "\nA nurse\n" : "\nThe first, longer draft of the two\n"));
    CHECK(PhraseList({"nurse"}).contains(a.folded(), a.words()) == is_second);
    CHECK(PhraseList({"draft"}).contains(a.folded(), a.words()) == !is_second);
  }
}
