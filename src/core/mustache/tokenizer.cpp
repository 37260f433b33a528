// Mustache tokenizer: finds tags with the delimiters in force, reads sigils, names and delimiter changes.
#include "core/mustache/tokenizer.h"

#include <fmt/format.h>

#include <algorithm>

namespace prepkit::mustache {
namespace {

constexpr std::string_view kSpace = " \t\r\n";

std::string_view trim(std::string_view text) {
  std::size_t first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  std::size_t last = text.find_last_not_of(kSpace);
  return text.substr(first, last - first + 1);
}

TokenKind kind_of_sigil(char sigil) {
  switch (sigil) {
    case '{':
    case '&': return TokenKind::unescaped;
    case '#': return TokenKind::section;
    case '^': return TokenKind::inverted;
    case '/': return TokenKind::close;
    case '!': return TokenKind::comment;
    case '>': return TokenKind::partial;
    case '<': return TokenKind::parent;
    case '$': return TokenKind::block;
    case '=': return TokenKind::delimiters;
    default: return TokenKind::variable;
  }
}

// Splits "<% %>" into two delimiters; an error message when it is not exactly that.
std::optional<std::string> split_delimiters(std::string_view content, std::string* open,
                                            std::string* close) {
  std::vector<std::string_view> parts;
  std::string_view rest = trim(content);
  while (!rest.empty()) {
    std::size_t cut = std::min(rest.find_first_of(kSpace), rest.size());
    parts.push_back(rest.substr(0, cut));
    rest = trim(rest.substr(cut));
  }
  std::string shown(trim(content));
  if (parts.size() != 2) {
    return fmt::format("invalid delimiters '{}': expected two delimiters separated by whitespace",
                       shown);
  }
  if (parts[0].find('=') != std::string_view::npos ||
      parts[1].find('=') != std::string_view::npos) {
    return fmt::format("invalid delimiters '{}': delimiters must not contain '='", shown);
  }
  *open = std::string(parts[0]);
  *close = std::string(parts[1]);
  return std::nullopt;
}

class Tokenizer {
 public:
  explicit Tokenizer(const Source& source) : source_(source), text_(source.text) {}

  TokenizeResult run() {
    std::size_t pos = 0;
    while (pos < text_.size() && !result_.error) {
      std::size_t tag = text_.find(open_, pos);
      if (tag == std::string_view::npos) tag = text_.size();
      if (tag > pos) add_text(pos, tag);
      if (tag == text_.size()) break;
      pos = read_tag(tag);
    }
    if (result_.error) result_.tokens.clear();
    return std::move(result_);
  }

 private:
  void add_text(std::size_t begin, std::size_t end) {
    Token token;
    token.begin = begin;
    token.end = end;
    result_.tokens.push_back(std::move(token));
  }

  void fail(std::size_t offset, std::string message) {
    if (!result_.error) result_.error = error_at_offset(source_, offset, std::move(message));
  }

  // Reads the tag whose opening delimiter starts at `begin`; returns the offset after it.
  std::size_t read_tag(std::size_t begin) {
    Token token;
    token.begin = begin;
    token.open = open_;
    token.close = close_;
    std::size_t pos = begin + open_.size();
    char sigil = pos < text_.size() ? text_[pos] : '\0';
    token.kind = kind_of_sigil(sigil);
    if (token.kind != TokenKind::variable) ++pos;
    std::string terminator = close_;
    if (sigil == '{') terminator = "}" + close_;
    if (sigil == '=') terminator = "=" + close_;
    std::size_t end = text_.find(terminator, pos);
    if (end == std::string_view::npos) {
      if (sigil == '=' && text_.find(close_, pos) != std::string_view::npos) {
        std::size_t stop = text_.find(close_, pos);
        fail(begin, fmt::format("invalid delimiters '{}': expected '{}' at the end of the tag",
                                trim(text_.substr(pos, stop - pos)), terminator));
      } else {
        fail(begin, fmt::format("unclosed tag: expected '{}'", terminator));
      }
      return text_.size();
    }
    token.end = end + terminator.size();
    std::string_view content = text_.substr(pos, end - pos);
    if (token.kind == TokenKind::delimiters) {
      set_delimiters(begin, content);
    } else if (token.kind != TokenKind::comment) {
      read_name(&token, sigil, content);
    }
    std::size_t after = token.end;
    if (!result_.error) result_.tokens.push_back(std::move(token));
    return after;
  }

  void set_delimiters(std::size_t begin, std::string_view content) {
    std::string open;
    std::string close;
    if (std::optional<std::string> problem = split_delimiters(content, &open, &close)) {
      fail(begin, *problem);
      return;
    }
    open_ = std::move(open);
    close_ = std::move(close);
  }

  void read_name(Token* token, char sigil, std::string_view content) {
    std::string_view name = trim(content);
    bool may_be_dynamic = token->kind == TokenKind::partial || token->kind == TokenKind::parent;
    if (may_be_dynamic && !name.empty() && name.front() == '*') {
      token->dynamic = true;
      name = trim(name.substr(1));
    }
    token->name = std::string(name);
    if (name.empty()) {
      std::string shown = token->kind == TokenKind::variable ? "" : std::string(1, sigil);
      if (token->dynamic) shown += "*";
      if (sigil == '{') shown += "}";
      fail(token->begin,
           fmt::format("empty tag name in '{}{}{}'", token->open, shown, token->close));
    }
  }

  const Source& source_;
  std::string_view text_;
  std::string open_ = "{{";
  std::string close_ = "}}";
  TokenizeResult result_;
};

}  // namespace

TokenizeResult tokenize(const Source& source) { return Tokenizer(source).run(); }

std::string display_name(const Token& token) {
  return token.dynamic ? "*" + token.name : token.name;
}

LineIndex::LineIndex(std::string_view text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

TextPosition LineIndex::at(std::size_t offset) const {
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(after - line_starts_.begin());
  TextPosition position;
  position.line = static_cast<int>(line);
  position.column = static_cast<int>(offset - line_starts_[line - 1] + 1);
  return position;
}

Diagnostic error_at_offset(const Source& source, std::size_t offset, std::string message) {
  TextPosition where = LineIndex(source.text).at(offset);
  return error_at(source.path, where.line, where.column, std::move(message));
}

}  // namespace prepkit::mustache
