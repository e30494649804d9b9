// Display widths, cutting and wrapping of UTF-8 text, and number formatting for aligned tables
// (see table.hpp).
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <sstream>

#include "tools/output/table.hpp"

namespace innonet::output {
namespace {

// Decode one UTF-8 code point starting at i (invalid bytes count as one narrow column).
char32_t next_code_point(const std::string& s, std::size_t& i) {
  const auto byte = static_cast<unsigned char>(s[i]);
  int length = byte < 0x80           ? 1
               : (byte >> 5) == 0x6  ? 2
               : (byte >> 4) == 0xE  ? 3
               : (byte >> 3) == 0x1E ? 4
                                     : 1;
  if (i + length > s.size()) length = 1;
  char32_t cp = length == 1 ? byte : byte & (0x7F >> length);
  for (int k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += length;
  return cp;
}

bool is_wide(char32_t cp) {  // East Asian Wide/Fullwidth blocks that matter for our names
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

struct Glyph {
  std::size_t begin = 0, end = 0;  // byte range
  int width = 1;
  char32_t cp = 0;
};

std::vector<Glyph> glyphs(const std::string& s) {
  std::vector<Glyph> out;
  for (std::size_t i = 0; i < s.size();) {
    Glyph g{.begin = i};
    g.cp = next_code_point(s, i);
    g.end = i;
    g.width = is_wide(g.cp) ? 2 : 1;
    out.push_back(g);
  }
  return out;
}

// A line may end after these (the break keeps them on the line).
bool breaks_after(char32_t cp) {
  return cp == U' ' || cp == U',' || cp == U';' || cp == U'、' || cp == U'，' || cp == U'；' ||
         cp == U'/' || cp == U'-' || cp == U'_';
}

std::string trim_right(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

}  // namespace

int display_width(const std::string& utf8) {
  int width = 0;
  for (std::size_t i = 0; i < utf8.size();) width += is_wide(next_code_point(utf8, i)) ? 2 : 1;
  return width;
}

std::string cut_to_width(const std::string& utf8, int width) {
  if (display_width(utf8) <= width) return utf8;
  if (width <= 0) return "";
  int used = 0;
  std::size_t end = 0;
  for (const Glyph& g : glyphs(utf8)) {
    if (used + g.width > width - 1) break;  // keep one column for the ellipsis
    used += g.width;
    end = g.end;
  }
  return utf8.substr(0, end) + "…";
}

std::vector<std::string> wrap_to_width(const std::string& text, int width) {
  if (width <= 0 || display_width(text) <= width) return {text};
  const auto all = glyphs(text);
  std::vector<std::string> lines;
  std::size_t start = 0;  // glyph index where the current line begins
  while (start < all.size()) {
    while (start < all.size() && all[start].cp == U' ') ++start;  // no leading spaces
    if (start == all.size()) break;
    int used = 0;
    std::size_t end = start, last_break = 0;
    while (end < all.size() && used + all[end].width <= width) {
      used += all[end].width;
      if (breaks_after(all[end].cp)) last_break = end + 1;
      ++end;
    }
    if (end < all.size() && last_break > start) end = last_break;
    if (end == start) end = start + 1;  // a glyph wider than the column
    lines.push_back(trim_right(text.substr(all[start].begin, all[end - 1].end - all[start].begin)));
    start = end;
  }
  return lines;
}

std::string format_number(double value, int significant, double column_scale) {
  if (std::isnan(value)) return "";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  if (value == 0.0 || (column_scale > 0.0 && std::abs(value) < column_scale * 1e-12)) return "0";
  const double magnitude = std::abs(value);
  std::ostringstream text;
  if (magnitude >= std::pow(10.0, significant) && magnitude < 1e15)
    text << std::fixed << std::setprecision(0) << value;  // every digit of the integer part
  else
    text << std::setprecision(significant) << value;  // %g: an exponent only below 1e-4
  return text.str();
}

}  // namespace innonet::output
