// The public entry points: parse a template, render it; anything thrown becomes an error value.
#include "core/mustache/mustache.h"

#include <exception>

#include "core/mustache/renderer.h"

namespace prepkit::mustache {
namespace {

Diagnostic internal_error(const std::string& path, const char* what) {
  return error_at(path, 0, 0, std::string("cannot render template: ") + what);
}

}  // namespace

RenderResult render(const Template& tree, const nlohmann::json& context,
                    const PartialLoader& partials) {
  try {
    return Renderer(partials, context).run(tree);
  } catch (const std::exception& e) {  // a throwing loader, or out of memory
    RenderResult result;
    result.error = internal_error(tree.path, e.what());
    return result;
  }
}

RenderResult render(const Source& source, const nlohmann::json& context,
                    const PartialLoader& partials) {
  ParseResult parsed;
  try {
    parsed = parse(source);
  } catch (const std::exception& e) {
    parsed.error = internal_error(source.path, e.what());
  }
  if (parsed.error) {
    RenderResult result;
    result.error = std::move(parsed.error);
    return result;
  }
  return render(*parsed.tree, context, partials);
}

}  // namespace prepkit::mustache
