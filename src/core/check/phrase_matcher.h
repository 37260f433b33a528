// Case-insensitive whole-word matching of words and phrases from a bank (a trie, see
// phrase_list.h), and the other patterns of the checker (figures, Unicode letters) on RE2:
// linear time, whatever a bank holds.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/bank/question.h"
#include "core/check/phrase_list.h"

namespace prepkit {

// The phrases compiled: once per distinct list for the run (thread-safe).
const PhraseList& compile_phrases(const std::vector<std::string>& phrases);
// A check's `any` compiled, found through the check itself after its first use.
const PhraseList& phrases_of(const Check& check);

// Every match of the phrases in `folded` (text passed through fold_case), in order.
std::vector<Match> find_phrases(const std::vector<std::string>& phrases, std::string_view folded);

// Whether any of the phrases occurs in `folded`; stops at the first match.
bool contains_phrase(const std::vector<std::string>& phrases, std::string_view folded);

// Whether the clause of `folded` that holds `offset` says "not" before it: not, never, no,
// none, nobody, nothing, neither, nor, without, hardly, cannot, a word ending in n't ("isn't",
// "wasn't"), "unfair to", "wrong to", "rather than" or "instead of". A clause starts after a
// comma, ';', ':', '.', '!', '?', '|', a dash, a blank line, "but", or "and" before a new
// subject (my, the, I, he, she, they, we, it, ...): "Nobody had told me, so I had no way of
// knowing" still blames, and so does "The pay isn't great and my manager micromanages"; "It
// isn't that I work too hard" does not boast.
bool negated_before(std::string_view folded, size_t offset);

// Whether the sentence of `folded` around a match, [offset, offset + length), gives it as
// somebody else's view or as a temptation resisted, and then turns from it with "but",
// "however", "so I" or "so we": "People told me healthcare is recession-proof, but that's not why I'm here";
// "It would be easy to say it was the vendor's fault, but testing was my job". The view is
// looked for since the last '.', '!', '?', ';' or line end, the turn up to the next '.', '!',
// '?' or line end, each at most a few hundred bytes away.
bool set_aside(std::string_view folded, size_t offset, size_t length);

// Whether the character that starts at `text[0]` (a UTF-8 lead byte) is a letter or a digit
// of any script (Unicode classes L and N): 'é', 'ж', '½' are; '—', '→', '“', '✓' and emoji
// are not.
bool starts_with_letter_or_digit(std::string_view text);

// Whether `text` holds a figure: digits, a percentage, money, or a number word such as "two"
// or "half".
bool contains_number(std::string_view text);

}  // namespace prepkit
