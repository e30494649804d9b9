#pragma once
// What every innonet-dist subcommand shares: the global options (the names and defaults of the
// single-machine CLI's, tools/command.hpp, where they mean the same), the process grid, the graph
// source and the shape of a registered command. Commands return a Report that process 0 prints
// through tools/output (table, JSON or CSV); with --output they also write one row per vertex.
#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dist/dist_graph.hpp"
#include "dist/local_part.hpp"
#include "tools/output/table.hpp"

namespace innonet::dist::cli {

struct GlobalOptions {
  std::string graph_path;         // --graph FILE (.inb)
  std::optional<int> rmat_scale;  // --rmat S: generate R-MAT instead of reading
  double edge_factor = 16.0;      // --edge-factor (R-MAT), as `innonet generate`
  std::uint64_t seed = 1;         // --seed (R-MAT)
  bool directed = false;          // --directed (R-MAT)
  output::Format format = output::Format::table;
  std::string output_path;  // --output: one row per vertex, assembled atomically
  bool wide = false;
  bool timings = false;  // --timings: wall seconds of loading and of the rest, on stderr
};

struct Context {
  std::shared_ptr<const GlobalOptions> options;
  std::shared_ptr<combblas::CommGrid> grid;
  int rank = 0;
  int processes = 1;
  std::shared_ptr<double> load_seconds = std::make_shared<double>(0.0);  // set by load_graph
};

struct Command {
  CLI::App* app = nullptr;
  std::function<output::Report(const Context&)> run;
};

// The graph of --graph or --rmat (collective; failures agreed on every process).
DistGraph load_graph(const Context& context);

// "N nodes, M undirected edges, unweighted" as `innonet rank` writes it, plus the process count.
std::string graph_note(const DistGraph& g, const Context& context);

// The labels `innonet` shows for vertices of a structural file: the stored original id, else the
// vertex index. Process 0 reads them (collective, agreed).
std::vector<std::string> vertex_ids(const DistGraph& g, const std::vector<Index>& vertices,
                                    const Context& context);

// With --output: every process's rows of `columns` (the vertex first) go into the file
// (dist/row_file.hpp). Numbers with 17 significant digits, so the file reads back exactly.
void write_vertex_rows(const Context& context, const std::vector<std::string>& names,
                       const std::vector<const LocalPart<double>*>& columns);

Command add_rank(CLI::App& root);
Command add_bfs(CLI::App& root);
Command add_components(CLI::App& root);
Command add_triangles(CLI::App& root);
Command add_degrees(CLI::App& root);
Command add_kcore(CLI::App& root);
Command add_generate(CLI::App& root);

}  // namespace innonet::dist::cli
