#include "algorithms/structure/biconnectivity.hpp"

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <utility>

#include "algorithms/structure/undirected_view.hpp"

namespace innonet::structure {

namespace {

struct Frame {
  Vertex vertex;
  std::int64_t next;  // index into the vertex's view row
};

// Low-point DFS over one component at a time (see biconnectivity.hpp).
class LowPoint {
 public:
  explicit LowPoint(const UndirectedView& view)
      : view_(view),
        disc_(view.num_nodes(), kNoVertex),
        low_(view.num_nodes(), 0),
        parent_(view.num_nodes(), kNoVertex),
        parent_edges_(view.num_nodes(), 0),
        subtree_(view.num_nodes(), 1) {}

  BiconnectivityResult run() {
    for (Vertex s = 0; s < view_.num_nodes(); ++s) {
      if (disc_[s] != kNoVertex) continue;
      search_component(s);
      finish_component(s);
    }
    std::sort(result_.bridges.begin(), result_.bridges.end(), [](const Bridge& a, const Bridge& b) {
      return std::pair(a.u, a.v) < std::pair(b.u, b.v);
    });
    std::sort(result_.articulation_points.begin(), result_.articulation_points.end(),
              [](const auto& a, const auto& b) { return a.vertex < b.vertex; });
    return std::move(result_);
  }

 private:
  void visit(Vertex v, Vertex parent, std::int32_t edges_to_parent) {
    disc_[v] = low_[v] = next_disc_++;
    parent_[v] = parent;
    parent_edges_[v] = edges_to_parent;
    frames_.push_back({v, 0});
  }

  void search_component(Vertex s) {
    visit(s, kNoVertex, 0);
    while (!frames_.empty()) {
      Frame& top = frames_.back();
      const Vertex v = top.vertex;
      const auto row = view_.neighbors(v);
      if (top.next < std::ssize(row)) {
        const auto i = top.next++;
        const Vertex w = row[i];
        if (disc_[w] == kNoVertex)
          visit(w, v, view_.multiplicity(v)[i]);  // invalidates `top`
        else if (w != parent_[v])
          low_[v] = std::min(low_[v], disc_[w]);
        continue;
      }
      frames_.pop_back();
      if (const Vertex p = parent_[v]; p != kNoVertex) retreat(p, v);
    }
  }

  // Back from child c to its DFS parent p: fold c's low point and subtree into p.
  void retreat(Vertex p, Vertex c) {
    low_[p] = std::min(low_[p], low_[c]);
    subtree_[p] += subtree_[c];
    if (low_[c] >= disc_[p]) pieces_.emplace_back(p, subtree_[c]);
    if (low_[c] > disc_[p] && parent_edges_[c] == 1) tree_bridges_.emplace_back(p, c);
  }

  // With the component size known, turns the recorded child pieces into results.
  void finish_component(Vertex root) {
    const Vertex size = subtree_[root];
    for (const auto& [p, c] : tree_bridges_) {
      Bridge b{p, c, size - subtree_[c], subtree_[c]};
      if (b.u > b.v) std::swap(b.u, b.v), std::swap(b.u_side_size, b.v_side_size);
      result_.bridges.push_back(b);
    }
    tree_bridges_.clear();
    std::stable_sort(pieces_.begin(), pieces_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < pieces_.size();) {
      const Vertex a = pieces_[i].first;
      ArticulationPoint point{a, {}};
      Vertex below = 0;
      for (; i < pieces_.size() && pieces_[i].first == a; ++i) {
        point.piece_sizes.push_back(pieces_[i].second);
        below += pieces_[i].second;
      }
      if (a != root) point.piece_sizes.push_back(size - 1 - below);
      if (point.piece_sizes.size() < 2) continue;  // the root with a single DFS child
      std::sort(point.piece_sizes.begin(), point.piece_sizes.end(), std::greater<>());
      result_.articulation_points.push_back(std::move(point));
    }
    pieces_.clear();
  }

  const UndirectedView& view_;
  std::vector<Vertex> disc_;  // discovery order, kNoVertex while unvisited
  std::vector<Vertex> low_;
  std::vector<Vertex> parent_;
  std::vector<std::int32_t> parent_edges_;  // parallel edges between v and its DFS parent
  std::vector<Vertex> subtree_;
  std::vector<Frame> frames_;
  std::vector<std::pair<Vertex, Vertex>> pieces_;        // (articulation candidate, piece size)
  std::vector<std::pair<Vertex, Vertex>> tree_bridges_;  // (parent, child)
  BiconnectivityResult result_;
  Vertex next_disc_ = 0;
};

void check_vertex(const CsrGraph& g, Vertex v, const char* what) {
  if (v < 0 || v >= g.num_nodes())
    throw std::invalid_argument(std::string(what) + ": vertex out of range");
}

// Components of the view with the vertex `skip` and every u-v edge removed (kNoVertex: none).
std::vector<std::vector<Vertex>> pieces_from(const UndirectedView& view, Vertex start_a,
                                             Vertex start_b, Vertex skip, Vertex cut_u,
                                             Vertex cut_v) {
  std::vector<std::uint8_t> seen(view.num_nodes(), 0);
  if (skip != kNoVertex) seen[skip] = 1;
  std::vector<std::vector<Vertex>> pieces;
  auto grow = [&](Vertex s) {
    if (seen[s]) return;
    std::vector<Vertex> piece{s};
    seen[s] = 1;
    for (std::size_t head = 0; head < piece.size(); ++head) {
      const Vertex x = piece[head];
      for (const Vertex y : view.neighbors(x)) {
        if (seen[y] || (x == cut_u && y == cut_v) || (x == cut_v && y == cut_u)) continue;
        seen[y] = 1;
        piece.push_back(y);
      }
    }
    std::sort(piece.begin(), piece.end());
    pieces.push_back(std::move(piece));
  };
  if (start_b == kNoVertex) {
    for (const Vertex s : view.neighbors(start_a)) grow(s);
  } else {
    grow(start_a);
    grow(start_b);
  }
  return pieces;
}

}  // namespace

BiconnectivityResult articulation_points_and_bridges(const CsrGraph& g) {
  const UndirectedView view(g);
  return LowPoint(view).run();
}

std::vector<std::vector<Vertex>> pieces_without_vertex(const CsrGraph& g, Vertex vertex) {
  check_vertex(g, vertex, "pieces_without_vertex");
  auto pieces = pieces_from(UndirectedView(g), vertex, kNoVertex, vertex, kNoVertex, kNoVertex);
  std::sort(pieces.begin(), pieces.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a.front() < b.front();
  });
  return pieces;
}

std::vector<std::vector<Vertex>> pieces_without_edge(const CsrGraph& g, Vertex u, Vertex v) {
  check_vertex(g, u, "pieces_without_edge");
  check_vertex(g, v, "pieces_without_edge");
  return pieces_from(UndirectedView(g), u, v, kNoVertex, u, v);
}

}  // namespace innonet::structure
