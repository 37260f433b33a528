// Data files for templates: JSON through nlohmann, YAML through yaml-cpp (core-schema scalars),
// with 1-based error places and limits on nesting and on values expanded from YAML aliases.
#include "core/data/load_data.h"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cstdint>
#include <exception>
#include <string_view>

#include "core/bank/yaml_reader.h"

namespace prepkit {
namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string too_deep_message() {
  return fmt::format("data nested deeper than {} levels", kMaxDataDepth);
}

Diagnostic error_at_byte(const std::string& path, std::string_view text, std::size_t offset,
                         std::string message) {
  offset = std::min(offset, text.size());
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return error_at(path, line, static_cast<int>(offset - line_start + 1), std::move(message));
}

// The offset of the first bracket nested deeper than the limit, outside strings.
std::optional<std::size_t> too_deep_json(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  bool escaped = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDataDepth) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::nullopt;
}

// "[json.exception.parse_error.101] parse error at line 2, column 8: syntax error ..."
Diagnostic json_syntax_error(const std::string& path, const std::string& text,
                             const nlohmann::json::parse_error& e) {
  std::string message = e.what();
  std::size_t colon = message.find(": ");
  if (colon != std::string::npos) message = message.substr(colon + 2);
  std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;  // e.byte counts the offending byte
  return error_at_byte(path, text, offset, "invalid JSON: " + message);
}

// "[json.exception.out_of_range.406] number overflow parsing '1e999'" gives no place: point at
// the first place the number is written.
Diagnostic json_range_error(const std::string& path, const std::string& text,
                            const nlohmann::json::out_of_range& e) {
  std::string message = e.what();
  std::size_t quote = message.find('\'');
  std::string number = quote == std::string::npos ? "" : message.substr(quote + 1);
  if (!number.empty()) number.pop_back();
  std::size_t offset = number.empty() ? std::string::npos : text.find(number);
  std::size_t bracket = message.find("] ");
  if (bracket != std::string::npos) message = message.substr(bracket + 2);
  return error_at_byte(path, text, offset == std::string::npos ? 0 : offset, "invalid JSON: " + message);
}

LoadDataResult load_json(const std::string& path, const std::string& text) {
  LoadDataResult result;
  if (std::optional<std::size_t> deep = too_deep_json(text)) {
    result.error = error_at_byte(path, text, *deep, too_deep_message());
    return result;
  }
  try {
    result.value = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    result.error = json_syntax_error(path, text, e);
  } catch (const nlohmann::json::out_of_range& e) {  // found by fuzz_mustache_data
    result.error = json_range_error(path, text, e);
  }
  if (result.error) result.value = nullptr;
  return result;
}

template <typename Number>
bool read_number(std::string_view text, int base, Number* out) {
  const char* end = text.data() + text.size();
  auto [stop, problem] = std::from_chars(text.data(), end, *out, base);
  return problem == std::errc() && stop == end && !text.empty();
}

bool all_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// YAML 1.2 core schema floats: [-+]? ( . [0-9]+ | [0-9]+ ( . [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
bool looks_like_float(std::string_view text) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  std::size_t exponent = text.find_first_of("eE");
  std::string_view mantissa = text.substr(0, exponent);
  if (exponent != std::string_view::npos) {
    std::string_view power = text.substr(exponent + 1);
    if (!power.empty() && (power[0] == '-' || power[0] == '+')) power.remove_prefix(1);
    if (!all_digits(power)) return false;
  }
  std::size_t dot = mantissa.find('.');
  std::string_view whole = mantissa.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? "" : mantissa.substr(dot + 1);
  if (whole.empty()) return all_digits(fraction);
  return all_digits(whole) && (fraction.empty() || all_digits(fraction));
}

// A plain (unquoted, untagged) scalar read with the YAML 1.2 core schema.
nlohmann::json plain_scalar(const std::string& text) {
  if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") {
    return nullptr;
  }
  if (text == "true" || text == "True" || text == "TRUE") return true;
  if (text == "false" || text == "False" || text == "FALSE") return false;
  std::string_view digits = text;
  bool negative = !digits.empty() && digits[0] == '-';
  if (!digits.empty() && (digits[0] == '+' || negative)) digits.remove_prefix(1);
  std::int64_t integer = 0;
  std::uint64_t large = 0;
  if (!negative && digits.substr(0, 2) == "0x" && read_number(digits.substr(2), 16, &integer)) {
    return integer;
  }
  if (!negative && digits.substr(0, 2) == "0o" && read_number(digits.substr(2), 8, &integer)) {
    return integer;
  }
  if (all_digits(digits)) {
    std::string signed_digits = (negative ? "-" : "") + std::string(digits);
    if (read_number(std::string_view(signed_digits), 10, &integer)) return integer;
    if (!negative && read_number(digits, 10, &large)) return large;
  }
  if (looks_like_float(text)) {
    std::string_view number = text;
    if (number[0] == '+') number.remove_prefix(1);
    double value = 0;
    auto [stop, problem] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (problem == std::errc() && stop == number.data() + number.size()) return value;
  }
  return text;
}

class YamlConverter {
 public:
  explicit YamlConverter(const std::string& path) : path_(path) {}

  std::optional<Diagnostic> convert(const YAML::Node& node, int depth, nlohmann::json* out) {
    if (++values_ > kMaxDataValues) {
      return at(node, fmt::format("data has more than {} values (aliases expanding?)",
                                  kMaxDataValues));
    }
    if (node.IsSequence() || node.IsMap()) {
      if (depth == kMaxDataDepth) return at(node, too_deep_message());
      return node.IsMap() ? convert_map(node, depth + 1, out) : convert_list(node, depth + 1, out);
    }
    if (node.IsScalar()) {
      text_bytes_ += node.Scalar().size();
      if (text_bytes_ > kMaxDataTextBytes) {
        return at(node, fmt::format("data has more than {} MiB of text (aliases expanding?)",
                                    kMaxDataTextBytes >> 20));
      }
      *out = node.Tag() == "?" ? plain_scalar(node.Scalar()) : nlohmann::json(node.Scalar());
    } else {
      *out = nullptr;
    }
    return std::nullopt;
  }

 private:
  Diagnostic at(const YAML::Node& node, std::string message) const {
    YAML::Mark mark = node.Mark();
    return error_at(path_, mark.line + 1, mark.column + 1, std::move(message));
  }

  std::optional<Diagnostic> convert_list(const YAML::Node& node, int depth, nlohmann::json* out) {
    *out = nlohmann::json::array();
    for (const YAML::Node& item : node) {
      nlohmann::json value;
      if (std::optional<Diagnostic> error = convert(item, depth, &value)) return error;
      out->push_back(std::move(value));
    }
    return std::nullopt;
  }

  std::optional<Diagnostic> convert_map(const YAML::Node& node, int depth, nlohmann::json* out) {
    *out = nlohmann::json::object();
    for (const auto& entry : node) {
      if (!entry.first.IsScalar()) return at(entry.first, "map keys must be scalars");
      const std::string& key = entry.first.Scalar();
      if (out->contains(key)) return at(entry.first, fmt::format("duplicate key '{}'", key));
      nlohmann::json value;
      if (std::optional<Diagnostic> error = convert(entry.second, depth, &value)) return error;
      (*out)[key] = std::move(value);
    }
    return std::nullopt;
  }

  const std::string& path_;
  std::size_t values_ = 0;
  std::size_t text_bytes_ = 0;
};

LoadDataResult load_yaml(const std::string& path, const std::string& text) {
  LoadDataResult result;
  if (text.size() > kMaxYamlBytes) {
    result.error = error_at(path, 0, 0, fmt::format("YAML data is too large ({} bytes; the limit is {} "
                                                    "bytes; JSON data may be larger)",
                                                    text.size(), kMaxYamlBytes));
    return result;
  }
  try {
    YAML::Node root = YAML::Load(text);
    result.error = YamlConverter(path).convert(root, 0, &result.value);
  } catch (const YAML::DeepRecursion& e) {
    result.error = error_at(path, e.mark.line + 1, e.mark.column + 1, too_deep_message());
  } catch (const YAML::Exception& e) {
    int line = e.mark.is_null() ? 0 : e.mark.line + 1;
    int column = e.mark.is_null() ? 0 : e.mark.column + 1;
    result.error = error_at(path, line, column, e.msg);
  }
  if (result.error) result.value = nullptr;
  return result;
}

}  // namespace

LoadDataResult load_data(const std::string& path, const std::string& text) {
  try {
    return ends_with(path, ".json") ? load_json(path, text) : load_yaml(path, text);
  } catch (const std::exception& e) {  // out of memory, or a surprise from a parser
    LoadDataResult result;
    result.error = error_at(path, 0, 0, std::string("cannot load data: ") + e.what());
    return result;
  }
}

}  // namespace prepkit
