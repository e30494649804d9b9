#include <string>
#include <unordered_map>

#include "io/atomic_file.hpp"
#include "io/exchange_record.hpp"
#include "io/gml.hpp"

namespace innonet::io {
namespace {

// Decodes one UTF-8 code point at i (a stray byte stands for itself).
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto byte = static_cast<unsigned char>(s[i]);
  const int length = byte < 0x80 ? 1 : (byte >> 5) == 6 ? 2 : (byte >> 4) == 14 ? 3 : 4;
  if (length == 1 || i + length > s.size()) {
    ++i;
    return byte;
  }
  char32_t cp = byte & (0x7F >> length);
  for (int k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += length;
  return cp;
}

void append_string(std::string& out, std::string_view text) {
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    if (cp >= 0x20 && cp <= 0x7E && cp != '"' && cp != '&')
      out += static_cast<char>(cp);
    else
      out += "&#" + std::to_string(static_cast<std::uint32_t>(cp)) + ";";
  }
  out += '"';
}

// NetworkX reads a real only with a decimal point: "1e-05" becomes "1.0e-05", "3" "3.0".
std::string real_text(double value) {
  std::string text = exchange::number_text(value);
  if (text.find_first_of(".ni") != std::string::npos) return text;  // has a point, or inf/nan
  const auto e = text.find('e');
  return e == std::string::npos ? text + ".0" : text.insert(e, ".0");
}

void append_value(std::string& out, const Attributes& value) {
  if (value.is_string()) return append_string(out, value.get_ref<const std::string&>());
  if (value.is_boolean()) {
    out += value.get<bool>() ? "1" : "0";
    return;
  }
  if (value.is_number_float()) {
    out += real_text(value.get<double>());
    return;
  }
  out += value.dump();
}

void append_record(std::string& out, const Attributes& record) {
  for (const auto& [key, value] : record.items()) {
    out += "    " + key + " ";
    append_value(out, value);
    out += "\n";
  }
}

}  // namespace

std::string write_gml(const PropertyGraph& graph) {
  const auto schema = exchange::make_schema(graph, {.identifier_keys = true, .booleans = false});
  std::string out = "graph [\n";
  out += schema.directed ? "  directed 1\n" : "  directed 0\n";
  out += "  multigraph 1\n";
  for (std::int32_t v = 0; v < graph.num_nodes(); ++v) {
    const auto& node = graph.nodes()[v];
    out += "  node [\n    id " + std::to_string(v) + "\n    label ";
    append_string(out, node.id);
    out += "\n";
    append_record(out, exchange::node_record(graph, node, schema));
    out += "  ]\n";
  }
  for (const auto& edge : graph.edges()) {
    out += "  edge [\n    source " + std::to_string(index(edge.source)) + "\n    target " +
           std::to_string(index(edge.target)) + "\n";
    append_record(out, exchange::edge_record(graph, edge, schema));
    out += "  ]\n";
  }
  return out + "]\n";
}

void write_gml_file(const PropertyGraph& graph, const std::string& path) {
  write_file_atomically(path, write_gml(graph));
}

}  // namespace innonet::io
