// Ties of the metro generator: kind mix, gravity-model target cities, corridors.
#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "algorithms/generators/block_rng.hpp"
#include "algorithms/generators/metro_detail.hpp"
#include "engine/parallel_error.hpp"

namespace innonet::generators::metro_detail {
namespace {

using T = MetroType;
using K = MetroKind;

constexpr double kGravityOffsetKm = 10.0;  // d + d0: keeps the own city's weight finite
constexpr double kGravityExponent = 2.0;
constexpr std::int64_t kBlocksPerRound = 256;  // progress granularity only

struct TypeShare {
  T type;
  double probability;
};
struct KindSpec {
  K kind;
  double share;
  std::vector<TypeShare> sources, targets;
  bool cross_city;
};

const std::vector<KindSpec>& kind_specs() {
  static const std::vector<KindSpec> kSpecs = {
      {K::co_innovation,
       0.38,
       {{T::enterprise, 0.7}, {T::university, 0.1}, {T::institute, 0.1}, {T::lab, 0.1}},
       {{T::enterprise, 0.6}, {T::university, 0.15}, {T::institute, 0.15}, {T::platform, 0.1}},
       false},
      {K::tech_transfer,
       0.12,
       {{T::university, 0.45},
        {T::institute, 0.25},
        {T::lab, 0.15},
        {T::tech_transfer_center, 0.15}},
       {{T::enterprise, 0.8}, {T::park, 0.2}},
       false},
      {K::joint_lab,
       0.07,
       {{T::university, 0.6}, {T::institute, 0.4}},
       {{T::enterprise, 0.6}, {T::lab, 0.4}},
       false},
      {K::branch,
       0.08,
       {{T::university, 0.3}, {T::institute, 0.2}, {T::enterprise, 0.5}},
       {{T::platform, 0.3}, {T::institute, 0.2}, {T::enterprise, 0.5}},
       true},
      {K::talent, 0.10, {{T::university, 0.8}, {T::institute, 0.2}}, {{T::enterprise, 1.0}}, false},
      {K::membership,
       0.20,
       {{T::enterprise, 0.8}, {T::university, 0.1}, {T::fund, 0.1}},
       {{T::alliance, 1.0}},
       false},
      {K::partner_park, 0.04, {{T::park, 1.0}}, {{T::park, 1.0}}, true},
      {K::flying_enclave, 0.01, {{T::park, 0.8}, {T::district, 0.2}}, {{T::park, 1.0}}, true},
  };
  return kSpecs;
}

template <class Items, class Prob>
std::size_t pick_item(const Items& items, double u, Prob prob) {
  for (std::size_t i = 0; i + 1 < items.size(); ++i) {
    if (u < prob(items[i])) return i;
    u -= prob(items[i]);
  }
  return items.size() - 1;
}

// cdf[((cross * types + t) * C + c) * C + c']: gravity CDF of target city c' for type t from c.
struct Gravity {
  int cities = 0;
  std::vector<double> cdf;
  std::size_t offset(int cross, int t, int c) const {
    return ((static_cast<std::size_t>(cross) * kMetroTypes + t) * cities + c) * cities;
  }
  const double* row(int cross, int t, int c) const { return cdf.data() + offset(cross, t, c); }
};

Gravity gravity(const MetroNetwork& net, const Layout& layout) {
  Gravity g;
  g.cities = layout.cities;
  const int cc = layout.cities;
  g.cdf.assign(static_cast<std::size_t>(2) * kMetroTypes * cc * cc, 0.0);
  for (int cross = 0; cross < 2; ++cross)
    for (int t = 0; t < kMetroTypes; ++t)
      for (int c = 0; c < cc; ++c) {
        double* row = g.cdf.data() + g.offset(cross, t, c);
        double running = 0;
        for (int d = 0; d < cc; ++d) {
          const double km = city_distance_km(net, c, d);
          if (!(cross == 1 && d == c))
            running += layout.weight(t, d) / std::pow(km + kGravityOffsetKm, kGravityExponent);
          row[d] = running;
        }
      }
  return g;
}

struct Tie {
  std::int32_t source, target;
  K kind;
  std::int16_t year;
  float weight;
  std::uint8_t implied;
};

// One tie drawn from rng, or false when no valid target turned up.
bool draw_tie(const MetroNetwork& net, const Layout& layout, const Gravity& g, BlockRng& rng,
              Tie& tie) {
  const auto& specs = kind_specs();
  const auto& spec =
      specs[pick_item(specs, rng.uniform(), [](const KindSpec& k) { return k.share; })];
  const int st = static_cast<int>(
      spec.sources[pick_item(spec.sources, rng.uniform(), [](auto& s) { return s.probability; })]
          .type);
  const std::int64_t s =
      layout.pick(layout.begin(st, 0), layout.end(st, layout.cities - 1), rng.uniform());
  const int tt = static_cast<int>(
      spec.targets[pick_item(spec.targets, rng.uniform(), [](auto& s) { return s.probability; })]
          .type);
  const double* row = g.row(spec.cross_city ? 1 : 0, tt, net.city[s]);
  const double total = row[g.cities - 1];
  if (!(total > 0)) return false;
  for (int attempt = 0; attempt < 4; ++attempt) {
    const double u = rng.uniform() * total;
    const int c = static_cast<int>(std::upper_bound(row, row + g.cities, u) - row);
    if (c >= g.cities || layout.end(tt, c) == layout.begin(tt, c)) continue;
    const std::int64_t t = layout.pick(layout.begin(tt, c), layout.end(tt, c), rng.uniform());
    if (t == s) continue;
    tie.source = static_cast<std::int32_t>(s);
    tie.target = static_cast<std::int32_t>(t);
    tie.kind = spec.kind;
    tie.year = static_cast<std::int16_t>(
        std::max(2000.0, 2025.0 - std::floor(-std::log1p(-rng.uniform()) * 6.0)));
    tie.weight =
        static_cast<float>(std::min(1000.0, std::floor(std::pow(1.0 - rng.uniform(), -1.0 / 1.5))));
    tie.implied = rng.uniform() < 0.25 ? 1 : 0;
    return true;
  }
  return false;
}

void append(MetroNetwork& net, const Tie& tie) {
  net.source.push_back(tie.source);
  net.target.push_back(tie.target);
  net.kind.push_back(tie.kind);
  net.year.push_back(tie.year);
  net.weight.push_back(tie.weight);
  net.implied.push_back(tie.implied);
}

}  // namespace

void build_ties(MetroNetwork& net, const Layout& layout, const MetroOptions& options) {
  const Gravity g = gravity(net, layout);
  const auto m = static_cast<std::int64_t>(std::llround(options.ties_per_node * options.num_nodes));
  const std::int64_t blocks = (m + kGenerateBlock - 1) / kGenerateBlock;
  std::vector<std::vector<Tie>> chunks(static_cast<std::size_t>(blocks));
  const auto tie_seed = hash64(options.seed, 0x74696573);  // "ties"
  for (std::int64_t round = 0; round < blocks; round += kBlocksPerRound) {
    ParallelError error;  // an allocation failure inside the region, rethrown after it
#pragma omp parallel for schedule(dynamic, 1)
    for (std::int64_t b = round; b < std::min(blocks, round + kBlocksPerRound); ++b) {
      error.run([&] {
        BlockRng rng(tie_seed + static_cast<std::uint64_t>(b));
        const std::int64_t count = std::min(m, (b + 1) * kGenerateBlock) - b * kGenerateBlock;
        chunks[b].reserve(static_cast<std::size_t>(count));
        Tie tie{};
        for (std::int64_t i = 0; i < count; ++i)
          if (draw_tie(net, layout, g, rng, tie)) chunks[b].push_back(tie);
      });
    }
    error.rethrow();
    if (options.progress)
      options.progress("drawing ties",
                       static_cast<double>(std::min(blocks, round + kBlocksPerRound)) /
                           static_cast<double>(blocks));
  }
  std::size_t total = 0;
  for (const auto& chunk : chunks) total += chunk.size();
  for (auto* a : {&net.source, &net.target}) a->reserve(total);
  net.kind.reserve(total);
  net.year.reserve(total);
  net.weight.reserve(total);
  net.implied.reserve(total);
  for (auto& chunk : chunks) {
    for (const Tie& tie : chunk) append(net, tie);
    chunk = {};
  }
}

void build_corridors(MetroNetwork& net, const MetroOptions& options) {
  const auto cc = static_cast<std::int32_t>(net.cities.size());
  const std::int32_t corridors = std::clamp(cc / 6, 1, 12);
  for (std::int32_t k = 0; k < corridors; ++k) {
    MetroCorridor corridor;
    corridor.id = "corridor-" + std::to_string(k);
    corridor.cities.push_back(k);
    const auto length = 2 + static_cast<int>(hash64(options.seed, 0x636f72 + k) % 3);
    while (std::ssize(corridor.cities) < std::min(length, cc)) {
      const std::int32_t last = corridor.cities.back();
      std::int32_t best = -1;
      for (std::int32_t c = 0; c < cc; ++c)
        if (std::find(corridor.cities.begin(), corridor.cities.end(), c) == corridor.cities.end() &&
            (best < 0 || city_distance_km(net, last, c) < city_distance_km(net, last, best)))
          best = c;
      corridor.cities.push_back(best);
    }
    for (std::size_t i = 0; i < corridor.cities.size(); ++i) {
      const auto& city = net.cities[corridor.cities[i]];
      corridor.name += city.name.substr(0, 3);  // the first stem character (3 bytes of UTF-8)
      corridor.name_en += (i ? "-" : "") + city.name_en;
      if (i > 0)
        append(net, {corridor.cities[i - 1], corridor.cities[i], K::corridor_link,
                     static_cast<std::int16_t>(2016 + (k % 8)), 1.0f, 0});
    }
    corridor.name += "科创走廊";
    corridor.name_en += " Innovation Corridor";
    net.corridors.push_back(std::move(corridor));
  }
}

}  // namespace innonet::generators::metro_detail
