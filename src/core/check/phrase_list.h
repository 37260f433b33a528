// A list of words and phrases as a trie of their case-folded characters, tried where a word
// that may start a phrase starts: linear in the text, and built in a small part of a regular
// expression's time.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/check/word_index.h"

namespace prepkit {

// The text with ASCII and Latin-1 letters in lower case, every offset unchanged: what phrases
// are matched against.
std::string fold_case(const std::string& text);
void fold_case_in_place(std::string* text);  // the same, without a copy

struct Match {
  size_t offset = 0;
  size_t length = 0;
};

// How phrases match (the text passed through fold_case, as the phrases are):
// - a phrase starts and ends on a word boundary where its first or last character is an ASCII
//   letter, digit or '_' ("nurse" is not found in "nurses"; "a.m." is found before a space);
// - white space or hyphens stand between its words, and a hyphen inside a word matches white
//   space too ("super user" finds "super-user", "on-call" finds "on call");
// - a trailing '*' matches any ending ("complain*" finds "complaining"), a '*' inside a word any
//   white space (the text's '*' are blanked: "f*ck" finds "f ck");
// - an apostrophe matches a straight or a curly one;
// - short forms match long ones both ways: "would be happy" finds "I'd be happy", "I'd like"
//   finds "I would like", "did not" finds "didn't", "not my fault" finds "isn't my fault"
//   (not the irregular can't, won't and shan't).
// Where several phrases match at one place, the one listed first is the match.
class PhraseList {
 public:
  explicit PhraseList(const std::vector<std::string>& phrases);

  // Every match, in order, none overlapping the one before.
  std::vector<Match> find_all(std::string_view folded) const;
  // Whether any phrase occurs; stops at the first match.
  bool contains(std::string_view folded) const;
  // The same, given the words of `folded` (indexed once for all the lists matched in a text).
  std::vector<Match> find_all(std::string_view folded, const WordSpan& words) const;
  bool contains(std::string_view folded, const WordSpan& words) const;

 private:
  // What one step of a phrase takes from the text.
  enum class Step : uint8_t {
    byte,        // one byte, as written
    apostrophe,  // ' or ’
    separator,   // white space and hyphens, at least one
    spaces,      // white space, any
    word_rest,   // word characters, any (a trailing '*')
    word,        // a whole word (a short form's word: "I" of "I'd"), from the root only
    word_to_n,   // a whole word but its last 'n' ("is" of "isn't"), from the root only
  };
  struct ByteEdge {
    char byte;
    uint32_t to;
  };
  struct StepEdge {
    Step step;
    uint32_t to;
  };
  // A node's edges are byte_edges_[bytes, bytes + byte_count), sorted by byte, and
  // step_edges_[steps, steps + step_count).
  struct Node {
    uint32_t bytes = 0;
    uint32_t steps = 0;
    uint16_t byte_count = 0;
    uint16_t step_count = 0;
    int32_t phrase = -1;          // the first-listed phrase that ends here
    bool boundary_after = false;  // that phrase ends on a word boundary
  };
  struct Found {
    int32_t phrase;  // INT32_MAX: none yet
    size_t end;
    bool any;        // any phrase will do: stop at the first
    int64_t budget;  // nodes and bytes a walk from one place may still visit
  };

  // A set of 64-bit hashes (open addressing): the words a phrase may start with, asked of each
  // word of the text before any walk.
  class HashSet {
   public:
    void insert(uint64_t hash);
    bool contains(uint64_t hash) const {
      if (slots_.empty()) return false;
      size_t mask = slots_.size() - 1;
      hash |= 1;  // 0 marks an empty slot
      for (size_t at = slot(hash, mask);; at = (at + 1) & mask) {
        if (slots_[at] == hash) return true;
        if (slots_[at] == 0) return false;
      }
    }

   private:
    static size_t slot(uint64_t hash, size_t mask) { return (hash ^ (hash >> 29) ^ (hash >> 13)) & mask; }
    std::vector<uint64_t> slots_;
    size_t count_ = 0;
  };

  // Building (phrase_list_build.cpp).
  struct BuildNode;
  struct Token {
    Step step;
    char byte;  // of Step::byte
  };
  using Piece = std::vector<Token>;  // what one word, or one form of it, takes
  static Piece written(std::string_view word);
  static uint32_t add_piece(std::vector<BuildNode>* nodes, uint32_t from, const Piece& piece);
  static void add_phrase(std::vector<BuildNode>* nodes, const std::string& phrase, int32_t index);
  // `first_bytes`: the first three bytes as start_key takes them.
  void collect_first_words(const std::vector<BuildNode>& built, uint32_t node, uint64_t hash, uint32_t first_bytes,
                           size_t length);

  // Matching (phrase_list.cpp).
  // Every match into `matches`; with none given, whether there is one (stops at the first).
  bool scan(std::string_view text, const WordSpan& words, std::vector<Match>* matches) const;
  // The next place from `at` where a match may start, or text.size(); *word: the first word
  // that starts there or later; *word_end: where the word that starts there ends.
  size_t next_candidate(std::string_view text, const WordSpan& words, const IndexedWord** word, size_t at,
                        size_t* word_end) const;
  bool passes_filter(uint32_t key) const { return filter_off_ || (start_filter_[key / 64] >> (key % 64) & 1) != 0; }
  // Whether a phrase may start with the word text[at, end), by its hashes.
  bool may_start_word(std::string_view text, size_t at, size_t end) const;
  // `budget`: what walks over the text may still visit; the walk from `start` takes its part.
  bool match_at(std::string_view text, size_t start, size_t word_end, bool any, int64_t* budget,
                Match* match) const;
  void walk(uint32_t node, std::string_view text, size_t at, Found* best) const;
  // word_end: where the word that starts at `at` ends, for the steps from the root.
  void follow_steps(const Node& node, std::string_view text, size_t at, size_t word_end, Found* best) const;
  uint32_t byte_child(const Node& node, char byte) const;  // 0: none
  bool takes_space_or_hyphen(const Node& node) const;       // as its next step

  std::vector<Node> nodes_;  // nodes_[0] is the root
  std::vector<ByteEdge> byte_edges_;
  std::vector<StepEdge> step_edges_;
  std::array<uint32_t, 256> root_bytes_{};  // the root's child by byte, 0 for none
  std::array<bool, 256> other_starts_{};    // bytes besides word characters that start a phrase
  bool has_other_starts_ = false;           // any of other_starts_
  // Bit k: a word whose start_key is k may start a phrase (word_index.h); all of them may
  // when a stem is shorter than the three bytes a key is made of.
  std::array<uint64_t, kStartKeyBits / 64> start_filter_{};
  bool filter_off_ = false;
  HashSet first_words_;                     // words that a phrase starts with
  HashSet first_stems_;                     // beginnings of such words ("complain" of "complain*")
  uint64_t stem_lengths_ = 0;               // bit n: a stem of n bytes
  bool any_place_ = false;                  // a match may start at any byte, even inside a word
  bool short_form_first_ = false;           // a phrase starts with a short form ("'d", "n't")
};

}  // namespace prepkit
