// The procedure registry: one entry per procedure, defined in procedures_<family>.cpp.
#include "query/procedures.hpp"

namespace innonet::query {

// Defined in procedures_*.cpp; each appends its procedures.
void add_centrality_procedures(std::vector<Procedure>& out);
void add_structure_procedures(std::vector<Procedure>& out);
void add_path_procedures(std::vector<Procedure>& out);
void add_planner_procedures(std::vector<Procedure>& out);

const std::vector<Procedure>& procedures() {
  static const std::vector<Procedure> kAll = [] {  // built once, never changed: a constant
    std::vector<Procedure> all;
    add_centrality_procedures(all);
    add_structure_procedures(all);
    add_path_procedures(all);
    add_planner_procedures(all);
    return all;
  }();
  return kAll;
}

const Procedure* find_procedure(std::string_view name) {
  for (const auto& p : procedures())
    if (p.name == name) return &p;
  return nullptr;
}

}  // namespace innonet::query
