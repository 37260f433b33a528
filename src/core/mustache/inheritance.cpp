// Template inheritance: {{<parent}} renders another template with the blocks it passes, and
// {{$block}} shows the block passed from the outermost caller, or its own default content.
#include <fmt/format.h>

#include "core/mustache/renderer.h"

namespace prepkit::mustache {

bool Renderer::render_parent(const Node& node) {
  if (!node.standalone) flush_indent();
  std::optional<std::string> name = template_name(node, "parent");
  if (!name) return true;
  const Template* tree = nullptr;
  if (!load(*name, &tree)) return false;
  // The spec is silent on a missing parent; the command-line contract makes it an error,
  // since a child template without its parent loses its whole frame.
  if (tree == nullptr) return fail(node, fmt::format("unknown parent '{}'", *name));
  // Blocks passed from further out win over the ones passed here.
  std::size_t outer = arguments_.size();
  for (const Node& block : node.children) {
    if (find_argument(block.text) == kNotFound) {
      arguments_.push_back(Argument{block.text, &block, current_, false});
    }
  }
  bool ok = render_template(node, *tree);
  arguments_.erase(arguments_.begin() + static_cast<std::ptrdiff_t>(outer), arguments_.end());
  return ok;
}

bool Renderer::render_block(const Node& node) {
  if (!node.standalone) flush_indent();
  std::size_t index = find_argument(node.text);
  if (!enter(node)) return false;
  if (index == kNotFound) {
    bool ok = render_nodes(node.children);
    leave();
    return ok;
  }
  // The passed content, reindented to where this block sits; rendered in this context.
  std::string saved_indent = indent_;
  const Template* saved_current = current_;
  indent_ += node.block_indent;
  if (node.standalone) pending_indent_ = true;
  arguments_[index].active = true;
  current_ = arguments_[index].tree;
  bool ok = render_nodes(arguments_[index].block->children);
  current_ = saved_current;
  arguments_[index].active = false;
  indent_ = std::move(saved_indent);
  leave();
  return ok;
}

std::size_t Renderer::find_argument(std::string_view name) const {
  for (std::size_t i = 0; i < arguments_.size(); ++i) {
    if (!arguments_[i].active && arguments_[i].name == name) return i;
  }
  return kNotFound;
}

}  // namespace prepkit::mustache
