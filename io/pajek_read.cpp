#include <cctype>
#include <charconv>
#include <map>

#include "engine/error.hpp"
#include "engine/property_graph_builder.hpp"
#include "io/exchange_record.hpp"
#include "io/pajek.hpp"
#include "io/text_parse.hpp"

namespace innonet::io {
namespace {

struct Token {
  std::string text;
  std::size_t offset = 0;
};

struct Line {
  std::string_view text;
  std::size_t offset = 0;
};

class Reader {
 public:
  Reader(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  [[noreturn]] void fail(std::size_t at, const std::string& what) const {
    fail_at(file_, text_, at, what);
  }
  exchange::Where where(std::size_t at) const {
    const auto p = position_of(text_, at);
    return {file_, p.line, p.column};
  }

  // shlex (POSIX mode) splitting: blanks separate; "..." keeps \" and \\ escapes; '...' is
  // literal; outside quotes a backslash escapes the next character.
  std::vector<Token> tokens(const Line& line) const {
    std::vector<Token> out;
    std::size_t i = 0;
    const auto s = line.text;
    while (i < s.size()) {
      if (std::isspace(static_cast<unsigned char>(s[i]))) {
        ++i;
        continue;
      }
      Token t{"", line.offset + i};
      while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) {
        const char c = s[i];
        if (c == '"' || c == '\'') {
          const auto open = i++;
          while (i < s.size() && s[i] != c) {
            if (c == '"' && s[i] == '\\' && i + 1 < s.size() &&
                (s[i + 1] == '"' || s[i + 1] == '\\'))
              ++i;
            t.text += s[i++];
          }
          if (i >= s.size()) fail(line.offset + open, "quote not closed on this line");
          ++i;
        } else if (c == '\\' && i + 1 < s.size()) {
          t.text += s[i + 1];
          i += 2;
        } else {
          t.text += c;
          ++i;
        }
      }
      out.push_back(std::move(t));
    }
    return out;
  }

  std::vector<Line> lines() const {
    std::vector<Line> out;
    std::size_t start = 0;
    while (start < text_.size()) {
      auto end = text_.find('\n', start);
      if (end == std::string_view::npos) end = text_.size();
      auto line = text_.substr(start, end - start);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      out.push_back({line, start});
      start = end + 1;
    }
    return out;
  }

 private:
  std::string_view text_;
  const std::string& file_;
};

bool is_number(const std::string& s) {
  double v = 0;
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), v);
  return !s.empty() && error == std::errc() && end == s.data() + s.size();
}

// The "key" "value" pairs from tokens[from] on; none when the line ends before them (a vertex
// line may hold its number alone).
Attributes pairs(const Reader& reader, const std::vector<Token>& tokens, std::size_t from) {
  if (tokens.size() <= from) return Attributes::object();
  if ((tokens.size() - from) % 2 != 0)
    reader.fail(tokens.back().offset, "expected \"key\" \"value\" pairs after the numbers");
  auto record = Attributes::object();
  for (std::size_t k = from; k + 1 < tokens.size(); k += 2)
    record[tokens[k].text] = tokens[k + 1].text;
  return record;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

PropertyGraph read_pajek(const std::string& text, const std::string& file_name) {
  const Reader reader(text, file_name);
  PropertyGraphBuilder builder;
  std::map<std::string, std::string, std::less<>> labels;  // vertex number -> id
  enum class Section { none, vertices, arcs, edges } section = Section::none;
  for (const auto& line : reader.lines()) {
    const auto first = line.text.find_first_not_of(" \t");
    if (first == std::string_view::npos || line.text[first] == '%') continue;
    if (line.text[first] == '*') {
      const auto word =
          lower(line.text.substr(first, line.text.find_first_of(" \t", first) - first));
      if (word == "*vertices")
        section = Section::vertices;
      else if (word == "*arcs")
        section = Section::arcs;
      else if (word == "*edges")
        section = Section::edges;
      else if (word == "*network")
        section = Section::none;
      else
        reader.fail(line.offset + first,
                    "unsupported section " + word + " (expected *vertices, *arcs or *edges)");
      continue;
    }
    const auto tokens = reader.tokens(line);
    if (tokens.empty()) continue;  // other blanks only ("\r \v"): a blank line too
    if (section == Section::none) reader.fail(line.offset + first, "data before *vertices");
    if (section == Section::vertices) {
      const auto& number = tokens[0].text;
      const std::string id = tokens.size() > 1 ? tokens[1].text : number;
      const bool layout =
          tokens.size() >= 5 && is_number(tokens[2].text) && is_number(tokens[3].text);
      if (!labels.emplace(number, id).second)
        reader.fail(tokens[0].offset, "duplicate vertex number " + number);
      builder.add_node(exchange::node_spec(id, pairs(reader, tokens, layout ? 5 : 2),
                                           reader.where(tokens[0].offset)));
      continue;
    }
    if (tokens.size() < 2) reader.fail(tokens[0].offset, "expected two vertex numbers");
    std::string ends[2];
    for (int k = 0; k < 2; ++k) {
      const auto it = labels.find(tokens[k].text);
      if (it == labels.end())
        reader.fail(tokens[k].offset, "edge names unknown vertex " + tokens[k].text);
      ends[k] = it->second;
    }
    const bool weighted = tokens.size() > 2 && is_number(tokens[2].text);
    auto record = pairs(reader, tokens, weighted ? 3 : 2);
    if (weighted) record["weight"] = tokens[2].text;
    builder.add_edge(exchange::edge_spec(
        ends[0], ends[1], record,
        section == Section::arcs ? EdgeDirection::directed : EdgeDirection::undirected,
        reader.where(tokens[0].offset)));
  }
  return builder.build();
}

PropertyGraph read_pajek_file(const std::string& path) {
  return read_pajek(exchange::read_text_file(path), path);
}

}  // namespace innonet::io
