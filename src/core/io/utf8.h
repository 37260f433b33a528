// UTF-8 validation of input text, and columns counted in characters.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace prepkit {

// The byte offset of the first invalid UTF-8 sequence, or nullopt when all is valid.
std::optional<size_t> find_invalid_utf8(const std::string& text);

// 1-based line and column (characters) of a byte offset.
void line_and_column(const std::string& text, size_t offset, int* line, int* column);

// Characters (Unicode code points) in UTF-8 text: the bytes that do not continue a sequence.
int count_characters(std::string_view text);

// The 1-based column in characters (Unicode code points) of a 1-based byte column of `line`:
// what editors and people count.
int character_column(std::string_view line, int byte_column);

}  // namespace prepkit
