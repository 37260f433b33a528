// Mustache tokenizer: splits template text into text runs and tags, following set-delimiter tags.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/mustache/mustache.h"

namespace prepkit::mustache {

enum class TokenKind {
  text,        // literal text
  variable,    // {{name}}
  unescaped,   // {{{name}}} or {{&name}}
  section,     // {{#name}}
  inverted,    // {{^name}}
  close,       // {{/name}}
  comment,     // {{! ... }}
  partial,     // {{>name}} or {{>*name}}
  parent,      // {{<name}} or {{<*name}}
  block,       // {{$name}}
  delimiters,  // {{=<% %>=}}
};

struct Token {
  TokenKind kind = TokenKind::text;
  std::string name;      // trimmed tag name, without the '*' of a dynamic name
  bool dynamic = false;  // {{>*name}} / {{<*name}}: the name is looked up in the data
  std::size_t begin = 0;  // byte offsets: the text run, or the whole tag with its delimiters
  std::size_t end = 0;
  std::string open;   // delimiters in force where the tag was read (for messages)
  std::string close;
};

struct TokenizeResult {
  std::vector<Token> tokens;
  std::optional<Diagnostic> error;
};

TokenizeResult tokenize(const Source& source);

// The name as written in the template: "*name" for dynamic names.
std::string display_name(const Token& token);

// 1-based line and column (in bytes) of byte offsets into one text.
struct TextPosition {
  int line = 1;
  int column = 1;
};

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  TextPosition at(std::size_t offset) const;

 private:
  std::vector<std::size_t> line_starts_;
};

// An error at a byte offset of `source`.
Diagnostic error_at_offset(const Source& source, std::size_t offset, std::string message);

}  // namespace prepkit::mustache
