// The context stack of a render: name lookup (dotted names, implicit iterator), truthiness, text.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace prepkit::mustache {

class ContextStack {
 public:
  explicit ContextStack(const nlohmann::json& root) { frames_.push_back(&root); }

  void push(const nlohmann::json& value) { frames_.push_back(&value); }
  void pop() { frames_.pop_back(); }

  // "." is the top of the stack. For "a.b.c", "a" is looked up from the top of the stack down,
  // then "b" and "c" inside what was found only. Null when the name resolves to nothing.
  const nlohmann::json* lookup(std::string_view name) const;

 private:
  std::vector<const nlohmann::json*> frames_;
};

// Falsey values hide a section and show an inverted one: missing, null, false, [] and "".
bool is_falsey(const nlohmann::json* value);

// The text an interpolation shows: strings as they are, numbers as JSON writes them, booleans
// as true/false, null and missing as nothing, lists and objects as compact JSON.
std::string value_text(const nlohmann::json* value);

// Appends `text` with & < > " written as HTML entities.
void append_escaped(std::string* out, std::string_view text);

}  // namespace prepkit::mustache
