// Standalone tags: a tag alone on its line takes the whole line with it, including the line end.
// Parents and blocks follow the inheritance spec: a parent pair stands alone when it opens at the
// start of a line and closes at its end; blocks passed to a parent own the line end after them.
#include <optional>

#include "core/mustache/parse_steps.h"

namespace prepkit::mustache {
namespace {

// Where the line holding `offset` starts, if only spaces and tabs come between.
std::optional<std::size_t> clear_to_line_start(std::string_view text, std::size_t offset) {
  std::size_t pos = offset;
  while (pos > 0) {
    char c = text[pos - 1];
    if (c == '\n') return pos;
    if (c != ' ' && c != '\t') return std::nullopt;
    --pos;
  }
  return 0;
}

// Where the next line starts (or the text ends), if only spaces and tabs come between.
std::optional<std::size_t> clear_to_line_end(std::string_view text, std::size_t offset) {
  for (std::size_t pos = offset; pos < text.size(); ++pos) {
    char c = text[pos];
    if (c == '\n') return pos + 1;
    if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') return pos + 2;
    if (c != ' ' && c != '\t') return std::nullopt;
  }
  return text.size();
}

class Spacer {
 public:
  Spacer(std::string_view text, std::vector<Token>* tokens, std::vector<TagInfo>* infos)
      : text_(text), tokens_(*tokens), infos_(*infos) {}

  void run() {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      switch (tokens_[i].kind) {
        case TokenKind::text:
        case TokenKind::variable:
        case TokenKind::unescaped: break;
        case TokenKind::close: end_tag(i); break;
        case TokenKind::parent: parent_tag(i); break;
        case TokenKind::block: block_tag(i); break;
        default: whole_line(i); break;
      }
    }
  }

 private:
  std::optional<std::size_t> left(std::size_t i) const {
    return clear_to_line_start(text_, tokens_[i].begin);
  }
  std::optional<std::size_t> right(std::size_t i) const {
    return clear_to_line_end(text_, tokens_[i].end);
  }

  // Removes the whitespace between the start of the line and tag `i`; returns it.
  std::string trim_before(std::size_t i, std::size_t line_start) {
    if (i > 0 && tokens_[i - 1].kind == TokenKind::text && tokens_[i - 1].end == tokens_[i].begin) {
      Token& before = tokens_[i - 1];
      before.end = std::max(before.begin, line_start);
    }
    return std::string(text_.substr(line_start, tokens_[i].begin - line_start));
  }

  // Removes the spaces and the line end after tag `i`.
  void trim_after(std::size_t i, std::size_t next_line) {
    if (i + 1 < tokens_.size() && tokens_[i + 1].kind == TokenKind::text &&
        tokens_[i + 1].begin == tokens_[i].end) {
      Token& after = tokens_[i + 1];
      after.begin = std::min(after.end, next_line);
    }
  }

  // The ordinary rule: only whitespace on the line besides the tag.
  bool whole_line(std::size_t i) {
    std::optional<std::size_t> line_start = left(i);
    std::optional<std::size_t> next_line = right(i);
    if (!line_start || !next_line) return false;
    infos_[i].standalone = true;
    infos_[i].indent = trim_before(i, *line_start);
    trim_after(i, *next_line);
    return true;
  }

  // A parent pair stands alone when it opens a line and its end tag ends one.
  void parent_tag(std::size_t i) {
    std::optional<std::size_t> line_start = left(i);
    if (!line_start || !right(infos_[i].partner)) return;
    infos_[i].standalone = true;
    infos_[i].indent = trim_before(i, *line_start);
  }

  void block_tag(std::size_t i) {
    TagInfo& info = infos_[i];
    if (info.argument) {
      // What comes before it is inside the parent and ignored; the line end after it is its own.
      if (std::optional<std::size_t> next_line = right(i)) {
        info.standalone = true;
        trim_after(i, *next_line);
      }
      return;
    }
    std::optional<std::size_t> line_start = left(i);
    if (line_start && right(info.partner)) {
      info.pair_on_line = true;
      info.indent = std::string(text_.substr(*line_start, tokens_[i].begin - *line_start));
    }
    whole_line(i);
  }

  void end_tag(std::size_t i) {
    std::size_t opener = infos_[i].partner;
    TagInfo& open_info = infos_[opener];
    TokenKind kind = tokens_[opener].kind;
    if (kind == TokenKind::parent) {
      std::optional<std::size_t> next_line = right(i);
      if (open_info.standalone && next_line) trim_after(i, *next_line);
    } else if (kind == TokenKind::block && open_info.argument) {
      // The end of an argument block drops its indentation but never a line end.
      if (std::optional<std::size_t> line_start = left(i)) {
        open_info.end_trimmed = true;
        open_info.end_indent = trim_before(i, *line_start);
      }
    } else if (whole_line(i) && kind == TokenKind::block) {
      open_info.end_trimmed = true;
      open_info.end_indent = infos_[i].indent;
    }
  }

  std::string_view text_;
  std::vector<Token>& tokens_;
  std::vector<TagInfo>& infos_;
};

}  // namespace

void apply_standalone(std::string_view text, std::vector<Token>* tokens,
                      std::vector<TagInfo>* infos) {
  Spacer(text, tokens, infos).run();
}

}  // namespace prepkit::mustache
