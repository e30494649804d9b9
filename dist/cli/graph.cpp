#include <cstdio>

#include "dist/cli/context.hpp"
#include "dist/rmat_part.hpp"
#include "dist/row_file.hpp"
#include "dist/session.hpp"
#include "dist/snapshot_part.hpp"
#include "engine/error.hpp"

namespace innonet::dist::cli {

DistGraph load_graph(const Context& context) {
  const GlobalOptions& o = *context.options;
  const MPI_Comm comm = context.grid->GetWorld();
  const double start = MPI_Wtime();
  DistGraph g;
  g.grid = context.grid;
  LocalArcs arcs;
  if (o.rmat_scale) {
    const generators::RmatOptions rmat{
        .scale = *o.rmat_scale, .edge_factor = o.edge_factor, .seed = o.seed};
    collectively(comm, [&] {
      arcs = rmat_part(rmat, o.directed ? Directedness::directed : Directedness::undirected,
                       context.rank, context.processes);
    });
    g.num_nodes = Index{1} << *o.rmat_scale;
    g.directed = o.directed;
  } else {
    if (o.graph_path.empty())
      throw UsageError("give --graph FILE.inb (a binary snapshot) or --rmat SCALE");
    SnapshotPart part = read_snapshot_part(o.graph_path, comm);
    g.num_nodes = part.num_nodes;
    g.num_edges = part.num_edges;
    g.directed = part.directed;
    g.snapshot_path = o.graph_path;
    g.has_original_ids = part.has_original_ids;
    arcs = std::move(part.arcs);
  }
  g.in_arcs = build_in_arcs(context.grid, g.num_nodes, arcs);
  if (o.rmat_scale) {  // merged and loop-free: an undirected edge is two stored arcs
    const Index stored = g.in_arcs->getnnz();
    g.num_edges = g.directed ? stored : stored / 2;
  }
  MPI_Barrier(comm);
  *context.load_seconds = MPI_Wtime() - start;
  return g;
}

std::string graph_note(const DistGraph& g, const Context& context) {
  return std::to_string(g.num_nodes) + " nodes, " + std::to_string(g.num_edges) +
         (g.directed ? " directed" : " undirected") + " edges, unweighted; " +
         std::to_string(context.processes) + (context.processes == 1 ? " process" : " processes");
}

std::vector<std::string> vertex_ids(const DistGraph& g, const std::vector<Index>& vertices,
                                    const Context& context) {
  std::vector<std::string> ids;
  collectively(context.grid->GetWorld(), [&] {
    if (context.rank != 0) return;
    if (!g.has_original_ids) {
      for (const Index v : vertices) ids.push_back(std::to_string(v));
      return;
    }
    for (const std::int64_t id : read_original_ids(g.snapshot_path, vertices))
      ids.push_back(std::to_string(id));
  });
  return ids;
}

void write_vertex_rows(const Context& context, const std::vector<std::string>& names,
                       const std::vector<const LocalPart<double>*>& columns) {
  const std::string& path = context.options->output_path;
  if (path.empty()) return;
  std::string header = "vertex";
  for (const auto& name : names) header += "," + name;
  header += "\n";
  std::string rows;
  const LocalPart<double>& first = *columns.front();
  char number[32];
  for (std::size_t i = 0; i < first.values.size(); ++i) {
    rows += std::to_string(first.first + static_cast<Index>(i));
    for (const auto* column : columns) {
      std::snprintf(number, sizeof number, ",%.17g", column->values[i]);
      rows += number;
    }
    rows += "\n";
  }
  write_rows_atomically(path, header, rows, context.grid->GetWorld());
}

}  // namespace innonet::dist::cli
