// Writer of the CSV graph layout (io/csv.hpp): every file with its full header, every column in
// a fixed order, nested values as one-line JSON, so read(write(g)) is the same graph.
#include <fstream>
#include <string>

#include "engine/error.hpp"
#include "io/csv.hpp"
#include "io/csv_table.hpp"
#include "io/native_json.hpp"

namespace innonet::io {
namespace {

// Appends one line of cells.
class Line {
 public:
  explicit Line(std::string& out) : out_(out) {}
  ~Line() { out_ += '\n'; }
  Line(const Line&) = delete;
  Line& operator=(const Line&) = delete;
  Line& text(std::string_view value) {
    comma();
    append_csv_field(out_, value);
    return *this;
  }
  Line& number(double value) {
    comma();
    append_json_number(out_, value);
    return *this;
  }
  Line& year(std::int32_t value) {
    comma();
    if (value != kNoYear) out_ += std::to_string(value);
    return *this;
  }
  Line& json(const nlohmann::ordered_json& value) {
    std::string cell;
    if (!value.empty()) append_json(cell, value);
    return text(cell);
  }
  Line& sources(const std::vector<SourceQuote>& sources) {
    auto list = nlohmann::ordered_json::array();
    for (const auto& s : sources) list.push_back({{"document", s.document}, {"quote", s.quote}});
    return json(list);
  }

 private:
  void comma() {
    if (!first_) out_ += ',';
    first_ = false;
  }
  std::string& out_;
  bool first_ = true;
};

nlohmann::ordered_json ids(const PropertyGraph& g, const std::vector<NodeRef>& members) {
  auto list = nlohmann::ordered_json::array();
  for (const auto m : members) list.push_back(g.node(m).id);
  return list;
}

std::string nodes_csv(const PropertyGraph& g) {
  std::string out = "id,name,name_en,type,parent,latitude_deg,longitude_deg,attributes,sources\n";
  for (const auto& n : g.nodes()) {
    Line line(out);
    line.text(n.id).text(n.name).text(n.name_en).text(g.type_name(n.type));
    line.text(n.parent ? g.node(*n.parent).id : "");
    if (n.coordinates)
      line.number(n.coordinates->latitude_deg).number(n.coordinates->longitude_deg);
    else
      line.text("").text("");
    line.json(n.attributes).sources(n.sources);
  }
  return out;
}

std::string edges_csv(const PropertyGraph& g) {
  std::string out = "id,source,target,kind,directed,weight,year,evidence,attributes,sources\n";
  for (const auto& e : g.edges()) {
    Line line(out);
    line.text(e.id).text(g.node(e.source).id).text(g.node(e.target).id).text(g.kind_name(e.kind));
    line.text(e.direction == EdgeDirection::directed ? "true" : "false").number(e.weight);
    line.year(e.year).text(g.evidence_name(e.evidence)).json(e.attributes).sources(e.sources);
  }
  return out;
}

std::string groups_csv(const PropertyGraph& g) {
  std::string out = "id,name,name_en,kind,members,members_implied,attributes,sources\n";
  for (const auto& x : g.groups()) {
    Line line(out);
    line.text(x.id).text(x.name).text(x.name_en);
    line.text(x.kind == GroupKind::corridor ? "corridor" : "region");
    line.json(ids(g, x.members)).json(ids(g, x.members_implied));
    line.json(x.attributes).sources(x.sources);
  }
  return out;
}

std::string group_edges_csv(const PropertyGraph& g) {
  std::string out = "id,source,target,kind,directed,evidence,attributes,sources\n";
  for (const auto& e : g.group_edges()) {
    Line line(out);
    line.text(e.id).text(e.source).text(e.target).text(g.kind_name(e.kind));
    line.text(e.direction == EdgeDirection::directed ? "true" : "false");
    line.text(g.evidence_name(e.evidence)).json(e.attributes).sources(e.sources);
  }
  return out;
}

std::string indicators_csv(const PropertyGraph& g) {
  std::string out = "id,scope,metric,metric_name,value,unit,year,kind,op,note,sources\n";
  for (const auto& i : g.indicators()) {
    Line line(out);
    line.text(i.id).text(i.scope).text(i.metric).text(i.metric_name).number(i.value);
    line.text(i.unit).year(i.year).text(i.kind).text(i.op).text(i.note).sources(i.sources);
  }
  return out;
}

std::string metadata_csv(const PropertyGraph& g) {
  std::string out = "section,key,value\n";
  Line(out).text("format").text("name").text(kNativeFormatName);
  Line(out).text("format").text("version").text(std::to_string(kNativeFormatVersion));
  for (const auto& [key, value] : g.metadata().items()) {
    std::string cell;
    append_json(cell, value);
    Line(out).text("metadata").text(key).text(cell);
  }
  auto names = [](std::span<const std::string> list) {
    std::string cell;
    append_json(cell, nlohmann::ordered_json(std::vector<std::string>(list.begin(), list.end())));
    return cell;
  };
  Line(out).text("vocabulary").text("types").text(names(g.type_names()));
  Line(out).text("vocabulary").text("kinds").text(names(g.kind_names()));
  Line(out).text("vocabulary").text("evidence").text(names(g.evidence_names()));
  return out;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

CsvGraphFiles csv_graph_files(std::string_view path) {
  std::string base(path);
  if (ends_with(base, ".csv")) base.resize(base.size() - 4);
  for (const char* part :
       {".nodes", ".edges", ".groups", ".group_edges", ".indicators", ".metadata"})
    if (ends_with(base, part)) {
      base.resize(base.size() - std::string_view(part).size());
      break;
    }
  return {base + ".nodes.csv",       base + ".edges.csv",      base + ".groups.csv",
          base + ".group_edges.csv", base + ".indicators.csv", base + ".metadata.csv"};
}

CsvGraphText write_csv_graph(const PropertyGraph& graph) {
  return {nodes_csv(graph),       edges_csv(graph),      groups_csv(graph),
          group_edges_csv(graph), indicators_csv(graph), metadata_csv(graph)};
}

void write_csv_graph_files(const PropertyGraph& graph, const std::string& path) {
  const auto names = csv_graph_files(path);
  const auto text = write_csv_graph(graph);
  const std::pair<const std::string*, const std::string*> files[] = {
      {&names.nodes, &text.nodes},           {&names.edges, &text.edges},
      {&names.groups, &text.groups},         {&names.group_edges, &text.group_edges},
      {&names.indicators, &text.indicators}, {&names.metadata, &text.metadata}};
  for (const auto& [name, content] : files) {
    std::ofstream out(*name, std::ios::binary);
    if (!out) throw Error(*name + ": cannot open for writing");
    out << *content;
    out.close();
    if (!out) throw Error(*name + ": write failed");
  }
}

}  // namespace innonet::io
