#include "tools/html/report_command.hpp"

#include "io/atomic_file.hpp"
#include "tools/html/report_page.hpp"

namespace innonet::cli {

std::shared_ptr<HtmlArgs> add_html_options(CLI::App& command) {
  auto args = std::make_shared<HtmlArgs>();
  command.add_option("--html", args->path,
                     "Write the report as one self-contained HTML page (map, network, tables)");
  command
      .add_option(
          "--lang", args->language,
          "Place names on the HTML map: zh, en or both (en: English names in the tables too)")
      ->check(CLI::IsMember({"zh", "en", "both"}));
  command.add_option("--color-by", args->color_by,
                     "HTML network colours: community, type, kind or a node attribute");
  command.add_option("--size-by", args->size_by,
                     "HTML network node sizes: pagerank, degree or a numeric node attribute");
  return args;
}

output::Report write_html_report(const PropertyGraph& graph, const HtmlArgs& html,
                                 const std::string& level, const std::string& scope,
                                 const std::string& enclave_kind) {
  const auto language = html.language == "zh"   ? innonet::html::Language::zh
                        : html.language == "en" ? innonet::html::Language::en
                                                : innonet::html::Language::both;
  const auto page = innonet::html::html_report(graph, {.level = level,
                                                       .scope = scope,
                                                       .enclave_kind = enclave_kind,
                                                       .language = language,
                                                       .color_by = html.color_by,
                                                       .size_by = html.size_by});
  io::write_file_atomically(html.path, page.html);
  output::Table t{.name = "html_report",
                  .title = "HTML report written",
                  .columns = {"file", "bytes", "map_markers", "corridors", "network_nodes"}};
  t.add_row({html.path, static_cast<std::int64_t>(page.html.size()), page.map_markers,
             page.corridors, page.network_nodes});
  t.notes.push_back("open it in any browser (it loads nothing from the network): xdg-open " +
                    html.path);
  output::Report report;
  report.tables.push_back(std::move(t));
  return report;
}

}  // namespace innonet::cli
