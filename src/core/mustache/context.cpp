// Name lookup on the context stack, and how data values show in a rendered template.
#include "core/mustache/context.h"

namespace prepkit::mustache {
namespace {

const nlohmann::json* member(const nlohmann::json& value, std::string_view key) {
  if (!value.is_object()) return nullptr;
  auto it = value.find(key);
  return it == value.end() ? nullptr : &*it;
}

}  // namespace

const nlohmann::json* ContextStack::lookup(std::string_view name) const {
  if (name == ".") return frames_.back();
  std::size_t dot = name.find('.');
  std::string_view first = name.substr(0, dot);
  const nlohmann::json* found = nullptr;
  for (auto frame = frames_.rbegin(); frame != frames_.rend() && !found; ++frame) {
    found = member(**frame, first);
  }
  while (found && dot != std::string_view::npos) {
    name.remove_prefix(dot + 1);
    dot = name.find('.');
    found = member(*found, name.substr(0, dot));
  }
  return found;
}

bool is_falsey(const nlohmann::json* value) {
  if (value == nullptr || value->is_null()) return true;
  if (value->is_boolean()) return !value->get<bool>();
  if (value->is_array()) return value->empty();
  if (value->is_string()) return value->get_ref<const std::string&>().empty();
  return false;
}

std::string value_text(const nlohmann::json* value) {
  if (value == nullptr || value->is_null()) return "";
  if (value->is_string()) return value->get<std::string>();
  // Numbers, booleans, lists and objects as compact JSON; bad UTF-8 in strings is replaced.
  return value->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void append_escaped(std::string* out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&': out->append("&amp;"); break;
      case '<': out->append("&lt;"); break;
      case '>': out->append("&gt;"); break;
      case '"': out->append("&quot;"); break;
      default: out->push_back(c);
    }
  }
}

}  // namespace prepkit::mustache
