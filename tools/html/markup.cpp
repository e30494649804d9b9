#include "tools/html/markup.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace innonet::html {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string json_for_script(const nlohmann::json& value) {
  const std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size() + 64);
  for (char c : text) {
    if (c == '<')
      out += "\\u003c";
    else if (c == '>')
      out += "\\u003e";
    else if (c == '&')
      out += "\\u0026";
    else
      out += c;
  }
  return out;
}

std::string number(double value, int significant) {
  if (!std::isfinite(value)) return "";
  std::array<char, 64> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%.*g", significant, value);
  return buffer.data();
}

std::string cut(std::string_view utf8, std::size_t max_chars) {
  std::size_t chars = 0, i = 0;
  while (i < utf8.size()) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 6 ? 2 : (lead >> 4) == 14 ? 3 : 4;
    if (chars == max_chars) return std::string(utf8.substr(0, i)) + "\u2026";
    i = std::min(utf8.size(), i + length);
    ++chars;
  }
  return std::string(utf8);
}

std::string category_colour(std::size_t i) {
  static constexpr std::array<const char*, 10> kPalette{"#4e79a7", "#f28e2b", "#59a14f", "#e15759",
                                                        "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
                                                        "#9c755f", "#bab0ac"};
  return kPalette[i % kPalette.size()];
}

std::string score_colour(double score) {
  const double s = std::clamp(std::isfinite(score) ? score : 0.0, 0.0, 1.0);
  // Stops: 0 #d73027, 0.5 #fdae61 -> #fee08b, 1 #1a9850 (ColorBrewer RdYlGn ends).
  const std::array<std::array<double, 3>, 3> stops{{{215, 48, 39}, {253, 174, 97}, {26, 152, 80}}};
  const int k = s < 0.5 ? 0 : 1;
  const double t = s < 0.5 ? s / 0.5 : (s - 0.5) / 0.5;
  std::array<char, 8> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "#%02x%02x%02x",
                static_cast<int>(std::lround(stops[k][0] + t * (stops[k + 1][0] - stops[k][0]))),
                static_cast<int>(std::lround(stops[k][1] + t * (stops[k + 1][1] - stops[k][1]))),
                static_cast<int>(std::lround(stops[k][2] + t * (stops[k + 1][2] - stops[k][2]))));
  return buffer.data();
}

}  // namespace innonet::html
