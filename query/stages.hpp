#pragma once
// The clause-level operators of a query, pushed rows one at a time (MATCH streams; projections
// with aggregates, DISTINCT or ORDER BY hold rows until finish()). Each counts the rows it
// emits and, when profiling, the time it spends itself (its downstream excluded).
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "query/exec_context.hpp"
#include "query/match_plan.hpp"

namespace innonet::query {

class Stage {
 public:
  virtual ~Stage() = default;
  virtual void push(Row& row) = 0;
  virtual void finish() { finish_next(); }

  std::string op, detail;
  Stage* next = nullptr;
  const MatchPlan* match = nullptr;  // steps shown under this stage by EXPLAIN
  std::int64_t rows = 0;
  std::int64_t inclusive_ns = 0, downstream_ns = 0;

 protected:
  explicit Stage(ExecContext& context) : c_(context) {}
  void emit(Row& row);
  void finish_next();
  ExecContext& c_;
};

class MatchStage : public Stage {
 public:
  MatchStage(ExecContext& c, MatchPlan plan, bool optional);
  void push(Row& row) override;

 private:
  MatchPlan plan_;
  bool optional_;
};

class UnwindStage : public Stage {
 public:
  UnwindStage(ExecContext& c, ExprPtr list, std::int32_t slot);
  void push(Row& row) override;

 private:
  ExprPtr list_;
  std::int32_t slot_;
};

struct SortKey {
  ExprPtr expr;
  bool descending = false;
};

struct ProjectionSpec {
  std::vector<ExprPtr> items;  // bound in the input scope
  std::vector<Expr*> aggregates;
  bool distinct = false;
  std::vector<SortKey> order;  // bound in the input+output scope, or the output scope
  bool order_sees_input = false;
  ExprPtr skip, limit;  // constants
  ExprPtr where;        // WITH ... WHERE, bound in the output scope
};

class ProjectionStage : public Stage {
 public:
  ProjectionStage(ExecContext& c, ProjectionSpec spec);
  void push(Row& row) override;
  void finish() override;

 private:
  struct Group;
  Row project(const Row& row, const std::vector<Value>* aggregates) const;
  void accumulate(const Row& row);
  void output(Row& row);
  std::vector<Value> sort_values(const Row& in, const Row& out) const;

  ProjectionSpec spec_;
  bool streaming_ = false;
  std::int64_t skip_ = 0, limit_ = -1, seen_ = 0;
  std::map<Row, std::shared_ptr<Group>, ValueOrder> groups_;
  std::vector<std::pair<std::vector<Value>, Row>> held_;  // sort values, row
  std::set<Row, ValueOrder> distinct_;
};

class ResultStage : public Stage {
 public:
  ResultStage(ExecContext& c, std::vector<Row>& out) : Stage(c), out_(out) {}
  void push(Row& row) override;
  void finish() override {}

 private:
  std::vector<Row>& out_;
};

}  // namespace innonet::query
