#pragma once
// Reading a procedure's options map: typed getters with defaults, and the selection options
// every analysis shares (kinds, evidence, types, years 'A..B', undirected, merge, level) turned
// into the same Selection the subcommands build. Wrong types are UsageErrors naming the option.
#include <string>
#include <vector>

#include "engine/csr_graph.hpp"
#include "engine/projection.hpp"
#include "query/graph_view.hpp"
#include "query/value.hpp"

namespace innonet::query {

class Options {
 public:
  Options(std::string procedure, const Map& map) : procedure_(std::move(procedure)), map_(map) {}
  double number(const std::string& key, double fallback) const;
  std::int64_t integer(const std::string& key, std::int64_t fallback) const;
  bool flag(const std::string& key, bool fallback) const;
  std::string text(const std::string& key, const std::string& fallback) const;
  std::vector<std::string> texts(const std::string& key) const;  // a list or one string
  bool has(const std::string& key) const { return map_.count(key) > 0; }

  Selection selection() const;
  // The projection the subcommands make: level '' = organisations, else rolled up. Rolled up
  // for a ranking (`rank --level`), ties inside a place are dropped: they are not partners.
  enum class InsideTies { keep, drop_for_ranking };
  CsrGraph project(const PropertyGraph& graph, bool weighted,
                   InsideTies inside = InsideTies::keep) const;

 private:
  [[noreturn]] void wrong(const std::string& key, const char* expected) const;
  std::string procedure_;
  const Map& map_;
};

// The selection option names, for each procedure's accepted-options list.
std::vector<std::string> selection_option_names();

// The node of a projection's vertex as a query node value.
inline Value node_value(const CsrGraph& g, Vertex v) {
  return Value(NodeId{index(g.node_refs()[v])});
}

}  // namespace innonet::query
