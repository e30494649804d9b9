// MATCH, UNWIND and result stages, and the timing every stage shares.
#include "query/stages.hpp"

#include <chrono>

namespace innonet::query {
namespace {
using Clock = std::chrono::steady_clock;
std::int64_t since(Clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t).count();
}
}  // namespace

void Stage::emit(Row& row) {
  ++rows;
  c_.tick();
  if (!c_.profile) return next->push(row);
  const auto t = Clock::now();
  next->push(row);
  const auto dt = since(t);
  downstream_ns += dt;
  next->inclusive_ns += dt;
}

void Stage::finish_next() {
  if (!next) return;
  const auto t = Clock::now();
  next->finish();
  const auto dt = since(t);
  downstream_ns += dt;
  next->inclusive_ns += dt;
}

MatchStage::MatchStage(ExecContext& c, MatchPlan plan, bool optional)
    : Stage(c), plan_(std::move(plan)), optional_(optional) {
  op = optional ? "OptionalMatch" : "Match";
  match = &plan_;
}

void MatchStage::push(Row& row) {
  row.resize(plan_.width);
  bool any = false;
  run_match(plan_, row, c_, [&](Row& r) {
    any = true;
    Row copy = r;
    emit(copy);
    return true;
  });
  if (optional_ && !any) {
    for (const auto s : plan_.new_slots) row[s] = Value();
    emit(row);
  }
}

UnwindStage::UnwindStage(ExecContext& c, ExprPtr list, std::int32_t slot)
    : Stage(c), list_(std::move(list)), slot_(slot) {
  op = "Unwind";
  detail = list_->text;
}

void UnwindStage::push(Row& row) {
  const Value v = evaluate(*list_, row, c_.eval);
  row.resize(slot_ + 1);
  if (v.is_null()) return;
  if (!v.is_list()) {
    row[slot_] = v;
    return emit(row);
  }
  for (const auto& x : v.as_list()) {
    Row copy = row;
    copy[slot_] = x;
    emit(copy);
  }
}

void ResultStage::push(Row& row) {
  ++rows;
  c_.check_rows(std::int64_t(out_.size()) + 1, "the result");
  out_.push_back(row);
}

}  // namespace innonet::query
