// Splitting source text into lines and blanking spans, the raw steps under the draft model.
#pragma once

#include <string>
#include <vector>

namespace prepkit {

// Splits on LF, CRLF and a lone CR (the line endings of CommonMark), dropping a leading UTF-8
// byte-order mark.
std::vector<std::string> split_lines(const std::string& text);

// Replaces every byte of `line` from `begin` to `end` with a space (tabs stay tabs).
void blank_span(std::string* line, size_t begin, size_t end);

std::string trim(const std::string& text);

}  // namespace prepkit
