#include "algorithms/generators/metro.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <span>
#include <stdexcept>

#include "algorithms/generators/block_rng.hpp"
#include "algorithms/generators/metro_detail.hpp"

namespace innonet::generators {
namespace metro_detail {
namespace {

// Share of the non-city nodes per type (enterprise takes the rest).
constexpr std::array<double, kMetroTypes> kShare = {0,    0.012, 0.008, 0.04,  0.008, 0.015,
                                                    0.04, 0.025, 0.005, 0.004, 0.003, 0};
// Scatter radius around the parent, km.
constexpr std::array<double, kMetroTypes> kRadiusKm = {0,   25.0, 40.0, 4.0, 10.0, 3.0,
                                                       1.0, 1.5,  8.0,  6.0, 6.0,  1.5};
constexpr double kAttractivenessExponent = 2.2;  // Pareto tail of the children per parent

struct ParentRule {
  MetroType type;
  double probability;
};
// Candidate parent types per child type (the rest of the probability: the city itself).
std::span<const ParentRule> parent_rules(MetroType t) {
  using T = MetroType;
  static constexpr ParentRule kPark[] = {{T::district, 0.6}, {T::county, 0.3}};
  static constexpr ParentRule kInstitute[] = {{T::university, 0.2}};
  static constexpr ParentRule kLab[] = {{T::university, 0.5}, {T::institute, 0.2}, {T::park, 0.2}};
  static constexpr ParentRule kPlatform[] = {{T::park, 0.5}};
  static constexpr ParentRule kEnterprise[] = {
      {T::park, 0.7}, {T::district, 0.15}, {T::county, 0.1}};
  switch (t) {
    case T::park: return kPark;
    case T::institute: return kInstitute;
    case T::lab: return kLab;
    case T::platform: return kPlatform;
    case T::enterprise: return kEnterprise;
    default: return {};
  }
}

double round5(double x) { return std::round(x * 1e5) / 1e5; }

// Counts per (type, city): type totals from the shares, split over cities by size (largest
// remainder), so each (type, city) block is contiguous in node order.
std::vector<std::int64_t> apportion(const MetroNetwork& net, std::int64_t n) {
  const int c_count = static_cast<int>(net.cities.size());
  std::array<std::int64_t, kMetroTypes> total{};
  total[0] = c_count;
  const std::int64_t rest = n - c_count;
  std::int64_t used = 0;
  for (int t = 1; t + 1 < kMetroTypes; ++t) {
    total[t] = std::max<std::int64_t>(1, static_cast<std::int64_t>(kShare[t] * rest));
    used += total[t];
  }
  total[kMetroTypes - 1] = rest - used;
  double size_sum = 0;
  for (const auto& city : net.cities) size_sum += city.size;
  std::vector<std::int64_t> count(static_cast<std::size_t>(kMetroTypes * c_count), 0);
  for (int c = 0; c < c_count; ++c) count[c] = 1;
  for (int t = 1; t < kMetroTypes; ++t) {
    std::vector<std::pair<double, int>> remainder;
    std::int64_t given = 0;
    for (int c = 0; c < c_count; ++c) {
      const double exact = static_cast<double>(total[t]) * net.cities[c].size / size_sum;
      count[t * c_count + c] = static_cast<std::int64_t>(exact);
      given += count[t * c_count + c];
      remainder.emplace_back(-(exact - std::floor(exact)), c);
    }
    std::sort(remainder.begin(), remainder.end());
    for (std::int64_t k = 0; k < total[t] - given; ++k) ++count[t * c_count + remainder[k].second];
  }
  return count;
}

void place_cities(MetroNetwork& net, std::uint64_t seed) {
  static constexpr std::array<const char*, 20> kStem1 = {"宁", "镇", "扬", "淮", "芜", "滁", "宣",
                                                         "常", "溧", "金", "句", "仪", "天", "来",
                                                         "泰", "盐", "宿", "徐", "连", "马"};
  static constexpr std::array<const char*, 20> kPinyin1 = {
      "Ning", "Zhen", "Yang", "Huai", "Wu",  "Chu", "Xuan", "Chang", "Li",   "Jin",
      "Ju",   "Yi",   "Tian", "Lai",  "Tai", "Yan", "Su",   "Xu",    "Lian", "Ma"};
  static constexpr std::array<const char*, 16> kStem2 = {"川", "山", "江", "湖", "州", "安",
                                                         "平", "阳", "城", "都", "宁", "海",
                                                         "陵", "兴", "昌", "源"};
  static constexpr std::array<const char*, 16> kPinyin2 = {
      "chuan", "shan", "jiang", "hu",  "zhou", "an",   "ping",  "yang",
      "cheng", "du",   "ning",  "hai", "ling", "xing", "chang", "yuan"};
  const auto c_count = static_cast<std::int32_t>(net.cities.size());
  for (std::int32_t c = 0; c < c_count; ++c) {
    auto& city = net.cities[c];
    const std::string suffix = c >= 320 ? std::to_string(c / 320 + 1) : "";
    city.name = std::string(kStem1[c % 20]) + kStem2[(c / 20) % 16] + suffix + "市";
    city.name_en = std::string(kPinyin1[c % 20]) + kPinyin2[(c / 20) % 16] + suffix;
    city.size = 1.0 / (c + 1.0);  // Zipf
    const double u = unit_double(hash64(seed, 2 * c)), v = unit_double(hash64(seed, 2 * c + 1));
    // Rank 1 at Nanjing; the others in a box over the Yangtze delta's western half.
    net.latitude_deg[c] = round5(c == 0 ? 32.06 : 30.0 + 4.5 * u);
    net.longitude_deg[c] = round5(c == 0 ? 118.80 : 116.5 + 5.0 * v);
    net.type[c] = MetroType::city;
    net.city[c] = c;
    net.parent[c] = -1;
  }
}

// Parent, city and coordinates of node v of type t in city c.
void place_node(MetroNetwork& net, const Layout& layout, std::int64_t v, int t, int c,
                std::uint64_t seed) {
  BlockRng rng(hash64(seed, static_cast<std::uint64_t>(v)));
  std::int64_t parent = c;
  double r = rng.uniform();
  for (const auto& rule : parent_rules(static_cast<MetroType>(t))) {
    const int pt = static_cast<int>(rule.type);
    if (r < rule.probability) {
      if (layout.end(pt, c) > layout.begin(pt, c))
        parent = layout.pick(layout.begin(pt, c), layout.end(pt, c), rng.uniform());
      break;
    }
    r -= rule.probability;
  }
  net.type[v] = static_cast<MetroType>(t);
  net.city[v] = c;
  net.parent[v] = static_cast<std::int32_t>(parent);
  const double radius_km = parent == c ? kRadiusKm[t] : std::min(kRadiusKm[t], 3.0);
  const double distance = radius_km * std::sqrt(rng.uniform());
  const double angle = 2 * std::numbers::pi * rng.uniform();
  const double lat = net.latitude_deg[parent] + distance * std::sin(angle) / 111.0;
  const double lon = net.longitude_deg[parent] +
                     distance * std::cos(angle) / (111.0 * std::cos(lat * std::numbers::pi / 180));
  net.latitude_deg[v] = round5(lat);
  net.longitude_deg[v] = round5(lon);
}

}  // namespace

std::int64_t Layout::pick(std::int64_t first, std::int64_t last, double u) const {
  const double target = prefix[first] + u * (prefix[last] - prefix[first]);
  const auto it = std::upper_bound(prefix.begin() + first + 1, prefix.begin() + last + 1, target);
  return std::min<std::int64_t>(last - 1, (it - prefix.begin()) - 1);
}

double city_distance_km(const MetroNetwork& net, std::int32_t a, std::int32_t b) {
  const double to_rad = std::numbers::pi / 180;
  const double dlat = (net.latitude_deg[a] - net.latitude_deg[b]) * 111.0;
  const double dlon = (net.longitude_deg[a] - net.longitude_deg[b]) * 111.0 *
                      std::cos(0.5 * (net.latitude_deg[a] + net.latitude_deg[b]) * to_rad);
  return std::hypot(dlat, dlon);
}

Layout build_nodes(MetroNetwork& net, const MetroOptions& options) {
  const std::int64_t n = options.num_nodes;
  const auto c_count = static_cast<int>(
      std::clamp<std::int64_t>(std::llround(2.0 * std::pow(static_cast<double>(n), 0.25)), 4,
                               std::min<std::int64_t>(400, n / 25)));
  net.cities.resize(static_cast<std::size_t>(c_count));
  for (auto* array : {&net.latitude_deg, &net.longitude_deg})
    array->resize(static_cast<std::size_t>(n));
  net.type.resize(static_cast<std::size_t>(n));
  net.city.resize(static_cast<std::size_t>(n));
  net.parent.resize(static_cast<std::size_t>(n));
  place_cities(net, hash64(options.seed, 0x63697479));  // "city"
  const auto count = apportion(net, n);
  Layout layout;
  layout.cities = c_count;
  layout.range.assign(
      static_cast<std::size_t>(kMetroTypes) * (static_cast<std::size_t>(c_count) + 1) + 1, 0);
  net.type_begin.assign(kMetroTypes + 1, 0);
  std::int64_t next = 0;
  for (int t = 0; t < kMetroTypes; ++t) {
    net.type_begin[t] = next;
    for (int c = 0; c < c_count; ++c) {
      layout.range[t * (c_count + 1) + c] = next;
      next += count[t * c_count + c];
    }
    layout.range[t * (c_count + 1) + c_count] = next;
  }
  net.type_begin[kMetroTypes] = next;
  layout.prefix.resize(static_cast<std::size_t>(n + 1));
  const auto weight_seed = hash64(options.seed, 0x77656967);  // "weig"
  HugeArray<double>& prefix = layout.prefix;
  prefix[0] = 0;
#pragma omp parallel for schedule(static)
  for (std::int64_t v = 0; v < n; ++v) {
    const double u = unit_double(hash64(weight_seed, static_cast<std::uint64_t>(v)));
    prefix[v + 1] = std::pow(1.0 - u, -1.0 / (kAttractivenessExponent - 1.0));
  }
  for (std::int64_t v = 0; v < n; ++v) prefix[v + 1] += prefix[v];  // serial: exact order
  const auto place_seed = hash64(options.seed, 0x706c6163);         // "plac"
  for (int t = 1; t < kMetroTypes; ++t) {
    // One parallel loop per type (parents are of earlier types, already placed).
    const auto row = layout.range.begin() + t * (c_count + 1);
#pragma omp parallel for schedule(static)
    for (std::int64_t v = net.type_begin[t]; v < net.type_begin[t + 1]; ++v) {
      const auto c = static_cast<int>(std::upper_bound(row, row + c_count, v) - row) - 1;
      place_node(net, layout, v, t, c, place_seed);
    }
    if (options.progress) options.progress("placing nodes", static_cast<double>(t) / kMetroTypes);
  }
  return layout;
}

}  // namespace metro_detail

MetroNetwork metro(const MetroOptions& options) {
  if (options.num_nodes < 100 || options.num_nodes > 2147483647)
    throw std::invalid_argument("num_nodes must be in 100..2147483647, got " +
                                std::to_string(options.num_nodes));
  if (!(options.ties_per_node >= 0.0 && options.ties_per_node <= 100.0))
    throw std::invalid_argument("ties_per_node must be in [0, 100]");
  MetroNetwork net;
  const auto layout = metro_detail::build_nodes(net, options);
  metro_detail::build_ties(net, layout, options);
  metro_detail::build_corridors(net, options);
  return net;
}

}  // namespace innonet::generators
