#pragma once
// A query after parsing and planning: its stages in order, ready to run. Internal to query/.
#include <memory>
#include <string>
#include <vector>

#include "query/ast.hpp"
#include "query/stages.hpp"

namespace innonet::query {

class CompiledQuery {
 public:
  std::string text;
  Map params;
  Query ast;
  ExecContext context;
  std::vector<std::unique_ptr<Stage>> stages;  // the last is the result stage
  std::vector<std::string> columns;
  std::vector<std::int32_t> column_slots;
  std::vector<Row> rows;
};

}  // namespace innonet::query
