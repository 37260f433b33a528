// Word counts and placeholders: exact results on edge cases, and agreement with plain
// byte-by-byte definitions on many generated lines.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "core/check/prose.h"

using namespace prepkit;

namespace {

bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
// Next to a placeholder word, any non-ASCII byte joins it as a letter would.
bool is_word_byte(unsigned char c) { return is_ascii_alnum(c) || c >= 0x80 || c == '_'; }

// The letters and digits among random_line's longer characters: e acute, zhe, one half.
const std::vector<std::string> kLettersAndDigits = {"\xC3\xA9", "\xD0\xB6", "\xC2\xBD"};

bool is_wordy(const std::string& line, size_t i) {
  if (is_ascii_alnum(static_cast<unsigned char>(line[i]))) return true;
  for (const std::string& letter : kLettersAndDigits) {
    if (line.compare(i, letter.size(), letter) == 0) return true;
  }
  return false;
}

// The definition: runs of non-space bytes that hold a letter or digit, of ASCII or not.
int reference_words(const std::string& line) {
  int words = 0;
  bool wordy = false;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || is_space(static_cast<unsigned char>(line[i]))) {
      words += wordy ? 1 : 0;
      wordy = false;
    } else {
      wordy = wordy || is_wordy(line, i);
    }
  }
  return words;
}

bool reference_has_words(const std::string& line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (is_wordy(line, i)) return true;
  }
  return false;
}

// The definition: "[[" up to the first "]]", else TODO, TBD or FIXME as a whole word.
std::vector<std::pair<size_t, size_t>> reference_placeholders(const std::string& line) {
  std::vector<std::pair<size_t, size_t>> spans;
  for (size_t pos = 0; pos < line.size();) {
    size_t close = line.compare(pos, 2, "[[") == 0 ? line.find("]]", pos + 2) : std::string::npos;
    if (close != std::string::npos) {
      spans.emplace_back(pos, close + 2);
      pos = close + 2;
      continue;
    }
    size_t length = 0;
    for (std::string marker : {"TODO", "TBD", "FIXME"}) {
      if (line.compare(pos, marker.size(), marker) != 0) continue;
      size_t before = pos;  // one past the byte that must not join a word
      size_t after = pos + marker.size();
      bool emphasis = before > 0 && after < line.size() && line[before - 1] == '_' && line[after] == '_';
      for (; emphasis && before > 0 && line[before - 1] == '_';) --before;
      for (; emphasis && after < line.size() && line[after] == '_';) ++after;
      bool whole = (before == 0 || !is_word_byte(static_cast<unsigned char>(line[before - 1]))) &&
                   (after >= line.size() || !is_word_byte(static_cast<unsigned char>(line[after])));
      if (whole) length = marker.size();
    }
    if (length > 0) spans.emplace_back(pos, pos + length);
    pos += length > 0 ? length : 1;
  }
  return spans;
}

std::vector<std::pair<size_t, size_t>> placeholders(const std::string& line) {
  std::vector<std::pair<size_t, size_t>> spans;
  for (const Span& span : find_placeholders(line)) spans.emplace_back(span.begin, span.end);
  return spans;
}

// Lines of pieces drawn at random: white space, letters, punctuation, control and UTF-8 bytes,
// and the starts of placeholders, in runs that cross 8-byte boundaries at every offset.
std::string random_line(std::mt19937& random) {
  static const std::vector<std::string> pieces = {
      " ",  "  ",     "        ", "\t", "\r", "\n", "\v", "\f", "a",    "Zq",  "word", "x1",
      "7",  ".",      "-",        "**", "(",  ")",  "_",  "\x01", "\x1F", "\x7F", "\xC3\xA9",
      "\x80", "\xFF", "\xD0\xB6", "\xC2\xBD", "\xE2\x80\x94", "\xE2\x86\x92", "\xF0\x9F\x98\x80", "[",        "[[", "]",  "]]", "T",  "TODO", "TBD", "FIXME", "F",  "FIX",
      "abcdefgh", "!!!!!!!!!", "        x"};
  std::uniform_int_distribution<size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<int> count(0, 30);
  std::string line;
  for (int n = count(random); n > 0; --n) line += pieces[piece(random)];
  return line;
}

}  // namespace

TEST_CASE("count_words counts runs of non-space bytes with a letter or digit of any script", "[prose]") {
  CHECK(count_words("") == 0);
  CHECK(count_words("   \t  ") == 0);
  CHECK(count_words("one two  three") == 3);
  CHECK(count_words("- a list item") == 3);       // "-" alone is no word
  CHECK(count_words("-- ** ... !!") == 0);
  CHECK(count_words("(a) b-c d.e") == 3);         // punctuation joins a run, it does not split it
  CHECK(count_words("caf\xC3\xA9 \xE2\x80\x94 x") == 2);  // an em dash is no word
  CHECK(count_words("\xC3\xA9t\xC3\xA9 \xD0\xB6 \xC2\xBD \xE2\x80\x93 \xE2\x86\x92 \xE2\x9C\x93 \xF0\x9F\x98\x80") == 3);  // été ж ½, not – → ✓ 😀
  CHECK(count_words("\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x80\x94word") == 2);  // “Quoted” —word
  CHECK(count_words("a\tb\nc\vd\fe\rf") == 6);    // every white space byte splits
  CHECK(count_words("a\x01" "b \x1F \x7F") == 1);  // control bytes are neither space nor wordy
  CHECK(count_words("_ __ _x_") == 1);
  CHECK(count_words("  leading and trailing  ") == 3);
}

TEST_CASE("count_words on runs that end or start at every 8-byte boundary", "[prose]") {
  for (size_t before = 0; before < 20; ++before) {
    for (size_t length = 1; length < 20; ++length) {
      std::string line = std::string(before, ' ') + std::string(length, 'w') + " " +
                         std::string(length, '-') + " " + std::string(length, 'k') + "-" +
                         std::string(before, '.');
      INFO("before " << before << ", length " << length);
      CHECK(count_words(line) == 2);
      CHECK(count_words(line.substr(0, before + length)) == 1);
      CHECK(count_words(std::string(before, '.') + "\xC3\xA9" + std::string(length, '.')) == 1);
      CHECK(count_words(std::string(before, '*') + "\t" + std::string(length, 'y')) == 1);
    }
  }
}

TEST_CASE("count_words and has_words agree with their definitions on generated lines", "[prose]") {
  std::mt19937 random(12345);
  for (int i = 0; i < 20000; ++i) {
    std::string line = random_line(random);
    INFO("line '" << line << "'");
    REQUIRE(count_words(line) == reference_words(line));
    REQUIRE(has_words(line) == reference_has_words(line));
  }
}

TEST_CASE("has_words finds a letter or digit of any script", "[prose]") {
  CHECK_FALSE(has_words(""));
  CHECK_FALSE(has_words(std::string(40, ' ') + "- ** ..."));
  CHECK(has_words(std::string(40, ' ') + "x"));
  CHECK(has_words(std::string(17, ' ') + "\xC3\xA9"));
  CHECK_FALSE(has_words("\t\r\n\v\f_-"));
  CHECK_FALSE(has_words(" \xE2\x80\x94 \xE2\x86\x92 \xF0\x9F\x98\x80 "));
  CHECK(has_words(" \xE2\x86\x92\xD0\xB6"));
}

TEST_CASE("placeholders side by side, at line ends and unclosed", "[prose]") {
  using Spans = std::vector<std::pair<size_t, size_t>>;
  CHECK(placeholders("").empty());
  CHECK(placeholders("[[a]][[b]]") == Spans{{0, 5}, {5, 10}});
  CHECK(placeholders("[[a]]TODO") == Spans{{0, 5}, {5, 9}});
  CHECK(placeholders("TODO TBD FIXME") == Spans{{0, 4}, {5, 8}, {9, 14}});
  CHECK(placeholders("write it, TODO") == Spans{{10, 14}});
  CHECK(placeholders("TODOS, xTODO, TODO_, TBDx, FIXME1").empty());
  CHECK(placeholders("_TODO_ and __TBD__ but MY_TODO_LIST") == Spans{{1, 5}, {13, 16}});  // emphasis
  CHECK(placeholders("(TODO) TODO. \xC3\xA9TODO") == Spans{{1, 5}, {7, 11}});
  CHECK(placeholders("[[ unclosed TODO").size() == 1);
  CHECK(placeholders("[[ unclosed TODO") == Spans{{12, 16}});
  CHECK(placeholders("[[ [[ x ]] ]]") == Spans{{0, 10}});
  CHECK(placeholders("[[[x]]]") == Spans{{0, 6}});
  CHECK(placeholders("[[ TODO ]] TBD") == Spans{{0, 10}, {11, 14}});
  CHECK(placeholders("The Tall Tree, The Fox: TBD") == Spans{{24, 27}});
  CHECK(placeholders("[x] [ [ ] ]").empty());
}

TEST_CASE("placeholders agree with their definition on generated lines", "[prose]") {
  std::mt19937 random(678);
  for (int i = 0; i < 20000; ++i) {
    std::string line = random_line(random);
    INFO("line '" << line << "'");
    REQUIRE(placeholders(line) == reference_placeholders(line));
  }
}

TEST_CASE("a line of many capital Ts has its markers found", "[prose]") {
  std::string line;
  for (int i = 0; i < 2000; ++i) line += "The Tale ";
  line += "TODO";
  std::vector<Span> spans = find_placeholders(line);
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].begin == line.size() - 4);
  CHECK(spans[0].end == line.size());
}

TEST_CASE("a draft's placeholders are those of each of its prose lines", "[prose]") {
  std::mt19937 random(31);
  const std::vector<std::string> endings = {"\n", "\r\n", "\r"};
  std::uniform_int_distribution<size_t> ending(0, endings.size() - 1);
  std::uniform_int_distribution<int> lines(0, 12);
  for (int i = 0; i < 3000; ++i) {
    std::string text = i % 3 == 0 ? "---\nquestion: TODO\n---\n" : i % 3 == 1 ? "\xEF\xBB\xBF" : "";
    for (int n = lines(random); n > 0; --n) {
      std::string line = random_line(random);
      if (n % 4 == 0) line = "<!-- " + line + " -->";
      if (n % 5 == 0) line = "## " + line;
      text += line + endings[ending(random)];
    }
    if (i % 2 == 0) text += "[[ last" + random_line(random);  // no line ending at the end
    Draft draft = parse_draft(text);
    LinePlaceholders found = find_draft_placeholders(draft);
    REQUIRE(found.size() == draft.prose.size());
    auto wrapped = [&found](size_t line) {  // takes part in a "[[...]]" wrapped over lines
      auto continues = [&found](size_t i) { return i < found.size() && !found[i].empty() && found[i].front().continues; };
      return continues(line) || continues(line + 1);
    };
    for (size_t line = 0; line < draft.prose.size(); ++line) {
      if (wrapped(line)) continue;  // the next test case
      INFO("text '" << text << "', line " << line + 1);
      std::vector<Span> expected = find_placeholders(draft.prose[line]);
      REQUIRE(found[line].size() == expected.size());
      for (size_t k = 0; k < expected.size(); ++k) {
        CHECK(found[line][k].begin == expected[k].begin);
        CHECK(found[line][k].end == expected[k].end);
      }
    }
  }
}

TEST_CASE("a placeholder wrapped onto the next lines of its paragraph is one marker", "[prose]") {
  Draft draft = parse_draft(
      "## History\n"
      "Founded on land given by [[the name of\n"
      "the TODO donor, or\n"
      "the family]]. It grew. [[a]] and [[open\n"
      "\n"
      "not closed]] here, [[x\n"
      "## Next ]]\n"
      "> Quoted [[a wrapped\n"
      "> placeholder]].\n");
  LinePlaceholders found = find_draft_placeholders(draft);
  REQUIRE(found.size() == 9);
  REQUIRE(found[1].size() == 1);
  CHECK(found[1][0].begin == 25);
  CHECK(found[1][0].end == draft.prose[1].size());
  CHECK_FALSE(found[1][0].continues);
  REQUIRE(found[2].size() == 1);  // the TODO inside it is part of it
  CHECK(found[2][0].begin == 0);
  CHECK(found[2][0].end == draft.prose[2].size());
  CHECK(found[2][0].continues);
  REQUIRE(found[3].size() == 2);
  CHECK(found[3][0].end == 12);
  CHECK(found[3][0].continues);
  CHECK(found[3][1].begin == 23);  // [[a]]
  CHECK(placeholder_text(draft, found, 1, found[1][0]) == "[[the name of the TODO donor, or the family]]");
  CHECK(found[5].empty());  // a blank line ends the paragraph: "[[open" stays open
  CHECK(found[6].empty());  // and so does a heading
  REQUIRE(found[7].size() == 1);
  CHECK(placeholder_text(draft, found, 7, found[7][0]) == "[[a wrapped placeholder]]");  // no '>'
  Draft items = parse_draft("- [[first reason\n- second reason]] stays\n");
  LinePlaceholders in_items = find_draft_placeholders(items);
  CHECK(in_items[0].empty());  // a new list item is a new paragraph
  CHECK(in_items[1].empty());
}
