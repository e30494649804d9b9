// Caret messages and "did you mean" suggestions.
#include "query/errors.hpp"

#include <algorithm>
#include <cctype>

namespace innonet::query {
namespace {

std::string_view line_of(std::string_view text, std::int32_t line) {
  std::size_t start = 0;
  for (std::int32_t l = 1; l < line; ++l) {
    const auto nl = text.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  const auto end = text.find('\n', start);
  return text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
}

// Columns a prefix occupies on a terminal: UTF-8 lead bytes of 3- and 4-byte sequences are
// taken as wide (CJK), continuation bytes as nothing.
std::size_t display_columns(std::string_view prefix) {
  std::size_t width = 0;
  for (const unsigned char c : prefix) {
    if ((c & 0xC0) == 0x80) continue;
    width += c >= 0xE0 ? 2 : 1;
  }
  return width;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                        std::tolower(static_cast<unsigned char>(b[j - 1]));
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string caret_message(std::string_view query, SourcePos pos, const std::string& what) {
  const std::string_view line = line_of(query, pos.line);
  std::size_t byte = 0;
  for (std::int32_t chars = 1; byte < line.size() && chars < pos.column; ++chars) {
    ++byte;
    while (byte < line.size() && (static_cast<unsigned char>(line[byte]) & 0xC0) == 0x80) ++byte;
  }
  std::string message = "query:" + std::to_string(pos.line) + ":" + std::to_string(pos.column) +
                        ": " + what + "\n  " + std::string(line) + "\n  ";
  message += std::string(display_columns(line.substr(0, std::min(byte, line.size()))), ' ') + "^";
  return message;
}

QueryError::QueryError(std::string_view query, SourcePos pos, const std::string& what)
    : UsageError(caret_message(query, pos, what)), pos_(pos) {}

std::vector<std::string> closest_words(std::string_view word,
                                       const std::vector<std::string>& candidates) {
  const std::size_t allowed = std::max<std::size_t>(2, word.size() / 3);
  std::vector<std::pair<std::size_t, std::string>> near;
  for (const auto& c : candidates) {
    const std::size_t d = edit_distance(word, c);
    if (d <= allowed && c != word) near.emplace_back(d, c);
  }
  std::sort(near.begin(), near.end());
  near.erase(std::unique(near.begin(), near.end()), near.end());
  std::vector<std::string> best;
  for (std::size_t i = 0; i < near.size() && i < 3; ++i) best.push_back(near[i].second);
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const auto best = closest_words(word, candidates);
  if (best.empty()) return "";
  std::string text = ", did you mean ";
  for (std::size_t i = 0; i < best.size(); ++i)
    text += (i == 0 ? "" : (i + 1 == best.size() ? " or " : ", ")) + ("'" + best[i] + "'");
  return text + "?";
}

}  // namespace innonet::query
