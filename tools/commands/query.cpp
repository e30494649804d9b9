// `innonet query`: run an openCypher query (docs/query.md) on the graph. The query comes from
// the argument, --file, standard input when it is not a terminal, or the interactive prompt.
// --param k=v gives $k (v read as JSON when it parses: 3, 2.5, true, ["a","b"]; else a
// string). --max-rows and --timeout stop a query cleanly (exit 1); a bad query exits 2.
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/error.hpp"
#include "query/query_engine.hpp"
#include "tools/command.hpp"
#include "tools/graph_source.hpp"
#include "tools/query_shell.hpp"

namespace innonet::cli {
namespace {

struct QueryArgs {
  std::string text;
  std::string file;
  std::vector<std::string> params;
  std::int64_t max_rows = 100000;
  double timeout_s = 0.0;
};

query::Value from_json(const nlohmann::json& j) {
  if (j.is_null()) return {};
  if (j.is_boolean()) return query::Value(j.get<bool>());
  if (j.is_number_integer()) return query::Value(j.get<std::int64_t>());
  if (j.is_number()) return query::Value(j.get<double>());
  if (j.is_string()) return query::Value(j.get<std::string>());
  if (j.is_array()) {
    query::List list;
    for (const auto& x : j) list.push_back(from_json(x));
    return query::Value(std::move(list));
  }
  query::Map map;
  for (const auto& [k, x] : j.items()) map.emplace(k, from_json(x));
  return query::Value(std::move(map));
}

query::QueryOptions query_options(const QueryArgs& a) {
  query::QueryOptions options;
  options.limits.max_rows = a.max_rows;
  options.limits.timeout_s = a.timeout_s;
  for (const auto& p : a.params) {
    const auto eq = p.find('=');
    if (eq == std::string::npos || eq == 0)
      throw UsageError("--param: expected NAME=VALUE, found '" + p + "'");
    const std::string value = p.substr(eq + 1);
    const auto json = nlohmann::json::parse(value, nullptr, false);
    options.params.insert_or_assign(p.substr(0, eq),
                                    json.is_discarded() ? query::Value(value) : from_json(json));
  }
  return options;
}

std::string query_text(const QueryArgs& a) {
  if (!a.text.empty() && !a.file.empty())
    throw UsageError("give the query as an argument or with --file, not both");
  if (!a.text.empty()) return a.text;
  std::ifstream in;
  if (!a.file.empty()) {
    in.open(a.file);
    if (!in) throw Error(a.file + ": cannot open the query file");
  }
  std::istream& source = a.file.empty() ? std::cin : in;
  return std::string(std::istreambuf_iterator<char>(source), {});
}

}  // namespace

Command add_query(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto* cmd = root.add_subcommand(
      "query", "Run an openCypher query (MATCH ... RETURN ..., CALL innonet.pagerank() ...)");
  auto args = std::make_shared<QueryArgs>();
  cmd->add_option("query", args->text,
                  "The query; without one (and without --file) it is read from standard input, "
                  "or an interactive prompt opens on a terminal");
  cmd->add_option("--file", args->file, "Read the query from this file");
  cmd->add_option("--param", args->params, "Query parameter NAME=VALUE ($NAME), repeatable");
  cmd->add_option("--max-rows", args->max_rows,
                  "Stop when the result (or any sort, grouping or join) exceeds this many rows")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--timeout", args->timeout_s, "Stop after this many seconds (0: no limit)")
      ->check(CLI::NonNegativeNumber);
  return {
      cmd, [options, args]() -> output::Report {
        const auto query_options_value = query_options(*args);
        const bool interactive = args->text.empty() && args->file.empty() && isatty(0);
        const GraphSource source = load_graph(*options);
        const PropertyGraph& graph = source.properties();
        const query::GraphView view(graph);
        if (interactive)
          return output::Report{{}, run_query_shell(view, query_options_value, options->format)};
        const std::string text = query_text(*args);
        const auto result = query::run_query(view, text, query_options_value);
        return query_report(result, view);
      }};
}

}  // namespace innonet::cli
