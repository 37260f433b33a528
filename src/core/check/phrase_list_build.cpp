// Building a phrase list: each phrase written out as steps (bytes, apostrophes, white space,
// word endings), the forms of its words merged into one trie, and the words a phrase may start
// with gathered for a quick test before any walk.
#include <algorithm>
#include <string_view>

#include "core/check/phrase_list.h"
#include "core/check/word_bytes.h"

namespace prepkit {
namespace {

// A short form, written onto the word before it, and its long forms: "I'd" is "I would" or
// "I had". The irregular can't, won't and shan't are left as they are written.
struct ShortForm {
  std::string_view suffix;
  std::string_view long_forms[2];
};
constexpr ShortForm kShortForms[] = {{"d", {"would", "had"}}, {"ll", {"will"}}, {"m", {"am"}},
                                     {"re", {"are"}},         {"ve", {"have"}}};

const ShortForm* short_form_with_suffix(std::string_view suffix) {
  for (const ShortForm& form : kShortForms) {
    if (form.suffix == suffix) return &form;
  }
  return nullptr;
}

// The suffix a long form is written as after the word before it ("would" -> "d"); "not" is
// "n't"; empty for other words.
std::string_view suffix_of_long_form(std::string_view word) {
  if (word == "not") return "n't";
  for (const ShortForm& form : kShortForms) {
    for (std::string_view long_form : form.long_forms) {
      if (!long_form.empty() && long_form == word) return form.suffix;
    }
  }
  return "";
}

constexpr size_t kMostBranches = 64;  // the places in the trie that one phrase may reach at a word

template <typename Piece>
Piece joined(Piece first, const Piece& second) {
  first.insert(first.end(), second.begin(), second.end());
  return first;
}

// The phrase folded, with curly apostrophes made straight, split at white space.
std::vector<std::string> phrase_words(const std::string& phrase) {
  std::string text = fold_case(phrase);
  for (size_t at; (at = text.find("\u2019")) != std::string::npos;) text.replace(at, 3, "'");
  std::vector<std::string> words;
  for (size_t at = 0; at < text.size();) {
    at = text.find_first_not_of(" \t\n\r\f\v", at);
    if (at == std::string::npos) break;
    size_t end = std::min(text.find_first_of(" \t\n\r\f\v", at), text.size());
    words.push_back(text.substr(at, end - at));
    at = end;
  }
  return words;
}

}  // namespace

struct PhraseList::BuildNode {
  std::vector<ByteEdge> bytes;  // sorted by byte
  std::vector<StepEdge> steps;
  int32_t phrase = -1;
  bool boundary_after = false;
};

PhraseList::PhraseList(const std::vector<std::string>& phrases) {
  std::vector<BuildNode> built(1);
  for (size_t i = 0; i < phrases.size(); ++i) add_phrase(&built, phrases[i], static_cast<int32_t>(i));
  nodes_.reserve(built.size());
  for (const BuildNode& from : built) {
    Node node;
    node.bytes = static_cast<uint32_t>(byte_edges_.size());
    node.steps = static_cast<uint32_t>(step_edges_.size());
    node.byte_count = static_cast<uint16_t>(from.bytes.size());  // at most 256
    node.step_count = static_cast<uint16_t>(from.steps.size());  // at most one of each step
    node.phrase = from.phrase;
    node.boundary_after = from.boundary_after;
    byte_edges_.insert(byte_edges_.end(), from.bytes.begin(), from.bytes.end());
    step_edges_.insert(step_edges_.end(), from.steps.begin(), from.steps.end());
    nodes_.push_back(node);
  }
  for (const ByteEdge& edge : built[0].bytes) {
    auto byte = static_cast<unsigned char>(edge.byte);
    root_bytes_[byte] = edge.to;
    if (!is_ascii_word_byte(edge.byte)) other_starts_[byte] = has_other_starts_ = true;
  }
  for (const StepEdge& edge : built[0].steps) {
    if (edge.step == Step::word || edge.step == Step::word_to_n) short_form_first_ = true;
    else any_place_ = true;  // an apostrophe or white space first
  }
  collect_first_words(built, 0, kWordHashStart, 0, 0);
}

// The words and word beginnings that lead from the root by word characters to where a phrase
// goes on with something else.
void PhraseList::collect_first_words(const std::vector<BuildNode>& built, uint32_t index, uint64_t hash,
                                     uint32_t first_bytes, size_t length) {
  const BuildNode& node = built[index];
  if (length > 0) {
    bool word_ends = node.phrase >= 0;
    bool stem_ends = false;
    for (const StepEdge& edge : node.steps) {
      (edge.step == Step::spaces || edge.step == Step::word_rest ? stem_ends : word_ends) = true;
    }
    for (const ByteEdge& edge : node.bytes) word_ends = word_ends || !is_ascii_word_byte(edge.byte);
    if (word_ends) first_words_.insert(hash);
    if (stem_ends && length < 64) {
      first_stems_.insert(hash);
      stem_lengths_ |= uint64_t{1} << length;
    }
    if (word_ends || stem_ends) {
      uint32_t key = start_key(first_bytes);
      start_filter_[key / 64] |= uint64_t{1} << (key % 64);
    }
    if (stem_ends && length < 3) filter_off_ = true;  // longer words hold more than the stem in their key
    if (stem_ends && length >= 64) any_place_ = true;  // too long to keep: try every place
  }
  for (const ByteEdge& edge : node.bytes) {
    if (is_ascii_word_byte(edge.byte)) {
      uint32_t first = length < 3 ? first_bytes | uint32_t{static_cast<unsigned char>(edge.byte)} << (8 * length) : first_bytes;
      collect_first_words(built, edge.to, next_word_hash(hash, edge.byte), first, length + 1);
    }
  }
}

void PhraseList::HashSet::insert(uint64_t hash) {
  hash |= 1;  // 0 marks an empty slot
  if (contains(hash)) return;
  if ((count_ + 1) * 2 > slots_.size()) {
    std::vector<uint64_t> old = std::move(slots_);
    slots_.assign(std::max<size_t>(16, old.size() * 2), 0);
    count_ = 0;
    for (uint64_t kept : old) {
      if (kept != 0) insert(kept);
    }
  }
  size_t mask = slots_.size() - 1;
  size_t at = slot(hash, mask);
  while (slots_[at] != 0) at = (at + 1) & mask;
  slots_[at] = hash;
  ++count_;
}

uint32_t PhraseList::add_piece(std::vector<BuildNode>* nodes, uint32_t from, const Piece& piece) {
  uint32_t at = from;
  for (const Token& token : piece) {
    auto to = static_cast<uint32_t>(nodes->size());
    if (token.step == Step::byte) {
      std::vector<ByteEdge>& edges = (*nodes)[at].bytes;
      auto it = std::lower_bound(edges.begin(), edges.end(), token.byte, [](const ByteEdge& edge, char byte) {
        return static_cast<unsigned char>(edge.byte) < static_cast<unsigned char>(byte);
      });
      if (it != edges.end() && it->byte == token.byte) {
        at = it->to;
        continue;
      }
      edges.insert(it, {token.byte, to});
    } else {
      std::vector<StepEdge>& edges = (*nodes)[at].steps;
      auto it = std::find_if(edges.begin(), edges.end(), [&](const StepEdge& edge) { return edge.step == token.step; });
      if (it != edges.end()) {
        at = it->to;
        continue;
      }
      edges.push_back({token.step, to});
    }
    nodes->emplace_back();
    at = to;
  }
  return at;
}

// The steps of a word as written: an apostrophe matches either kind, a '*' inside a word
// white space (a word of stars alone is itself), a hyphen inside a word a separator.
PhraseList::Piece PhraseList::written(std::string_view word) {
  bool stars_only = word.find_first_not_of('*') == std::string_view::npos;
  Piece piece;
  piece.reserve(word.size());
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    bool inside = i > 0 && i + 1 < word.size();
    if (c == '\'') piece.push_back({Step::apostrophe, 0});
    else if (c == '*' && !stars_only) piece.push_back({Step::spaces, 0});
    else if (c == '-' && inside) piece.push_back({Step::separator, 0});
    else piece.push_back({Step::byte, c});
  }
  return piece;
}

void PhraseList::add_phrase(std::vector<BuildNode>* nodes, const std::string& phrase, int32_t index) {
  const Piece separator = {{Step::separator, 0}};
  std::vector<std::string> words = phrase_words(phrase);
  if (words.empty()) return;
  std::vector<uint32_t> ends = {0};
  bool boundary_after = false;
  for (size_t w = 0; w < words.size(); ++w) {
    std::string_view word = words[w];
    bool first = w == 0;
    // The forms of the word: as written, and its long forms if it is a short one ("I'd").
    std::vector<Piece> forms;
    bool open_ended = word.size() > 1 && word.back() == '*';
    if (open_ended) word.remove_suffix(1);
    size_t apostrophe = word.rfind('\'');
    std::string_view stem = apostrophe == std::string_view::npos ? "" : word.substr(0, apostrophe);
    std::string_view suffix = apostrophe == std::string_view::npos ? "" : word.substr(apostrophe + 1);
    const ShortForm* short_form = short_form_with_suffix(suffix);
    if (open_ended) {
      forms.push_back(joined(written(word), Piece{{Step::word_rest, 0}}));
    } else if (suffix == "t" && stem.size() > 1 && stem.back() == 'n' && stem != "can" && stem != "won" &&
               stem != "shan") {
      forms.push_back(written(word));
      forms.push_back(joined(joined(written(stem.substr(0, stem.size() - 1)), separator), written("not")));
    } else if (short_form != nullptr && !stem.empty() && is_ascii_word_byte(stem.back())) {
      forms.push_back(written(word));
      for (std::string_view long_form : short_form->long_forms) {
        if (!long_form.empty()) forms.push_back(joined(joined(written(stem), separator), written(long_form)));
      }
    } else {
      forms.push_back(written(word));
    }
    if (!first) {
      for (Piece& form : forms) form = joined(separator, form);
    }
    // The word's own short form, written onto the word before it ("I'd", "didn't"); a first
    // word's onto any word ("isn't my fault").
    std::string_view own_suffix = open_ended ? "" : suffix_of_long_form(word);
    if (!own_suffix.empty()) {
      bool not_word = own_suffix == "n't";
      Piece added = not_word ? written("n't") : joined(Piece{{Step::apostrophe, 0}}, written(own_suffix));
      if (first) added = joined(Piece{{not_word ? Step::word_to_n : Step::word, 0}}, added);
      forms.push_back(added);
    }
    // Each form is a branch of its own, so forms multiply along a phrase: past kMostBranches
    // ("had had had ..."), the rest of the phrase matches as written only.
    if (ends.size() * forms.size() > kMostBranches) forms.resize(1);
    std::vector<uint32_t> next;
    for (uint32_t from : ends) {
      for (const Piece& form : forms) next.push_back(add_piece(nodes, from, form));
    }
    std::sort(next.begin(), next.end());
    next.erase(std::unique(next.begin(), next.end()), next.end());
    ends = std::move(next);
    boundary_after = open_ended || (!word.empty() && is_ascii_word_byte(word.back()));
  }
  for (uint32_t end : ends) {
    BuildNode& node = (*nodes)[end];
    if (node.phrase >= 0) continue;  // a phrase listed earlier ends here
    node.phrase = index;
    node.boundary_after = boundary_after;
  }
}

}  // namespace prepkit
