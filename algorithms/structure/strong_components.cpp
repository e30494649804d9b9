// Tarjan's strongly connected components with an explicit stack (see components.hpp).
#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "algorithms/structure/components.hpp"

namespace innonet::structure {

namespace {

struct Frame {
  Vertex vertex;
  ArcIndex next_arc;  // position in the out arrays of the next arc to explore
};

class Tarjan {
 public:
  explicit Tarjan(const CsrGraph& g)
      : g_(g),
        order_(g.num_nodes(), kNoVertex),
        low_(g.num_nodes(), 0),
        on_stack_(g.num_nodes(), 0),
        label_(g.num_nodes(), kNoVertex) {}

  std::vector<Vertex> run() {
    for (Vertex s = 0; s < g_.num_nodes(); ++s)
      if (order_[s] == kNoVertex) search_from(s);
    return std::move(label_);
  }

 private:
  void visit(Vertex v) {
    order_[v] = low_[v] = next_order_++;
    on_stack_[v] = 1;
    members_.push_back(v);
    frames_.push_back({v, g_.out_begin(v)});
  }

  void search_from(Vertex s) {
    const auto targets = g_.out_targets();
    visit(s);
    while (!frames_.empty()) {
      Frame& top = frames_.back();
      const Vertex v = top.vertex;
      if (top.next_arc < g_.out_begin(v + 1)) {
        const Vertex w = targets[top.next_arc++];
        if (order_[w] == kNoVertex) {
          visit(w);  // invalidates `top`
        } else if (on_stack_[w]) {
          low_[v] = std::min(low_[v], order_[w]);
        }
        continue;
      }
      frames_.pop_back();
      if (!frames_.empty()) {
        const Vertex parent = frames_.back().vertex;
        low_[parent] = std::min(low_[parent], low_[v]);
      }
      if (low_[v] == order_[v]) pop_component(v);
    }
  }

  // Pops v's component off the member stack and labels it with its smallest vertex.
  void pop_component(Vertex v) {
    auto first = members_.end();
    do --first;
    while (*first != v);
    const Vertex smallest = *std::min_element(first, members_.end());
    for (auto it = first; it != members_.end(); ++it) {
      label_[*it] = smallest;
      on_stack_[*it] = 0;
    }
    members_.erase(first, members_.end());
  }

  const CsrGraph& g_;
  std::vector<Vertex> order_;  // discovery index, kNoVertex while unvisited
  std::vector<Vertex> low_;
  std::vector<std::uint8_t> on_stack_;
  std::vector<Vertex> label_;
  std::vector<Vertex> members_;  // Tarjan's component stack
  std::vector<Frame> frames_;    // the DFS path
  Vertex next_order_ = 0;
};

}  // namespace

ComponentsResult strong_components(const CsrGraph& g) {
  // An undirected graph holds both arcs of every edge, so Tarjan already finds its weak
  // components; no special case is needed.
  return summarize_labels(Tarjan(g).run());
}

}  // namespace innonet::structure
