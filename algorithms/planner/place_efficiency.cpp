#include "algorithms/planner/place_efficiency.hpp"

#include <algorithm>

namespace innonet::planner {

PlaceAdjacency place_adjacency(const PlaceNetwork& network) {
  PlaceAdjacency adj;
  const auto p = network.size();
  adj.neighbours.resize(static_cast<std::size_t>(p));
  for (std::int32_t i = 0; i < p; ++i)
    for (std::int32_t j = 0; j < p; ++j)
      if (i != j && network.tie_count(i, j) > 0) adj.neighbours[i].push_back(j);
  return adj;
}

PlaceDistances place_distances(const PlaceAdjacency& adjacency) {
  PlaceDistances d;
  d.size = static_cast<std::int32_t>(adjacency.neighbours.size());
  d.hops.assign(static_cast<std::size_t>(d.size) * d.size, -1);
  d.component.assign(static_cast<std::size_t>(d.size), -1);
  std::vector<std::int32_t> queue;
  for (std::int32_t s = 0; s < d.size; ++s) {
    std::int32_t* row = d.hops.data() + static_cast<std::size_t>(s) * d.size;
    queue.assign(1, s);
    row[s] = 0;
    for (std::size_t head = 0; head < queue.size(); ++head)
      for (auto v : adjacency.neighbours[queue[head]])
        if (row[v] < 0) row[v] = row[queue[head]] + 1, queue.push_back(v);
    if (d.component[s] < 0) {
      const auto id = static_cast<std::int32_t>(d.component_size.size());
      for (auto v : queue) d.component[v] = id;
      d.component_size.push_back(static_cast<std::int32_t>(queue.size()));
    }
  }
  return d;
}

double global_efficiency(const PlaceDistances& d) {
  if (d.size < 2) return 0.0;
  double sum = 0.0;  // serial, fixed order: reproducible
  for (std::int32_t u = 0; u < d.size; ++u)
    for (std::int32_t v = 0; v < d.size; ++v)
      if (u != v && d.at(u, v) > 0) sum += 1.0 / d.at(u, v);
  return sum / (static_cast<double>(d.size) * (d.size - 1));
}

TieEffect effect_of_new_tie(const PlaceDistances& d, std::int32_t a, std::int32_t b) {
  TieEffect effect;
  if (d.size < 2) return effect;
  auto via = [](std::int32_t x, std::int32_t y) { return x < 0 || y < 0 ? -1 : x + 1 + y; };
  auto shorter = [](std::int32_t current, std::int32_t candidate) {
    if (candidate < 0) return current;
    return current < 0 ? candidate : std::min(current, candidate);
  };
  double delta = 0.0;
  for (std::int32_t u = 0; u < d.size; ++u)
    for (std::int32_t v = 0; v < d.size; ++v) {
      if (u == v) continue;
      const auto before = d.at(u, v);
      const auto after =
          shorter(shorter(before, via(d.at(u, a), d.at(b, v))), via(d.at(u, b), d.at(a, v)));
      if (after != before) delta += 1.0 / after - (before > 0 ? 1.0 / before : 0.0);
    }
  effect.efficiency_gain = delta / (static_cast<double>(d.size) * (d.size - 1));
  if (d.component[a] != d.component[b])
    effect.places_reconnected =
        std::min(d.component_size[d.component[a]], d.component_size[d.component[b]]);
  return effect;
}

}  // namespace innonet::planner
