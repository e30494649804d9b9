#pragma once
// CALL innonet.x(options) YIELD a, b AS c [WHERE ...]: runs the procedure once per distinct
// options value (cached: a CALL after a MATCH with constant options runs it once) and emits
// the incoming row extended by the yielded columns.
#include <map>

#include "query/procedures.hpp"
#include "query/stages.hpp"

namespace innonet::query {

class CallStage : public Stage {
 public:
  CallStage(ExecContext& c, const Procedure& procedure, std::vector<ExprPtr> arguments,
            std::vector<std::pair<std::int32_t, std::int32_t>> yields, ExprPtr where);
  void push(Row& row) override;

 private:
  const Procedure& procedure_;
  std::vector<ExprPtr> arguments_;
  std::vector<std::pair<std::int32_t, std::int32_t>> yields_;  // column -> slot
  ExprPtr where_;
  std::map<Value, std::shared_ptr<ProcedureTable>, ValueOrder> cache_;
};

}  // namespace innonet::query
