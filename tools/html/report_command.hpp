#pragma once
// The `--html FILE` part of `innonet report`, kept out of tools/commands/report.cpp: options,
// and writing the page (atomically) with a one-row summary table for the terminal.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "engine/property_graph.hpp"
#include "tools/output/table.hpp"

namespace innonet::cli {

struct HtmlArgs {
  std::string path;  // empty: no HTML
  std::string language = "both";
  std::string color_by = "community";
  std::string size_by = "pagerank";
};

std::shared_ptr<HtmlArgs> add_html_options(CLI::App& command);

// Writes the page and returns the summary (file, bytes, map markers, corridors, nodes drawn).
output::Report write_html_report(const PropertyGraph& graph, const HtmlArgs& html,
                                 const std::string& level, const std::string& scope,
                                 const std::string& enclave_kind);

}  // namespace innonet::cli
