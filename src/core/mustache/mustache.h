// Mustache templates: the full spec (with inheritance and dynamic names), errors as values.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace prepkit::mustache {

// A template's text and the path that error messages name.
struct Source {
  std::string path;
  std::string text;
};

// Finds a partial or parent by name; nullopt when there is none.
using PartialLoader = std::function<std::optional<Source>(const std::string& name)>;

struct RenderResult {
  std::string output;                 // empty when `error` is set
  std::optional<Diagnostic> error;    // unclosed tag, bad delimiters, recursion too deep, ...
  std::vector<Diagnostic> warnings;   // unknown partials (rendered as empty, as the spec says)
};

// Renders `source` with `context` (JSON data model: objects, arrays, strings, numbers,
// booleans, null). Never throws; never prints.
RenderResult render(const Source& source, const nlohmann::json& context,
                    const PartialLoader& partials);

// A parsed template (see template_tree.h); parse once, render as often as needed.
struct Template;

struct ParseResult {
  std::shared_ptr<const Template> tree;  // null when `error` is set
  std::optional<Diagnostic> error;       // unclosed tag or section, bad delimiters, ...
};

// Parses `source` into a tree. Never throws.
ParseResult parse(const Source& source);

// Renders a parsed template, as render() above does. Never throws; never prints.
RenderResult render(const Template& tree, const nlohmann::json& context,
                    const PartialLoader& partials);

}  // namespace prepkit::mustache
