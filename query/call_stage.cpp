// Running procedures inside a query.
#include "query/call_stage.hpp"

#include "query/functions.hpp"

namespace innonet::query {

CallStage::CallStage(ExecContext& c, const Procedure& procedure, std::vector<ExprPtr> arguments,
                     std::vector<std::pair<std::int32_t, std::int32_t>> yields, ExprPtr where)
    : Stage(c),
      procedure_(procedure),
      arguments_(std::move(arguments)),
      yields_(std::move(yields)),
      where_(std::move(where)) {
  op = "ProcedureCall";
  detail = procedure.name + "(";
  for (std::size_t i = 0; i < arguments_.size(); ++i)
    detail += (i ? ", " : "") + arguments_[i]->text;
  detail += ")";
}

void CallStage::push(Row& row) {
  Value options = arguments_.empty() ? Value(Map{}) : evaluate(*arguments_[0], row, c_.eval);
  if (options.is_null()) options = Value(Map{});
  if (!options.is_map())
    throw QueryRunError(procedure_.name + " expects a map of options, got " + type_name(options));
  for (const auto& [key, value] : options.as_map())
    if (std::find(procedure_.options.begin(), procedure_.options.end(), key) ==
        procedure_.options.end()) {
      std::string known;
      for (const auto& o : procedure_.options) {
        if (!known.empty()) known += ", ";
        known += o;
      }
      std::string message = procedure_.name;
      message.append(": unknown option '").append(key).append("' (options: ").append(known);
      throw UsageError(message + ")");
    }
  auto& table = cache_[options];
  if (!table)
    table = std::make_shared<ProcedureTable>(procedure_.run(*c_.eval.graph, options.as_map()));
  std::int32_t width = std::int32_t(row.size());
  for (const auto& [column, slot] : yields_) width = std::max(width, slot + 1);
  for (const auto& result : table->rows) {
    Row out = row;
    out.resize(width);
    for (const auto& [column, slot] : yields_) out[slot] = result[column];
    if (where_ && !is_true(evaluate(*where_, out, c_.eval))) continue;
    emit(out);
  }
}

}  // namespace innonet::query
