// The renderer: walks a parsed template with a context stack, loading partials and parents.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/mustache/context.h"
#include "core/mustache/mustache.h"
#include "core/mustache/template_tree.h"

namespace prepkit::mustache {

inline constexpr int kMaxTemplateDepth = 64;          // partials and parents inside each other
inline constexpr int kMaxRenderDepth = 1024;          // sections, blocks and templates in all
inline constexpr std::size_t kMaxSteps = 1'000'000;  // nodes visited in one render
inline constexpr std::size_t kMaxOutputBytes = std::size_t{64} << 20;
inline constexpr std::size_t kNotFound = static_cast<std::size_t>(-1);

class Renderer {
 public:
  Renderer(const PartialLoader& loader, const nlohmann::json& data)
      : loader_(loader), stack_(data) {}

  RenderResult run(const Template& root);

 private:
  // A block passed to a parent, in force while that parent renders.
  struct Argument {
    std::string name;
    const Node* block = nullptr;
    const Template* tree = nullptr;  // the template the block is written in
    bool active = false;             // being rendered: a block of the same name inside shows its own
  };

  bool render_nodes(const std::vector<Node>& nodes);
  bool render_node(const Node& node);
  void emit_text(std::string_view text);
  void flush_indent();
  void emit_variable(const Node& node);
  bool render_section(const Node& node);
  bool render_inverted(const Node& node);
  bool render_partial(const Node& node);

  // Inheritance (inheritance.cpp).
  bool render_parent(const Node& node);
  bool render_block(const Node& node);
  std::size_t find_argument(std::string_view name) const;

  // Partials and parents.
  std::optional<std::string> template_name(const Node& node, std::string_view what);
  bool load(const std::string& name, const Template** tree);
  bool render_template(const Node& tag, const Template& tree);

  bool enter(const Node& node);
  void leave() { --depth_; }
  void warn(const Node& node, std::string message);
  bool fail(const Node& node, std::string message);

  const PartialLoader& loader_;
  ContextStack stack_;
  std::string out_;
  std::string indent_;          // written before each template line
  bool pending_indent_ = true;  // at the start of a template line, indentation not yet written
  const Template* current_ = nullptr;
  std::vector<Argument> arguments_;
  std::map<std::string, std::shared_ptr<const Template>, std::less<>> loaded_;  // null: unknown
  std::optional<Diagnostic> error_;
  std::vector<Diagnostic> warnings_;
  std::set<std::tuple<std::string, int, int, std::string>> warned_;
  int template_depth_ = 0;
  int depth_ = 0;
  std::size_t steps_ = 0;
};

}  // namespace prepkit::mustache
