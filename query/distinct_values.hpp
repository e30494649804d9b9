#pragma once
// The set of values an aggregate DISTINCT has seen. Nodes and relationships, the usual subject
// of count(DISTINCT t) after a pattern, are kept by number in an open-addressing hash set (one
// 8-byte slot each, load at most 1/2): an ordered std::set<Value> spent 140 ms of a 250 ms
// reachability count on 252,481 nodes (variant comparisons and a heap node per insert). Every
// other value keeps the ordered set, whose order (order_values) decides equality across types
// (1 equals 1.0), which a hash would have to repeat.
#include <cstdint>
#include <set>
#include <vector>

#include "query/value.hpp"

namespace innonet::query {

class DistinctValues {
 public:
  // Whether v was not seen before (and is now).
  bool insert(const Value& v);

 private:
  bool insert_entity(std::uint64_t key);
  void grow();

  std::vector<std::uint64_t> slots_;  // kEmpty or an entity key (kind in bit 32, number below)
  std::size_t entities_ = 0;
  std::set<Value, ValueOrder> others_;
};

}  // namespace innonet::query
