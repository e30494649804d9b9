// innonet-dist: the large-graph kernels on CombBLAS over MPI (docs/distributed.md).
//   mpirun -np P innonet-dist KERNEL (--graph FILE.inb | --rmat S) [options]
// Every process parses the same command line; process 0 alone prints. P must be a square (the
// CombBLAS grid is sqrt(P) x sqrt(P)): anything else is refused before any work. Every failure is
// agreed by all processes (dist/session.hpp), so all end with the same message on process 0 and
// the same exit code: 0 ok, 1 bad input or failed run, 2 bad usage.
#include <mpi.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <map>

#include "dist/cli/context.hpp"
#include "dist/session.hpp"

namespace innonet::dist::cli {
namespace {

struct Application {
  CLI::App app{"innonet-dist: innonet's large-graph kernels on CombBLAS over MPI"};
  std::shared_ptr<GlobalOptions> options = std::make_shared<GlobalOptions>();
  std::vector<Command> commands;

  Application() {
    app.require_subcommand(1);
    app.fallthrough();
    auto& o = *options;
    app.add_option("--graph", o.graph_path, "Binary snapshot (.inb) to analyse");
    app.add_option("--rmat", o.rmat_scale, "Generate R-MAT with 2^S nodes instead of --graph")
        ->check(CLI::Range(0, 30));
    app.add_option("--edge-factor", o.edge_factor, "R-MAT edges per node")
        ->check(CLI::PositiveNumber);
    app.add_option("--seed", o.seed, "R-MAT seed");
    app.add_flag("--directed", o.directed, "R-MAT: directed arcs");
    const std::map<std::string, output::Format> formats = {{"table", output::Format::table},
                                                           {"json", output::Format::json},
                                                           {"csv", output::Format::csv}};
    app.add_option("--format", o.format, "Output format: table, json or csv")
        ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case));
    app.add_option("--output", o.output_path,
                   "Write one row per vertex to FILE (CSV, assembled atomically)");
    app.add_flag("--wide", o.wide, "Aligned tables at full width");
    app.add_flag("--timings", o.timings, "Print the wall time of loading and of the rest");
    for (auto* add :
         {add_rank, add_bfs, add_components, add_triangles, add_degrees, add_kcore, add_generate})
      commands.push_back(add(app));
  }
};

int run(int argc, char** argv, int rank, int processes) {
  Application application;
  try {
    application.app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (rank == 0) return application.app.exit(e);
    return e.get_exit_code();
  }
  const int side = square_side(processes);
  if (side == 0) {
    if (rank == 0)
      std::cerr << "innonet-dist: CombBLAS needs a square number of processes (1, 4, 9, 16, ...); "
                   "got "
                << processes << ": run with mpirun -np 4, 9, 16, ...\n";
    return 2;
  }
  Context context{application.options, nullptr, rank, processes};
  output::Report report;
  const double start = MPI_Wtime();
  try {
    context.grid = std::make_shared<combblas::CommGrid>(MPI_COMM_WORLD, side, side);
    collectively(MPI_COMM_WORLD, [&] {
      for (const auto& c : application.commands)
        if (c.app->parsed()) report = c.run(context);
    });
  } catch (const AgreedFailure& e) {
    if (rank == 0) std::cerr << "innonet-dist: " << e.what() << "\n";
    return e.exit_code();
  }
  MPI_Barrier(MPI_COMM_WORLD);
  if (rank == 0 && application.options->timings)
    std::cerr << "innonet-dist: timings: load " << *context.load_seconds << " s, kernel "
              << MPI_Wtime() - start - *context.load_seconds << " s (" << processes
              << (processes == 1 ? " process)\n" : " processes)\n");
  if (rank == 0)
    output::write(report, application.options->format, std::cout,
                  {.max_width = application.options->wide ? 0 : output::kDefaultWidth});
  return report.exit_code;
}

}  // namespace
}  // namespace innonet::dist::cli

int main(int argc, char** argv) {
  int provided = 0;
  MPI_Init_thread(&argc, &argv, MPI_THREAD_SERIALIZED, &provided);
  int rank = 0, processes = 1;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &processes);
  const int code = innonet::dist::cli::run(argc, argv, rank, processes);
  MPI_Finalize();
  return code == 0 ? 0 : (code == 1 ? 1 : 2);
}
