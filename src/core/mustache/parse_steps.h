// The steps between tokens and tree: pairing open and end tags, standalone lines, reindentation.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/mustache/template_tree.h"
#include "core/mustache/tokenizer.h"

namespace prepkit::mustache {

inline constexpr std::size_t kNoTag = static_cast<std::size_t>(-1);
inline constexpr std::size_t kMaxSectionDepth = 256;

// What the parse steps learn about each token, kept beside the token list.
struct TagInfo {
  std::size_t partner = kNoTag;  // the matching end tag of an open tag, and the reverse
  bool argument = false;         // a block written directly inside a parent tag
  bool standalone = false;       // the tag's line was removed (argument blocks: its line end)
  bool pair_on_line = false;     // a block that opens after whitespace and whose end ends the line
  bool end_trimmed = false;      // open tags: the end tag's leading whitespace was removed
  std::string indent;            // whitespace between the line start and the tag, when only that
  std::string end_indent;        // open tags: that whitespace before the end tag
};

// Pairs every open tag with its end tag; an error for unclosed, mismatched or too deep tags.
std::optional<Diagnostic> match_tags(const Source& source, const std::vector<Token>& tokens,
                                     std::vector<TagInfo>* infos);

// Decides which tags stand alone and narrows the text tokens around them.
void apply_standalone(std::string_view text, std::vector<Token>* tokens,
                      std::vector<TagInfo>* infos);

// Removes the indentation an argument block has in its own template, and sets the
// indentation each block declaration gives to content that overrides it.
void reindent(std::vector<Node>* nodes);

}  // namespace prepkit::mustache
