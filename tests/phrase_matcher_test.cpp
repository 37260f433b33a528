// Phrase matching for require/forbid checks: case, word boundaries, wildcards, line breaks.
#include <catch2/catch.hpp>

#include "core/check/phrase_matcher.h"

using namespace prepkit;

namespace {

size_t count(const std::vector<std::string>& phrases, const std::string& text) {
  return find_phrases(phrases, fold_case(text)).size();
}

}  // namespace

TEST_CASE("phrases match whole words, ignoring case", "[phrases]") {
  CHECK(count({"nurse"}, "The Nurse asked") == 1);
  CHECK(count({"nurse"}, "the nurses asked") == 0);
  CHECK(count({"RN"}, "an RN on nights") == 1);
  CHECK(count({"RN"}, "turn left") == 0);
  CHECK(count({"Fiancée"}, "her FIANCÉE and his fiancée") == 2);  // letters beyond ASCII fold too
}

TEST_CASE("a trailing star matches any ending", "[phrases]") {
  CHECK(count({"complain*"}, "she complained, I was complaining") == 2);
  CHECK(count({"complain*"}, "uncomplaining") == 0);
}

TEST_CASE("phrases match across white space and line breaks", "[phrases]") {
  std::vector<Match> m = find_phrases({"care team"}, fold_case("for the Care\n  team on 4B"));
  REQUIRE(m.size() == 1);
  CHECK(m[0].offset == 8);
  CHECK(m[0].length == 11);
}

TEST_CASE("a straight apostrophe also matches a curly one", "[phrases]") {
  CHECK(count({"wasn't my fault"}, "it wasn\u2019t my fault") == 1);
  CHECK(count({"wasn't my fault"}, "it wasn't my fault") == 1);
}

TEST_CASE("regular expression characters in phrases are literal", "[phrases]") {
  CHECK(count({"a.b"}, "axb") == 0);
  CHECK(count({"a.b"}, "see a.b here") == 1);
  CHECK(count({"(x"}, "see (x) here") == 1);
  CHECK(count({"", "  "}, "anything") == 0);
}

TEST_CASE("word boundaries apply only next to letters, digits and '_' of ASCII", "[phrases]") {
  CHECK(count({"a.m.", "p.m."}, "live by 6 a.m. Monday, not 5 p.m.") == 2);
  CHECK(count({"C++"}, "wrote C++ daily") == 1);
  CHECK(count({"C++"}, "wrote C++11 daily") == 1);  // nothing to hold a boundary after '+'
  CHECK(count({"Fiancée"}, "her fiancée") == 1);
  CHECK(count({"nurse"}, "nurse_station") == 0);
  CHECK(count({"*"}, "a b") == 0);  // stars alone match no empty string
  CHECK(count({"f*ck"}, "oh f ck") == 1);  // own text has its '*' blanked before matching
}

TEST_CASE("figures: digits, percentages, money and number words", "[phrases]") {
  CHECK(contains_number("saved 40 minutes"));
  CHECK(contains_number("cut errors by 30%"));
  CHECK(contains_number("saved $2,000 a year"));
  CHECK(contains_number("twice as fast"));
  CHECK(contains_number("over a decade on the wards"));
  CHECK_FALSE(contains_number("one of the things I am proudest of"));  // "one" is too common a word
  CHECK(contains_number("half the calls"));
  CHECK(contains_number("fell by a third"));
  CHECK(contains_number("three quarters of the ward"));
  CHECK_FALSE(contains_number("the third-party driver"));
  CHECK_FALSE(contains_number("for the third time, next quarter"));
  CHECK(contains_number("waits halved"));
  CHECK(contains_number("down to zero"));
  CHECK(contains_number("in the high sixties"));
  CHECK_FALSE(contains_number("a lot faster"));
}

TEST_CASE("contains_phrase agrees with find_phrases", "[phrases]") {
  CHECK(contains_phrase({"care team"}, "the care\nteam"));
  CHECK_FALSE(contains_phrase({"nurse"}, "nurses"));
  CHECK_FALSE(contains_phrase({""}, "anything"));
}

TEST_CASE("a clause that says not before a phrase negates it; a comma or a dash ends the clause", "[phrases]") {
  auto negated = [](const std::string& text, const std::string& phrase) {
    return negated_before(text, text.find(phrase));
  };
  CHECK(negated("it isn't that i work too hard", "i work too hard"));
  CHECK(negated("nobody thought she was impossible to work with", "she was"));
  CHECK(negated("i'm not the type to say i did it all", "i did it all"));
  CHECK(negated("i would never turn a blind eye", "turn a blind eye"));
  CHECK(negated("i couldn\u2019t say i carried the team", "i carried"));  // a curly n't
  CHECK(negated("none of us thought he was lazy", "was lazy"));
  CHECK(negated("it would have been unfair to say he was lazy", "was lazy"));
  CHECK_FALSE(negated("nobody had told me, so i had no way of knowing", "had no way"));
  CHECK_FALSE(negated("the unfair rota is a joke", "is a joke"));
  CHECK_FALSE(negated("| i never miss a shift | the pay is a joke |", "the pay"));  // a table cell
  CHECK_FALSE(negated("not gonna lie though; the leadership is a joke", "is a joke"));
  CHECK_FALSE(negated("it was not easy. she was a nightmare", "she was"));
  CHECK_FALSE(negated("no backup \u2014 the vendor dropped the ball", "the vendor"));
  CHECK_FALSE(negated("not at all\n\nthe pay is a joke", "the pay"));
  CHECK_FALSE(negated("i know what notes say: idiots", "idiots"));  // "notes" is no "not"
  CHECK_FALSE(negated("the pay is a joke", "the pay"));
  CHECK_FALSE(negated("the pay isn't great and my manager tends to micromanage", "micromanage"));
  CHECK_FALSE(negated("i'm not unhappy but the pay is a joke", "the pay"));
  CHECK(negated("i'm not bored and frustrated", "frustrated"));  // no new subject
  CHECK(negated("i never said he was lazy and the shift was chaos", "was lazy"));
  CHECK(negated("nobody butted in to say she was rude", "she was"));  // "butted" is no "but"
}

TEST_CASE("a match given as others' view and turned from with 'but' is set aside", "[phrases]") {
  auto aside = [](const std::string& text, const std::string& phrase) {
    return set_aside(text, text.find(phrase), phrase.size());
  };
  CHECK(aside("people told me healthcare is recession-proof, but that's not why i'm here", "recession-proof"));
  CHECK(aside("it would be easy to say it was partly the vendor's fault, but testing was my job", "vendor's fault"));
  CHECK(aside("joy says i'm the best preceptor she ever had, but i think she's being kind", "the best preceptor"));
  CHECK(aside("some people think it is useless; however, the data says otherwise", "it is useless"));
  CHECK(aside("some people on nights assumed he was lazy, but he had a point", "was lazy"));
  CHECK_FALSE(aside("some days i felt it was partly the vendor's fault, but i owned it", "vendor's fault"));
  CHECK_FALSE(aside("he told me to wait; it was partly the vendor's fault, so i escalated it", "vendor's fault"));
  CHECK_FALSE(aside("my manager thought it could wait\nit was partly the vendor's fault, but i own it", "vendor's fault"));
  CHECK_FALSE(aside("i said the pay is a joke, but i stayed", "the pay is a joke"));  // the candidate's own view
  CHECK_FALSE(aside("people told me it was fine. the vendor's fault, but whatever", "vendor's fault"));
  CHECK_FALSE(aside("people say the pay is a joke. but i stayed", "the pay is a joke"));  // the turn is in the next sentence
  CHECK_FALSE(aside("people say the pay is a joke", "the pay is a joke"));
  std::string far = "people say " + std::string(500, 'x') + " the pay is a joke, but i stayed";
  CHECK_FALSE(aside(far, "the pay is a joke"));  // the view is looked for 400 bytes back at most
  CHECK_FALSE(aside("the pay is a joke, but i stayed", "the pay is a joke"));
}

TEST_CASE("a hyphen stands for white space between words, and short forms match long ones", "[phrases]") {
  CHECK(contains_phrase({"super user"}, "i was a super-user on the ward"));
  CHECK(contains_phrase({"on-call"}, "the on call rota"));
  CHECK(contains_phrase({"fall back"}, "a fall-back plan"));
  CHECK(contains_phrase({"would be happy"}, "i'd be happy to"));
  CHECK(contains_phrase({"would be happy"}, "i\u2019d be happy to"));
  CHECK(contains_phrase({"i'd like"}, "i would like to"));
  CHECK(contains_phrase({"i'd like"}, "i\u2019d like to"));
  CHECK(contains_phrase({"am bored"}, "i'm bored"));
  CHECK(contains_phrase({"i've had enough"}, "i have had enough"));
  CHECK(contains_phrase({"did not care"}, "they didn't care"));
  CHECK(contains_phrase({"didn't care"}, "they did not care"));
  CHECK(contains_phrase({"not worth reporting"}, "it isn't worth reporting"));
  CHECK(contains_phrase({"we're short"}, "we are short"));
  CHECK_FALSE(contains_phrase({"can't stand"}, "i can not stand"));  // irregular: listed as it is
  CHECK_FALSE(contains_phrase({"would be happy"}, "wouldbe happy"));
  CHECK_FALSE(contains_phrase({"super user"}, "superuser"));  // a hyphen or a space, not nothing
  CHECK(contains_phrase({"care-team*"}, "the care team members"));
  CHECK_FALSE(contains_phrase({"care-team*"}, "the careteam"));
  std::vector<Match> found = find_phrases({"not my fault"}, "it isn't my fault");
  REQUIRE(found.size() == 1);
  CHECK(found[0].offset == 3);  // the whole "isn't", not its "n't"
  CHECK(found[0].length == 14);
}

TEST_CASE("letters and digits of any script start a word, and asking again gives the same answer", "[phrases]") {
  // Asked twice each, in an order that has each answer remembered before it is asked again.
  for (int round = 0; round < 2; ++round) {
    CHECK(starts_with_letter_or_digit("\u00e9t\u00e9"));      // é
    CHECK(starts_with_letter_or_digit("\u0436"));             // ж
    CHECK(starts_with_letter_or_digit("\u00bd"));             // ½, a number
    CHECK(starts_with_letter_or_digit("\u4e2d\u6587"));       // 中
    CHECK(starts_with_letter_or_digit("a"));
    CHECK_FALSE(starts_with_letter_or_digit("\u2014 x"));    // —
    CHECK_FALSE(starts_with_letter_or_digit("\u2019s"));     // ’
    CHECK_FALSE(starts_with_letter_or_digit("\u2192"));      // →
    CHECK_FALSE(starts_with_letter_or_digit("\xF0\x9F\x98\x80"));  // an emoji
    CHECK_FALSE(starts_with_letter_or_digit("\xC3"));        // a character cut short
    CHECK_FALSE(starts_with_letter_or_digit(""));
  }
}
