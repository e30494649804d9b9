#pragma once
// What a running query shares: the graph, the parameters, the limits (rows, wall time) and the
// profile switch. tick() is called once per row an operator produces; it checks the clock every
// 1024 ticks and stops the query with a QueryRunError once the deadline has passed.
#include <chrono>
#include <cstdint>
#include <string>

#include "query/errors.hpp"
#include "query/evaluator.hpp"

namespace innonet::query {

struct QueryLimits {
  std::int64_t max_rows = 100000;  // result rows, and rows any operator holds at once
  double timeout_s = 0.0;          // 0: none
};

struct ExecContext {
  EvalContext eval;
  QueryLimits limits;
  bool profile = false;
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  std::int64_t ticks = 0;

  void tick() {
    if ((++ticks & 1023) == 0 && std::chrono::steady_clock::now() > deadline)
      throw QueryRunError("query stopped: it ran longer than the timeout of " +
                          std::to_string(limits.timeout_s) + " s (--timeout)");
  }
  void check_rows(std::int64_t rows, const char* where) const {
    if (rows > limits.max_rows)
      throw QueryRunError(std::string("query stopped: ") + where + " would hold more than " +
                          std::to_string(limits.max_rows) +
                          " rows (--max-rows); add LIMIT or narrow the pattern");
  }
};

}  // namespace innonet::query
