// UTF-8 validation of input text.
#pragma once

#include <optional>
#include <string>

namespace prepkit {

// The byte offset of the first invalid UTF-8 sequence, or nullopt when all is valid.
std::optional<size_t> find_invalid_utf8(const std::string& text);

// 1-based line and column (bytes) of a byte offset.
void line_and_column(const std::string& text, size_t offset, int* line, int* column);

}  // namespace prepkit
