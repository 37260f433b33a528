// Matching with a phrase list: each word of the text whose key and hash say a phrase may start
// with it is walked through the trie, bytes in a loop and the other steps depth first.
#include "core/check/phrase_list.h"

#include <algorithm>
#include <cstdint>

#include "core/check/word_bytes.h"

namespace prepkit {
namespace {

char fold_ascii(char c) {
  return static_cast<unsigned char>(c - 'A') < 26 ? static_cast<char>(c | 0x20) : c;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Whether a word starts or ends at `at`: a word byte on one side only.
bool word_boundary(std::string_view text, size_t at) {
  bool before = at > 0 && is_ascii_word_byte(text[at - 1]);
  bool after = at < text.size() && is_ascii_word_byte(text[at]);
  return before != after;
}

// What a walk from one place may visit, in nodes and bytes taken by white space and word
// endings: what keeps a hostile bank and text (phrases of hyphens over runs of hyphens) from
// taking more than linear time. The built-in bank's lists take at most 66 on the sample
// answers and the benchmark's drafts.
constexpr int64_t kWalkBudget = 4096;
// And what all the walks over one text may visit, per byte of it: a bound on the time a text
// takes whatever the bank. The built-in bank's lists take at most a third.
constexpr int64_t kScanBudgetPerByte = 64;

// How far a step from `at` may read: to the end of the text or of the walk's budget.
size_t run_limit(std::string_view text, size_t at, int64_t budget) {
  return budget <= 0 ? at : std::min(text.size(), at + static_cast<size_t>(budget));
}

// Where an apostrophe, straight or curly, at `at` ends; `at` when there is none.
size_t apostrophe_end(std::string_view text, size_t at) {
  if (at < text.size() && text[at] == '\'') return at + 1;
  bool curly = at + 2 < text.size() && text[at] == '\xE2' && text[at + 1] == '\x80' && text[at + 2] == '\x99';
  return curly ? at + 3 : at;
}

}  // namespace

std::string fold_case(const std::string& text) {
  std::string lower(text);
  fold_case_in_place(&lower);
  return lower;
}

void fold_case_in_place(std::string* text) {
  std::string& lower = *text;
  for (char& c : lower) c = fold_ascii(c);  // branch-free: the compiler vectorizes it
  // Latin-1 capitals (U+00C0 to U+00DE but U+00D7) are 0xC3 0x80-0x9E; small ones 0x20 on.
  for (size_t i = lower.find('\xC3'); i != std::string::npos && i + 1 < lower.size();
       i = lower.find('\xC3', i + 1)) {
    auto next = static_cast<unsigned char>(lower[i + 1]);
    if (next >= 0x80 && next <= 0x9E && next != 0x97) lower[i + 1] = static_cast<char>(next + 0x20);
  }
}

uint32_t PhraseList::byte_child(const Node& node, char byte) const {
  const ByteEdge* begin = byte_edges_.data() + node.bytes;
  const ByteEdge* end = begin + node.byte_count;
  auto below = [](const ByteEdge& edge, char c) {
    return static_cast<unsigned char>(edge.byte) < static_cast<unsigned char>(c);
  };
  const ByteEdge* it = std::lower_bound(begin, end, byte, below);
  return it != end && it->byte == byte ? it->to : 0;
}

bool PhraseList::takes_space_or_hyphen(const Node& node) const {
  for (const ByteEdge* edge = byte_edges_.data() + node.bytes, *end = edge + node.byte_count; edge != end; ++edge) {
    if (is_space(edge->byte) || edge->byte == '-') return true;
  }
  for (const StepEdge* edge = step_edges_.data() + node.steps, *end = edge + node.step_count; edge != end; ++edge) {
    if (edge->step == Step::separator || edge->step == Step::spaces) return true;
  }
  return false;
}

void PhraseList::follow_steps(const Node& node, std::string_view text, size_t at, size_t word_end, Found* best) const {
  for (const StepEdge* edge = step_edges_.data() + node.steps, *end = edge + node.step_count; edge != end; ++edge) {
    size_t next = at;
    switch (edge->step) {
      case Step::byte: continue;
      case Step::apostrophe:
        next = apostrophe_end(text, at);
        if (next == at) continue;
        break;
      case Step::separator:
      case Step::spaces: {
        bool hyphens = edge->step == Step::separator;
        size_t limit = run_limit(text, at, best->budget);
        while (next < limit && (is_space(text[next]) || (hyphens && text[next] == '-'))) ++next;
        size_t least = hyphens ? at + 1 : at;
        if (next < least) continue;
        best->budget -= static_cast<int64_t>(next - at);
        // The whole run first, as a regular expression's greedy repetition; when what follows
        // may itself start with white space or a hyphen ("-->" after a word), shorter ones too.
        walk(edge->to, text, next, best);
        if (takes_space_or_hyphen(nodes_[edge->to])) {
          for (size_t shorter = next; shorter-- > least;) walk(edge->to, text, shorter, best);
        }
        continue;
      }
      case Step::word_rest:
        for (size_t limit = run_limit(text, at, best->budget); next < limit && is_ascii_word_byte(text[next]);) ++next;
        best->budget -= static_cast<int64_t>(next - at);
        break;
      case Step::word:  // only from the root, at the start of a word that ends at word_end
        if (word_end == at || apostrophe_end(text, word_end) == word_end) continue;
        next = word_end;
        break;
      case Step::word_to_n:
        if (word_end - at < 2 || text[word_end - 1] != 'n' || apostrophe_end(text, word_end) == word_end) continue;
        next = word_end - 1;  // the 'n' of "n't"
        break;
    }
    walk(edge->to, text, next, best);
  }
}

// Follows bytes in a loop and other steps by recursion, keeping the first-listed phrase found.
void PhraseList::walk(uint32_t index, std::string_view text, size_t at, Found* best) const {
  for (;;) {
    if ((best->any && best->phrase != INT32_MAX) || --best->budget < 0) return;
    const Node& node = nodes_[index];
    if (node.phrase >= 0 && node.phrase < best->phrase && (!node.boundary_after || word_boundary(text, at))) {
      best->phrase = node.phrase;
      best->end = at;
    }
    if (node.step_count > 0) follow_steps(node, text, at, at, best);
    if (at >= text.size() || node.byte_count == 0 || (index = byte_child(node, text[at])) == 0) return;
    ++at;
  }
}

bool PhraseList::match_at(std::string_view text, size_t start, size_t word_end, bool any, int64_t* budget,
                          Match* match) const {
  int64_t granted = std::min(kWalkBudget, *budget);
  Found best = {INT32_MAX, start, any, granted};
  char c = text[start];
  uint32_t child = root_bytes_[static_cast<unsigned char>(c)];
  if (child != 0 && (!is_ascii_word_byte(c) || word_end > start)) walk(child, text, start + 1, &best);  // \b before a word
  if (nodes_[0].step_count > 0) follow_steps(nodes_[0], text, start, word_end, &best);
  *budget -= granted - std::max<int64_t>(best.budget, 0);
  if (best.phrase == INT32_MAX) return false;
  *match = {start, best.end - start};
  return true;
}

bool PhraseList::may_start_word(std::string_view text, size_t at, size_t end) const {
  uint64_t hash = kWordHashStart;
  for (size_t i = at; i < end; ++i) {
    hash = next_word_hash(hash, text[i]);
    size_t length = i + 1 - at;
    if (length < 64 && (stem_lengths_ >> length & 1) != 0 && first_stems_.contains(hash)) return true;
  }
  return first_words_.contains(hash);
}

// Where a match may start: the start of a word that passes the filter and the hashes, or one
// followed by an apostrophe when a phrase starts with a short form; for a list with phrases
// that start otherwise, a byte between words.
size_t PhraseList::next_candidate(std::string_view text, const WordSpan& words, const IndexedWord** word, size_t at,
                                  size_t* word_end) const {
  const bool between_words = any_place_ || has_other_starts_;
  for (;;) {
    while (*word != words.end && (*word)->start - words.base < at) ++*word;
    if (!between_words) {  // the common case: a word whose key fails the filter is passed over at once
      while (*word != words.end && !passes_filter((*word)->key) && !short_form_first_) ++*word;
    }
    size_t start = *word != words.end ? (*word)->start - words.base : text.size();
    for (; between_words && at < start; ++at) {  // bytes between words, or in one a match ended in
      if (any_place_ || other_starts_[static_cast<unsigned char>(text[at])]) {
        *word_end = at;
        return at;
      }
    }
    if (*word == words.end) return text.size();
    *word_end = (*word)->end - words.base;
    if (any_place_ || (passes_filter((*word)->key) && may_start_word(text, start, *word_end)) ||
        (short_form_first_ && apostrophe_end(text, *word_end) != *word_end)) {
      return start;
    }
    at = *word_end;
  }
}

bool PhraseList::scan(std::string_view text, const WordSpan& words, std::vector<Match>* matches) const {
  int64_t budget = kScanBudgetPerByte * static_cast<int64_t>(text.size()) + kWalkBudget;
  const IndexedWord* word = words.begin;
  for (size_t at = 0; budget > 0;) {
    size_t word_end = 0;
    at = next_candidate(text, words, &word, at, &word_end);
    if (at >= text.size()) return false;
    Match match;
    if (match_at(text, at, word_end, matches == nullptr, &budget, &match)) {
      if (matches == nullptr) return true;
      matches->push_back(match);
      at = match.offset + std::max<size_t>(1, match.length);
    } else {
      // No phrase starts inside a word, unless one starts with an apostrophe or white space.
      at = any_place_ ? at + 1 : std::max(at + 1, word_end);
    }
  }
  return false;
}

std::vector<Match> PhraseList::find_all(std::string_view folded, const WordSpan& words) const {
  std::vector<Match> matches;
  scan(folded, words, &matches);
  return matches;
}

bool PhraseList::contains(std::string_view folded, const WordSpan& words) const {
  return scan(folded, words, nullptr);
}

std::vector<Match> PhraseList::find_all(std::string_view folded) const {
  WordIndex index(folded);
  return find_all(folded, index.all());
}

bool PhraseList::contains(std::string_view folded) const {
  WordIndex index(folded);
  return contains(folded, index.all());
}

}  // namespace prepkit
