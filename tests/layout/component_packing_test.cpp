// Packing components: each component's drawing is only translated (every distance inside it is
// kept), the components' boxes do not overlap, the largest comes first at the top left, the whole
// is roughly square, and a connected drawing is left alone. The expected boxes are worked out here
// from the coordinates, not taken from the packer.
#include "algorithms/layout/component_packing.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <vector>

#include "engine/csr_build.hpp"

using namespace innonet;
using namespace innonet::layout;

namespace {

CsrGraph undirected(Vertex n, const std::vector<std::pair<Vertex, Vertex>>& edges) {
  EdgeList list;
  list.num_nodes = n;
  for (const auto& [u, v] : edges) list.sources.push_back(u), list.targets.push_back(v);
  return build_csr(list, {.direction = Direction::undirected, .merge = MergeRule::sum});
}

// Ten paths: path k has k + 2 vertices laid along a line at 10 · k units from the origin,
// far apart, as a force layout leaves components.
struct Paths {
  CsrGraph g;
  Layout layout;
  std::vector<std::vector<Vertex>> members;
};

Paths ten_paths() {
  Paths p;
  std::vector<std::pair<Vertex, Vertex>> edges;
  Vertex next = 0;
  for (int k = 0; k < 10; ++k) {
    std::vector<Vertex> path;
    for (int i = 0; i < k + 2; ++i) {
      path.push_back(next);
      p.layout.x.push_back(100.0 * k + i * std::cos(k));
      p.layout.y.push_back(-50.0 * k + i * std::sin(k));
      if (i > 0) edges.push_back({next - 1, next});
      ++next;
    }
    p.members.push_back(path);
  }
  p.g = undirected(next, edges);
  return p;
}

Bounds box_of(const Layout& p, const std::vector<Vertex>& vs) {
  Bounds b{p.x[vs[0]], p.y[vs[0]], p.x[vs[0]], p.y[vs[0]]};
  for (Vertex v : vs) {
    b.min_x = std::min(b.min_x, p.x[v]), b.max_x = std::max(b.max_x, p.x[v]);
    b.min_y = std::min(b.min_y, p.y[v]), b.max_y = std::max(b.max_y, p.y[v]);
  }
  return b;
}

}  // namespace

TEST_CASE("pack_components translates each component and packs the boxes without overlap",
          "[layout][packing]") {
  Paths p = ten_paths();
  const Layout before = p.layout;
  pack_components(p.g, p.layout);
  std::vector<Bounds> boxes;
  for (const auto& path : p.members) {
    // Translation only: every vertex moved by the same vector as the path's first one.
    const double dx = p.layout.x[path[0]] - before.x[path[0]];
    const double dy = p.layout.y[path[0]] - before.y[path[0]];
    for (Vertex v : path) {
      CHECK(p.layout.x[v] - before.x[v] == Approx(dx).margin(1e-9));
      CHECK(p.layout.y[v] - before.y[v] == Approx(dy).margin(1e-9));
    }
    boxes.push_back(box_of(p.layout, path));
  }
  for (std::size_t a = 0; a < boxes.size(); ++a)
    for (std::size_t b = a + 1; b < boxes.size(); ++b) {
      const bool apart = boxes[a].max_x < boxes[b].min_x || boxes[b].max_x < boxes[a].min_x ||
                         boxes[a].max_y < boxes[b].min_y || boxes[b].max_y < boxes[a].min_y;
      INFO("paths " << a << " and " << b);
      CHECK(apart);
    }
  // The largest path (11 vertices, the last) sits at the top left.
  CHECK(boxes[9].min_x == Approx(0.0).margin(1e-9));
  CHECK(boxes[9].max_y == Approx(0.0).margin(1e-9));
  // Before: spread over 900 x 450 units for boxes of at most 10 x 10. After: roughly square.
  const Bounds all = bounds(p.layout);
  CHECK(all.width() < 60.0);
  CHECK(all.height() < 60.0);
  CHECK(all.width() / all.height() == Approx(1.0).epsilon(0.6));
}

TEST_CASE("pack_components leaves a connected drawing and undrawn points alone",
          "[layout][packing]") {
  const CsrGraph path = undirected(3, {{0, 1}, {1, 2}});
  Layout p{{5.0, 6.0, 7.0}, {1.0, 2.0, 3.0}};
  pack_components(path, p);
  CHECK(p.x == std::vector<double>{5.0, 6.0, 7.0});
  CHECK(p.y == std::vector<double>{1.0, 2.0, 3.0});

  const double nan = std::numeric_limits<double>::quiet_NaN();
  const CsrGraph two = undirected(4, {{0, 1}});
  Layout q{{0.0, 1.0, nan, 40.0}, {0.0, 0.0, nan, 40.0}};
  pack_components(two, q);
  CHECK(std::isnan(q.x[2]));
  CHECK(std::isnan(q.y[2]));
  CHECK(q.x[1] - q.x[0] == 1.0);
  CHECK_THROWS_AS(pack_components(two, p), std::invalid_argument);
}

TEST_CASE("pack_components gives each box a slot at least min_slot_fraction wide",
          "[layout][packing]") {
  // One star of 9 vertices 10 units wide, and six single edges 1 unit long.
  std::vector<std::pair<Vertex, Vertex>> edges;
  Layout p;
  for (Vertex v = 0; v < 9; ++v) {
    p.x.push_back(v == 0 ? 0.0 : 5.0 * std::cos(v));
    p.y.push_back(v == 0 ? 0.0 : 5.0 * std::sin(v));
    if (v > 0) edges.push_back({0, v});
  }
  const double longest = std::max(bounds(p).width(), bounds(p).height());
  std::vector<std::vector<Vertex>> pairs;
  for (Vertex k = 0; k < 6; ++k) {
    const Vertex a = 9 + 2 * k;
    p.x.insert(p.x.end(), {100.0 * k, 100.0 * k + 1.0});
    p.y.insert(p.y.end(), {300.0, 300.0});
    edges.push_back({a, a + 1});
    pairs.push_back({a, a + 1});
  }
  const CsrGraph g = undirected(21, edges);
  Layout packed = p;
  pack_components(g, packed, {.gap_fraction = 0.0, .min_slot_fraction = 0.25});
  // Pairs on the same shelf: their midpoints at least a slot (a quarter of the star) apart.
  std::int64_t same_shelf = 0;
  for (std::size_t a = 0; a < pairs.size(); ++a)
    for (std::size_t b = a + 1; b < pairs.size(); ++b) {
      const auto mid = [&](std::size_t k) {
        return (packed.x[pairs[k][0]] + packed.x[pairs[k][1]]) / 2;
      };
      if (packed.y[pairs[a][0]] != packed.y[pairs[b][0]]) continue;
      ++same_shelf;
      CHECK(std::abs(mid(a) - mid(b)) >= 0.25 * longest - 1e-9);
    }
  CHECK(same_shelf > 0);  // else the check above tested nothing
  // Without the slots the same pairs sit closer than that.
  Layout tight = p;
  pack_components(g, tight, {.gap_fraction = 0.0});
  CHECK(std::abs(tight.x[pairs[1][0]] - tight.x[pairs[0][0]]) < 0.25 * longest);
  CHECK_THROWS_AS(pack_components(g, tight, {.min_slot_fraction = -1.0}), std::invalid_argument);
}
