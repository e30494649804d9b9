#pragma once
// Text for HTML and SVG: escaping, numbers, cutting long names, colours. Everything innonet
// writes into a page goes through escape() (element text and attribute values alike), and data
// for scripts through json_for_script(), so names such as "<script>alert(1)</script>" stay text.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace innonet::html {

// & < > " ' as character references.
std::string escape(std::string_view text);

// JSON text that is safe inside <script type="application/json">: <, > and & are written as
// \u003c, \u003e and \u0026 (valid JSON, and "</script>" can never appear).
std::string json_for_script(const nlohmann::json& value);

// Shortest of up to `significant` significant digits ("0.9125", "12", "1.5e-07").
std::string number(double value, int significant = 4);

// At most max_chars characters (UTF-8 code points; a wide CJK character counts as one) and an
// ellipsis when cut. Never splits a code point.
std::string cut(std::string_view utf8, std::size_t max_chars);

// Categorical colour number i (a 10-colour palette with good contrast on white), cycling.
std::string category_colour(std::size_t i);

// Diverging red - amber - green for a score in [0, 1] (clamped), as #rrggbb.
std::string score_colour(double score_0_to_1);

}  // namespace innonet::html
