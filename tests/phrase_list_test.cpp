// The phrase list's trie: which phrase is the match at a place, every way a phrase may start,
// case folding beyond ASCII, and matching with a text's word index.
#include <catch2/catch.hpp>

#include "core/check/phrase_list.h"

using namespace prepkit;

namespace {

// "offset+length" of each match, for one look at all of them.
std::vector<std::string> matches(const std::vector<std::string>& phrases, const std::string& text) {
  std::vector<std::string> found;
  for (const Match& match : PhraseList(phrases).find_all(fold_case(text))) {
    found.push_back(std::to_string(match.offset) + "+" + std::to_string(match.length));
  }
  return found;
}

using Found = std::vector<std::string>;

}  // namespace

TEST_CASE("the phrase listed first is the match at a place", "[phrase-list]") {
  std::string text = "she was a real pain to deal with";
  CHECK(matches({"a real pain", "a real pain to deal with"}, text) == Found{"8+11"});
  CHECK(matches({"a real pain to deal with", "a real pain"}, text) == Found{"8+24"});
  CHECK(matches({"real pain", "a real pain"}, text) == Found{"8+11"});  // the earlier place first
}

TEST_CASE("matches do not overlap the one before", "[phrase-list]") {
  CHECK(matches({"team lead", "lead nurse"}, "our team lead nurse") == Found{"4+9"});
  CHECK(matches({"ha ha"}, "ha ha ha ha") == Found{"0+5", "6+5"});
}

TEST_CASE("a phrase is found however its first word is written in the text", "[phrase-list]") {
  CHECK(matches({"didn't care"}, "they did not care") == Found{"5+12"});  // the long form's word
  CHECK(matches({"didn't care"}, "they didn\u2019t care") == Found{"5+13"});  // a curly apostrophe is 3 bytes
  CHECK(matches({"would like"}, "I'd like to") == Found{"0+8"});  // the short form on any word
  CHECK(matches({"not sure"}, "we weren't sure") == Found{"3+12"});
  CHECK(matches({"x*y"}, "xy and x y") == Found{"0+2", "7+3"});  // white space, any
  CHECK(matches({"on-call*"}, "the on call rota, on-callers") == Found{"4+7", "18+10"});
  CHECK(matches({"'tis"}, "it'tis") == Found{"2+4"});  // an apostrophe first: anywhere
  CHECK(matches({"$"}, "paid$5") == Found{"4+1"});
  std::string stem(70, 'a');
  CHECK(matches({stem + "*"}, "x " + stem + "bc y") == Found{"2+72"});  // a stem too long to hash
  CHECK(matches({"complain*"}, "uncomplaining complaints") == Found{"14+10"});
}

TEST_CASE("case folds for ASCII and Latin-1 letters, offsets unchanged", "[phrase-list]") {
  CHECK(fold_case("CAF\u00c9 \u00c0 LA CR\u00c8ME") == "caf\u00e9 \u00e0 la cr\u00e8me");
  CHECK(fold_case("2 \u00d7 3 \u00df") == "2 \u00d7 3 \u00df");  // the sign and sharp s stay
  CHECK(fold_case("\u0416") == "\u0416");  // other scripts as they are
  CHECK(matches({"Cr\u00e8me"}, "CR\u00c8ME br\u00fbl\u00e9e") == Found{"0+6"});
}

TEST_CASE("white space and hyphens between words give way to a word that starts with one", "[phrase-list]") {
  CHECK(matches({"added. -->"}, "the team added. --> and more") == Found{"9+10"});
  CHECK(matches({"---"}, "---- x --- y") == Found{"0+4", "7+3"});  // the longest run first
}

TEST_CASE("a long run of near misses stays linear", "[phrase-list]") {
  std::string dashes;
  for (int i = 0; i < 20000; ++i) dashes += " -";
  CHECK(PhraseList({"a - - - - - - - - - - - - b"}).find_all("a" + dashes + " c").empty());  // no walk tries every split
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "a ";
  CHECK(PhraseList({"a a a a b", "a*b", "a-a-a c"}).find_all(text).empty());
  CHECK(PhraseList({"a a a a b"}).contains(text + "a a a a b"));
}

TEST_CASE("a phrase of many short-form words stays small", "[phrase-list]") {
  std::string phrase = "had";
  for (int i = 0; i < 39; ++i) phrase += " had";
  PhraseList list({phrase});  // 2^40 spellings if every form were kept
  CHECK(list.contains(phrase));
  CHECK(list.contains("i'd had had had had had " + phrase.substr(24)));  // the first words' forms still hold
}

TEST_CASE("a stem shorter than the bytes a word's key holds still starts longer words", "[phrase-list]") {
  CHECK(matches({"re*"}, "the red rest, ore") == Found{"4+3", "8+4"});
  CHECK(matches({"a*", "xyz"}, "xyzzy xyz ab") == Found{"6+3", "10+2"});
}

TEST_CASE("a part of an indexed text is matched with the words that lie in it", "[phrase-list]") {
  std::string text = "care team\nthe care team\nteam";
  WordIndex index(text);
  PhraseList list({"care team"});
  size_t line = text.find("the");
  std::string_view second(std::string_view(text).substr(line, 14));  // "the care team\n"
  std::vector<Match> found = list.find_all(second, index.within(line, line + second.size()));
  REQUIRE(found.size() == 1);
  CHECK(found[0].offset == 4);  // in the part
  CHECK(found[0].length == 9);
  size_t last = line + second.size();
  CHECK_FALSE(list.contains(std::string_view(text).substr(last), index.within(last, text.size())));
}

TEST_CASE("words across and at the end of 64-byte blocks are indexed whole", "[phrase-list]") {
  for (size_t before = 58; before <= 64; ++before) {
    std::string text = std::string(before, ' ') + "nurse";  // crosses byte 64, or starts on it
    INFO("nurse at " << before);
    CHECK(matches({"nurse"}, text) == Found{std::to_string(before) + "+5"});
  }
  std::string whole_blocks = std::string(59, '-') + "nurse";  // a word that ends the last block
  REQUIRE(whole_blocks.size() == 64);
  CHECK(matches({"nurse"}, whole_blocks) == Found{"59+5"});
  CHECK(matches({"nurse"}, whole_blocks + whole_blocks) == Found{"59+5", "123+5"});
}
