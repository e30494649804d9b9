#include <cctype>
#include <charconv>
#include <map>

#include "engine/error.hpp"
#include "engine/property_graph_builder.hpp"
#include "engine/utf8.hpp"
#include "io/exchange_record.hpp"
#include "io/gml.hpp"
#include "io/text_parse.hpp"

namespace innonet::io {
namespace {

constexpr int kMaxDepth = 64;

struct Entry {
  std::string key;
  Attributes value;            // scalar, or null for a list
  std::vector<Entry> entries;  // a list's entries
  bool is_list = false;
  std::size_t offset = 0;
};

class Parser {
 public:
  Parser(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  std::vector<Entry> list(int depth, bool top) {
    if (depth > kMaxDepth)
      fail(pos_, "lists nested deeper than " + std::to_string(kMaxDepth) + " levels");
    std::vector<Entry> out;
    for (;;) {
      skip_blanks();
      if (pos_ >= text_.size()) {
        if (top) return out;
        fail(pos_, "expected ']' before the end of the file");
      }
      if (text_[pos_] == ']') {
        if (top) fail(pos_, "unexpected ']'");
        ++pos_;
        return out;
      }
      out.push_back(entry(depth));
    }
  }

  [[noreturn]] void fail(std::size_t at, const std::string& what) const {
    fail_at(file_, text_, at, what);
  }
  std::string_view text() const { return text_; }

 private:
  void skip_blanks() {
    while (pos_ < text_.size()) {
      if (std::isspace(static_cast<unsigned char>(text_[pos_]))) {
        ++pos_;
      } else if (text_[pos_] == '#') {
        while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
      } else {
        return;
      }
    }
  }

  Entry entry(int depth) {
    Entry e;
    e.offset = pos_;
    const auto start = pos_;
    while (pos_ < text_.size() &&
           (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_'))
      ++pos_;
    if (pos_ == start || !std::isalpha(static_cast<unsigned char>(text_[start])))
      fail(start, "expected a key, found " + quote_token(text_, start));
    e.key = std::string(text_.substr(start, pos_ - start));
    skip_blanks();
    if (pos_ >= text_.size()) fail(pos_, "expected a value for '" + e.key + "'");
    if (text_[pos_] == '[') {
      ++pos_;
      e.is_list = true;
      e.entries = list(depth + 1, false);
    } else if (text_[pos_] == '"') {
      e.value = string_value();
    } else {
      e.value = number_value();
    }
    return e;
  }

  std::string string_value() {
    const auto start = pos_++;
    std::string out;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      if (text_[pos_] == '&') {
        const auto semi = text_.find(';', pos_);
        if (semi != std::string_view::npos && semi - pos_ <= 10 &&
            decode(text_.substr(pos_ + 1, semi - pos_ - 1), out)) {
          pos_ = semi + 1;
          continue;
        }
      }
      out += text_[pos_++];
    }
    if (pos_ >= text_.size()) fail(start, "string not closed");
    ++pos_;
    return out;
  }

  static bool decode(std::string_view entity, std::string& out) {
    static const std::map<std::string_view, char> kNamed{
        {"amp", '&'}, {"quot", '"'}, {"lt", '<'}, {"gt", '>'}, {"apos", '\''}};
    if (const auto it = kNamed.find(entity); it != kNamed.end()) {
      out += it->second;
      return true;
    }
    if (entity.size() < 2 || entity[0] != '#') return false;
    const bool hex = entity[1] == 'x' || entity[1] == 'X';
    const auto digits = entity.substr(hex ? 2 : 1);
    std::uint32_t cp = 0;
    const auto [end, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    append_utf8(out, cp);
    return true;
  }

  Attributes number_value() {
    const auto start = pos_;
    while (pos_ < text_.size() && !std::isspace(static_cast<unsigned char>(text_[pos_])) &&
           text_[pos_] != ']' && text_[pos_] != '[')
      ++pos_;
    std::string_view token = text_.substr(start, pos_ - start);
    if (!token.empty() && token[0] == '+') token.remove_prefix(1);
    std::int64_t whole = 0;
    auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), whole);
    if (!token.empty() && error == std::errc() && end == token.data() + token.size()) return whole;
    double real = 0;
    auto [end2, error2] = std::from_chars(token.data(), token.data() + token.size(), real);
    if (!token.empty() && error2 == std::errc() && end2 == token.data() + token.size()) return real;
    fail(start, "expected a number, a string or '[', found " + quote_token(text_, start));
  }

  std::string_view text_;
  const std::string& file_;
  std::size_t pos_ = 0;
};

Attributes to_json(const std::vector<Entry>& entries) {
  auto out = Attributes::object();
  for (const auto& e : entries) {
    Attributes v = e.is_list ? to_json(e.entries) : e.value;
    if (!out.contains(e.key)) {
      out[e.key] = std::move(v);
    } else {
      if (!out[e.key].is_array()) out[e.key] = Attributes::array({out[e.key]});
      out[e.key].push_back(std::move(v));
    }
  }
  return out;
}

}  // namespace

PropertyGraph read_gml(const std::string& text, const std::string& file_name) {
  Parser parser(text, file_name);
  const auto top = parser.list(0, true);
  const Entry* graph = nullptr;
  for (const auto& e : top)
    if (e.key == "graph" && e.is_list) graph = &e;
  if (!graph) parser.fail(0, "expected 'graph [ ... ]'");
  auto where = [&](std::size_t offset) {
    const auto at = position_of(parser.text(), offset);
    return exchange::Where{file_name, at.line, at.column};
  };
  EdgeDirection direction = EdgeDirection::undirected;
  for (const auto& e : graph->entries)
    if (e.key == "directed" && e.value == 1) direction = EdgeDirection::directed;
  std::map<std::string, std::string> ids;  // GML id (as text) -> node id
  PropertyGraphBuilder builder;
  for (const auto& e : graph->entries) {
    if (e.key != "node" || !e.is_list) continue;
    auto record = to_json(e.entries);
    if (!record.contains("id") || !(record["id"].is_number_integer() || record["id"].is_string()))
      parser.fail(e.offset, "node without an id");
    const std::string gml_id =
        record["id"].is_string() ? record["id"].get<std::string>() : exchange::shown(record["id"]);
    const std::string id = record.contains("label") && record["label"].is_string()
                               ? record["label"].get<std::string>()
                               : gml_id;
    if (!ids.emplace(gml_id, id).second) parser.fail(e.offset, "duplicate node id " + gml_id);
    record.erase("id");
    record.erase("label");
    builder.add_node(exchange::node_spec(id, record, where(e.offset)));
  }
  for (const auto& e : graph->entries) {
    if (e.key != "edge" || !e.is_list) continue;
    auto record = to_json(e.entries);
    std::string ends[2];
    for (int k = 0; k < 2; ++k) {
      const char* name = k ? "target" : "source";
      const auto it = record.find(name);
      const auto found = it == record.end() ? ids.end()
                                            : ids.find(it->is_string() ? it->get<std::string>()
                                                                       : exchange::shown(*it));
      if (found == ids.end())
        parser.fail(e.offset, std::string("edge ") + name + " names no node" +
                                  (it == record.end() ? "" : ": " + exchange::shown(*it)));
      ends[k] = found->second;
      record.erase(name);
    }
    record.erase("key");
    builder.add_edge(exchange::edge_spec(ends[0], ends[1], record, direction, where(e.offset)));
  }
  return builder.build();
}

PropertyGraph read_gml_file(const std::string& path) {
  return read_gml(exchange::read_text_file(path), path);
}

}  // namespace innonet::io
