// Mustache parser: tokens to a tree of nodes, pairing open and end tags and reporting misuse.
#include <fmt/format.h>

#include "core/mustache/parse_steps.h"

namespace prepkit::mustache {
namespace {

bool opens_pair(TokenKind kind) {
  return kind == TokenKind::section || kind == TokenKind::inverted ||
         kind == TokenKind::parent || kind == TokenKind::block;
}

std::string_view pair_word(TokenKind kind) {
  if (kind == TokenKind::parent) return "parent";
  if (kind == TokenKind::block) return "block";
  return "section";
}

std::string end_tag_text(const Token& token) {
  return fmt::format("{}/{}{}", token.open, token.name, token.close);
}

NodeKind node_kind(TokenKind kind) {
  switch (kind) {
    case TokenKind::section: return NodeKind::section;
    case TokenKind::inverted: return NodeKind::inverted;
    case TokenKind::partial: return NodeKind::partial;
    case TokenKind::parent: return NodeKind::parent;
    case TokenKind::block: return NodeKind::block;
    default: return NodeKind::variable;
  }
}

class TreeBuilder {
 public:
  TreeBuilder(const Source& source, const std::vector<Token>& tokens,
              const std::vector<TagInfo>& infos)
      : text_(source.text), lines_(source.text), tokens_(tokens), infos_(infos) {}

  // Builds the nodes of tokens [begin, end); inside a parent only blocks are kept.
  void build(std::size_t begin, std::size_t end, bool only_blocks, std::vector<Node>* out) const {
    for (std::size_t i = begin; i < end; ++i) {
      const Token& token = tokens_[i];
      if (token.kind == TokenKind::text) {
        if (!only_blocks && token.begin < token.end) out->push_back(text_node(token));
        continue;
      }
      if (token.kind == TokenKind::comment || token.kind == TokenKind::delimiters ||
          token.kind == TokenKind::close) {
        continue;
      }
      Node node = tag_node(i);
      if (opens_pair(token.kind)) {
        std::size_t partner = infos_[i].partner;
        build(i + 1, partner, token.kind == TokenKind::parent, &node.children);
        i = partner;
      }
      if (!only_blocks || node.kind == NodeKind::block) out->push_back(std::move(node));
    }
  }

 private:
  Node text_node(const Token& token) const {
    Node node;
    node.text = std::string(text_.substr(token.begin, token.end - token.begin));
    node.at_line_start = token.begin == 0 || text_[token.begin - 1] == '\n';
    TextPosition where = lines_.at(token.begin);
    node.line = where.line;
    node.column = where.column;
    return node;
  }

  Node tag_node(std::size_t i) const {
    const Token& token = tokens_[i];
    const TagInfo& info = infos_[i];
    Node node;
    node.kind = node_kind(token.kind);
    node.text = token.name;
    TextPosition where = lines_.at(token.begin);
    node.line = where.line;
    node.column = where.column;
    node.escaped = token.kind != TokenKind::unescaped;
    node.dynamic = token.dynamic;
    node.standalone = info.standalone;
    node.indent = info.indent;
    node.argument = info.argument;
    node.pair_on_line = info.pair_on_line;
    node.end_trimmed = info.end_trimmed;
    node.end_indent = info.end_indent;
    return node;
  }

  std::string_view text_;
  LineIndex lines_;
  const std::vector<Token>& tokens_;
  const std::vector<TagInfo>& infos_;
};

}  // namespace

std::optional<Diagnostic> match_tags(const Source& source, const std::vector<Token>& tokens,
                                     std::vector<TagInfo>* infos) {
  infos->assign(tokens.size(), TagInfo{});
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (opens_pair(token.kind)) {
      if (open.size() == kMaxSectionDepth) {
        return error_at_offset(source, token.begin,
                               fmt::format("sections nested too deeply (limit {})", kMaxSectionDepth));
      }
      (*infos)[i].argument = token.kind == TokenKind::block && !open.empty() &&
                             tokens[open.back()].kind == TokenKind::parent;
      open.push_back(i);
    } else if (token.kind == TokenKind::close) {
      if (open.empty()) {
        return error_at_offset(source, token.begin,
                               fmt::format("unexpected end tag '{}'", end_tag_text(token)));
      }
      const Token& opener = tokens[open.back()];
      if (display_name(opener) != token.name) {
        return error_at_offset(source, token.begin,
                               fmt::format("{} '{}' ended by '{}'", pair_word(opener.kind),
                                           display_name(opener), end_tag_text(token)));
      }
      (*infos)[i].partner = open.back();
      (*infos)[open.back()].partner = i;
      open.pop_back();
    }
  }
  if (open.empty()) return std::nullopt;
  const Token& unclosed = tokens[open.back()];
  return error_at_offset(source, unclosed.begin,
                         fmt::format("unclosed {} '{}'", pair_word(unclosed.kind),
                                     display_name(unclosed)));
}

ParseResult parse(const Source& source) {
  ParseResult result;
  TokenizeResult tokenized = tokenize(source);
  if (tokenized.error) {
    result.error = std::move(tokenized.error);
    return result;
  }
  std::vector<TagInfo> infos;
  if (std::optional<Diagnostic> error = match_tags(source, tokenized.tokens, &infos)) {
    result.error = std::move(error);
    return result;
  }
  apply_standalone(source.text, &tokenized.tokens, &infos);
  auto tree = std::make_shared<Template>();
  tree->path = source.path;
  TreeBuilder(source, tokenized.tokens, infos).build(0, tokenized.tokens.size(), false, &tree->nodes);
  reindent(&tree->nodes);
  result.tree = std::move(tree);
  return result;
}

}  // namespace prepkit::mustache
