// The query prompt and the tables of `innonet query`.
#include "tools/query_shell.hpp"

#include <editline/readline.h>

#include <cstdlib>
#include <iostream>
#include <map>

#include "query/procedures.hpp"

namespace innonet::cli {
namespace {

output::Cell cell(const query::Value& v, const query::GraphView& graph) {
  if (v.is_null()) return std::monostate{};
  if (v.is_int()) return v.as_int();
  if (v.is_float()) return v.as_number();
  return query::display_text(v, graph);
}

}  // namespace

output::Report query_report(const query::QueryResult& result, const query::GraphView& graph) {
  output::Report report;
  if (result.mode != query::QueryMode::run) {
    const bool profile = result.mode == query::QueryMode::profile;
    output::Table t{"plan", profile ? "Query profile" : "Query plan", {"operator", "detail"}};
    if (profile)
      t.columns.insert(t.columns.end(), {"rows", "time_ms"});
    else
      t.columns.emplace_back("estimated_rows");
    for (const auto& line : result.plan) {
      std::vector<output::Cell> row{std::string(2 * line.depth, ' ') + line.op, line.detail};
      if (profile) {
        row.emplace_back(line.rows);
        row.emplace_back(line.self_ms);
      } else {
        row.emplace_back(line.depth == 0 ? output::Cell{} : output::Cell{line.estimate});
      }
      t.add_row(std::move(row));
    }
    if (profile)
      t.notes.push_back("total " + std::to_string(result.elapsed_ms) + " ms");
    else
      t.notes.emplace_back("estimated_rows: rows per incoming row, from label and index counts");
    report.tables.push_back(std::move(t));
    return report;
  }
  output::Table t{"query", "", result.columns};
  for (const auto& row : result.rows) {
    std::vector<output::Cell> cells;
    cells.reserve(row.size());
    for (const auto& v : row) cells.push_back(cell(v, graph));
    t.add_row(std::move(cells));
  }
  t.notes.push_back(std::to_string(result.rows.size()) +
                    (result.rows.size() == 1 ? " row" : " rows"));
  report.tables.push_back(std::move(t));
  return report;
}

output::Report schema_report(const query::GraphView& graph) {
  output::Report report;
  output::Table labels{
      "labels", "Node labels (node types, group kinds, indicator)", {"label", "nodes"}};
  for (std::size_t l = 0; l < graph.label_names().size(); ++l)
    labels.add_row(
        {graph.label_names()[l], std::int64_t(graph.nodes_with_label(std::int32_t(l)).size())});
  std::vector<std::int64_t> per_type(graph.rel_type_names().size(), 0);
  for (std::int32_t r = 0; r < graph.num_rels(); ++r) ++per_type[graph.rel(r).type];
  output::Table types{"relationship_types",
                      "Relationship types (edge kinds, WITHIN, MEMBER_OF, OF)",
                      {"type", "relationships"}};
  for (std::size_t k = 0; k < per_type.size(); ++k)
    types.add_row({graph.rel_type_names()[k], per_type[k]});
  output::Table groups{"groups", "Groups (MEMBER_OF targets)", {"id", "name", "kind", "members"}};
  for (const auto& g : graph.graph().groups())
    groups.add_row({g.id, g.name,
                    std::string(g.kind == GroupKind::corridor ? "corridor" : "region"),
                    std::int64_t(g.members.size())});
  std::string keys;
  for (const auto& k : graph.property_keys()) keys += (keys.empty() ? "" : ", ") + k;
  groups.notes.push_back("properties: " + keys);
  report.tables = {std::move(labels), std::move(types), std::move(groups)};
  return report;
}

std::string query_help() {
  std::string text =
      "innonet query: an openCypher subset over the property graph (docs/query.md).\n"
      "  MATCH (u:university)-[:branch]->(x)-[:WITHIN*]->(c:city {id: 'huaian'})\n"
      "  RETURN u.name, count(*) AS bases ORDER BY bases DESC;\n"
      "Clauses: MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, RETURN, ORDER BY, SKIP, LIMIT,\n"
      "CALL ... YIELD; EXPLAIN / PROFILE before a query. End a query with ';'.\n"
      "Labels are node types, group kinds (corridor, region, group) and indicator;\n"
      "relationship types are edge kinds, WITHIN (child->parent), MEMBER_OF, OF.\n"
      "Commands: :help, :schema, :quit.\nProcedures:\n";
  for (const auto& p : query::procedures()) {
    std::string cols;
    for (const auto& c : p.columns) cols += (cols.empty() ? "" : ", ") + c;
    text += "  CALL " + p.name + "({...}) YIELD " + cols + "  -- " + p.summary + "\n";
  }
  return text;
}

int run_query_shell(const query::GraphView& graph, const query::QueryOptions& options,
                    output::Format format) {
  std::cout << "innonet query: end a query with ';'. :help, :schema, :quit\n";
  std::string pending;
  while (true) {
    char* raw = readline(pending.empty() ? "innonet> " : "     ...> ");
    if (!raw) break;
    std::string line(raw);
    std::free(raw);
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    add_history(line.c_str());
    if (pending.empty() && line[line.find_first_not_of(" \t")] == ':') {
      const std::string command = line.substr(line.find_first_not_of(" \t"));
      if (command.starts_with(":q")) break;
      if (command.starts_with(":schema"))
        output::write(schema_report(graph), format, std::cout);
      else
        std::cout << query_help();
      continue;
    }
    pending += (pending.empty() ? "" : "\n") + line;
    const auto end = pending.find_last_not_of(" \t");
    if (pending[end] != ';') continue;
    try {
      const auto result = query::run_query(graph, pending, options);
      output::write(query_report(result, graph), format, std::cout);
    } catch (const std::exception& e) {
      std::cerr << e.what() << "\n";
    }
    pending.clear();
  }
  return 0;
}

}  // namespace innonet::cli
