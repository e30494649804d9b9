// `innonet draw --output FILE.svg`: a picture of any graph (the built-in one, a user's file, a
// generated network), laid out by innonet. Large graphs are drawn as their roll-up to a level
// (--level) or as the top --max-nodes nodes by the size measure; the picture says which.
#include <chrono>

#include "io/atomic_file.hpp"
#include "tools/command.hpp"
#include "tools/graph_source.hpp"
#include "tools/html/graph_picture.hpp"

namespace innonet::cli {
namespace {

struct DrawArgs {
  std::string output;
  std::string layout = "force";
  std::string level;
  std::string color_by = "community";
  std::string size_by = "pagerank";
  std::string labels = "largest";
  std::string language = "both";
  std::int32_t max_nodes = 2000;
  std::uint64_t seed = 1;
  double width = 1200, height = 900;
  std::string title;
};

html::PictureOptions picture_options(const DrawArgs& a) {
  return {.layout = a.layout,
          .level = a.level,
          .color_by = a.color_by,
          .size_by = a.size_by,
          .labels = a.labels == "all"    ? html::Labels::all
                    : a.labels == "none" ? html::Labels::none
                                         : html::Labels::largest,
          .max_nodes = a.max_nodes,
          .seed = a.seed,
          .language = a.language == "zh"   ? html::Language::zh
                      : a.language == "en" ? html::Language::en
                                           : html::Language::both,
          .width_px = a.width,
          .height_px = a.height,
          .element_id = "innonet-drawing"};
}

}  // namespace

Command add_draw(CLI::App& root, const std::shared_ptr<const GlobalOptions>& options) {
  auto* cmd = root.add_subcommand("draw", "Draw a graph as an SVG picture (layout by innonet)");
  auto args = std::make_shared<DrawArgs>();
  cmd->add_option("--output,-o", args->output, "SVG file to write")->required();
  cmd->add_option("--layout", args->layout, "geo, force (ForceAtlas2), circular or hierarchy")
      ->check(CLI::IsMember({"geo", "force", "circular", "hierarchy"}));
  cmd->add_option("--level", args->level, "Roll up to this node type first (e.g. city)");
  cmd->add_option("--color-by", args->color_by, "community, type, kind or a node attribute");
  cmd->add_option("--size-by", args->size_by, "pagerank, degree or a numeric node attribute");
  cmd->add_option("--labels", args->labels, "none, largest (20 biggest nodes) or all")
      ->check(CLI::IsMember({"none", "largest", "all"}));
  cmd->add_option("--lang", args->language, "Names in zh, en or both")
      ->check(CLI::IsMember({"zh", "en", "both"}));
  cmd->add_option("--max-nodes", args->max_nodes,
                  "Above this many nodes draw the top ones by the size measure (default 2000)")
      ->check(CLI::Range(1, 100'000));
  cmd->add_option("--seed", args->seed, "Seed of the force layout and communities (default 1)");
  cmd->add_option("--width", args->width, "Picture width in px")->check(CLI::Range(200.0, 20000.0));
  cmd->add_option("--height", args->height, "Picture height in px")
      ->check(CLI::Range(200.0, 20000.0));
  cmd->add_option("--title", args->title, "Title written on the picture");
  return {cmd, [=] {
            const auto start = std::chrono::steady_clock::now();
            const GraphSource source = load_graph(*options);
            const PropertyGraph& graph = source.properties();
            auto drawing = html::graph_picture(graph, picture_options(*args));
            drawing.title = args->title;
            const std::string svg = html::svg_graph(drawing, html::SvgDocument::standalone);
            io::write_file_atomically(args->output, svg);
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            output::Table t{
                .name = "drawing",
                .title = "Drawing written",
                .columns = {"file", "bytes", "nodes_drawn", "edges_drawn", "layout", "seconds"}};
            t.add_row({args->output, static_cast<std::int64_t>(svg.size()),
                       static_cast<std::int64_t>(drawing.nodes.size()),
                       static_cast<std::int64_t>(drawing.edges.size()), args->layout, seconds});
            t.notes = drawing.notes;
            output::Report report;
            report.tables.push_back(std::move(t));
            return report;
          }};
}

}  // namespace innonet::cli
