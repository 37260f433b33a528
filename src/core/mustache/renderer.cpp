// The renderer: text with indentation, variables, sections, partials, and the limits that keep
// any template from running away (depth, steps, output size).
#include "core/mustache/renderer.h"

#include <fmt/format.h>

namespace prepkit::mustache {

RenderResult Renderer::run(const Template& root) {
  current_ = &root;
  RenderResult result;
  if (render_nodes(root.nodes)) {
    result.output = std::move(out_);
  } else {
    result.error = std::move(error_);
  }
  result.warnings = std::move(warnings_);
  return result;
}

bool Renderer::render_nodes(const std::vector<Node>& nodes) {
  for (const Node& node : nodes) {
    if (!render_node(node)) return false;
  }
  return true;
}

bool Renderer::render_node(const Node& node) {
  if (++steps_ > kMaxSteps) {
    return fail(node, fmt::format("rendering takes too many steps (limit {})", kMaxSteps));
  }
  bool ok = true;
  switch (node.kind) {
    case NodeKind::text: emit_text(node.text); break;
    case NodeKind::variable: emit_variable(node); break;
    case NodeKind::section: ok = render_section(node); break;
    case NodeKind::inverted: ok = render_inverted(node); break;
    case NodeKind::partial: ok = render_partial(node); break;
    case NodeKind::parent: ok = render_parent(node); break;
    case NodeKind::block: ok = render_block(node); break;
  }
  if (ok && out_.size() > kMaxOutputBytes) {
    return fail(node, fmt::format("rendered output too large (limit {} MiB)", kMaxOutputBytes >> 20));
  }
  return ok;
}

// Template text: indentation goes before each of its lines, never inside data.
void Renderer::emit_text(std::string_view text) {
  while (!text.empty()) {
    flush_indent();
    std::size_t newline = text.find('\n');
    std::size_t stop = newline == std::string_view::npos ? text.size() : newline + 1;
    out_.append(text.substr(0, stop));
    text.remove_prefix(stop);
    if (newline != std::string_view::npos) pending_indent_ = true;
  }
}

void Renderer::flush_indent() {
  if (!pending_indent_) return;
  out_.append(indent_);
  pending_indent_ = false;
}

void Renderer::emit_variable(const Node& node) {
  flush_indent();
  std::string text = value_text(stack_.lookup(node.text));
  if (node.escaped) {
    append_escaped(&out_, text);
  } else {
    out_.append(text);
  }
}

bool Renderer::render_section(const Node& node) {
  if (!node.standalone) flush_indent();
  const nlohmann::json* value = stack_.lookup(node.text);
  if (is_falsey(value)) return true;
  if (!enter(node)) return false;
  bool ok = true;
  if (value->is_array()) {
    for (auto item = value->begin(); ok && item != value->end(); ++item) {
      stack_.push(*item);
      ok = render_nodes(node.children);
      stack_.pop();
    }
  } else {
    stack_.push(*value);
    ok = render_nodes(node.children);
    stack_.pop();
  }
  leave();
  return ok;
}

bool Renderer::render_inverted(const Node& node) {
  if (!node.standalone) flush_indent();
  if (!is_falsey(stack_.lookup(node.text))) return true;
  if (!enter(node)) return false;
  bool ok = render_nodes(node.children);
  leave();
  return ok;
}

bool Renderer::render_partial(const Node& node) {
  if (!node.standalone) flush_indent();
  std::optional<std::string> name = template_name(node, "partial");
  if (!name) return true;
  const Template* tree = nullptr;
  if (!load(*name, &tree)) return false;
  if (tree == nullptr) {
    warn(node, fmt::format("unknown partial '{}'", *name));
    return true;
  }
  return render_template(node, *tree);
}

// The name of a partial or parent; for {{>*name}} the string that `name` holds in the data.
std::optional<std::string> Renderer::template_name(const Node& node, std::string_view what) {
  if (!node.dynamic) return node.text;
  const nlohmann::json* value = stack_.lookup(node.text);
  if (value != nullptr && value->is_string()) return value->get<std::string>();
  warn(node, fmt::format("dynamic {} '*{}': '{}' is not a string in the data", what, node.text,
                         node.text));
  return std::nullopt;
}

// Finds and parses a template once per render; false on a syntax error in it (then error_ is
// set). `*tree` is null when the loader does not know the name.
bool Renderer::load(const std::string& name, const Template** tree) {
  auto it = loaded_.find(name);
  if (it == loaded_.end()) {
    std::optional<Source> source = loader_ ? loader_(name) : std::nullopt;
    std::shared_ptr<const Template> parsed;
    if (source) {
      ParseResult result = parse(*source);
      if (result.error) {
        error_ = std::move(result.error);
        return false;
      }
      parsed = std::move(result.tree);
    }
    it = loaded_.emplace(name, std::move(parsed)).first;
  }
  *tree = it->second.get();
  return true;
}

// Renders a partial or parent in place of `tag`, indented when the tag stands alone.
bool Renderer::render_template(const Node& tag, const Template& tree) {
  if (template_depth_ == kMaxTemplateDepth) {
    return fail(tag, fmt::format("partials nested too deeply (limit {})", kMaxTemplateDepth));
  }
  if (!enter(tag)) return false;
  std::string saved_indent = indent_;
  const Template* saved_current = current_;
  if (tag.standalone) {
    indent_ += tag.indent;
    pending_indent_ = true;
  }
  ++template_depth_;
  current_ = &tree;
  bool ok = render_nodes(tree.nodes);
  current_ = saved_current;
  --template_depth_;
  indent_ = std::move(saved_indent);
  leave();
  return ok;
}

bool Renderer::enter(const Node& node) {
  if (depth_ == kMaxRenderDepth) {
    return fail(node, fmt::format("templates nested too deeply while rendering (limit {})",
                                  kMaxRenderDepth));
  }
  ++depth_;
  return true;
}

void Renderer::warn(const Node& node, std::string message) {
  Diagnostic warning = error_at(current_->path, node.line, node.column, std::move(message));
  warning.severity = Severity::warning;
  // A tag inside a loop warns once.
  if (warned_.insert({warning.path, warning.line, warning.column, warning.message}).second) {
    warnings_.push_back(std::move(warning));
  }
}

bool Renderer::fail(const Node& node, std::string message) {
  error_ = error_at(current_->path, node.line, node.column, std::move(message));
  return false;
}

}  // namespace prepkit::mustache
