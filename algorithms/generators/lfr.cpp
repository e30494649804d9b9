#include "algorithms/generators/lfr.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "algorithms/generators/block_rng.hpp"
#include "algorithms/generators/community_assignment.hpp"
#include "algorithms/generators/configuration_model.hpp"
#include "algorithms/generators/power_law.hpp"

namespace innonet::generators {
namespace {

// Independent streams for the steps, derived from the one seed.
enum class Stream : std::uint64_t { degrees = 1, rounding, sizes, assign, internal, external };
std::uint64_t stream_seed(std::uint64_t seed, Stream s) {
  return hash64(seed, static_cast<std::uint64_t>(s));
}

void validate(const LfrOptions& o) {
  const auto fail = [](const std::string& what) { throw std::invalid_argument(what); };
  if (o.num_nodes < 2) fail("num_nodes must be >= 2");
  if (o.max_degree < 1 || o.max_degree >= o.num_nodes)
    fail("max_degree must be in 1..num_nodes-1, got " + std::to_string(o.max_degree));
  if (!(o.average_degree >= 1.0 && o.average_degree <= o.max_degree))
    fail("average_degree must be in [1, max_degree]");
  if (!(o.degree_exponent >= 1.0 && o.degree_exponent <= 10.0))
    fail("degree_exponent must be in [1, 10]");
  if (!(o.community_exponent >= 1.0 && o.community_exponent <= 10.0))
    fail("community_exponent must be in [1, 10]");
  if (!(o.mixing >= 0.0 && o.mixing <= 1.0)) fail("mixing must be in [0, 1]");
  if (o.min_community < 0 || o.min_community > o.num_nodes)
    fail("min_community must be in 0..num_nodes");
  if (o.max_community < 0 || o.max_community > o.num_nodes)
    fail("max_community must be in 0..num_nodes");
}

struct Degrees {
  std::vector<Vertex> total, internal;
};

Degrees sample_degrees(const LfrOptions& o, double low) {
  Degrees d;
  d.total.resize(static_cast<std::size_t>(o.num_nodes));
  d.internal.resize(d.total.size());
  const auto degree_seed = stream_seed(o.seed, Stream::degrees);
  const auto rounding_seed = stream_seed(o.seed, Stream::rounding);
#pragma omp parallel for schedule(static)
  for (Vertex v = 0; v < o.num_nodes; ++v) {
    const double u = unit_double(hash64(degree_seed, static_cast<std::uint64_t>(v)));
    d.total[v] = static_cast<Vertex>(power_law_integer(u, o.degree_exponent, low, o.max_degree));
    const double r = unit_double(hash64(rounding_seed, static_cast<std::uint64_t>(v)));
    d.internal[v] =
        std::min(d.total[v], static_cast<Vertex>(std::floor((1.0 - o.mixing) * d.total[v] + r)));
  }
  return d;
}

// Makes every community's internal stub count even, then the external total.
void fix_parity(Degrees& d, const std::vector<std::int32_t>& community, std::size_t communities) {
  std::vector<std::int64_t> sum(communities, 0);
  for (std::size_t v = 0; v < d.total.size(); ++v) sum[community[v]] += d.internal[v];
  for (std::size_t v = 0; v < d.total.size(); ++v)
    if (sum[community[v]] % 2 != 0 && d.internal[v] > 0) {
      --d.internal[v];
      --sum[community[v]];
    }
  std::int64_t external = 0;
  std::size_t most = 0;
  for (std::size_t v = 0; v < d.total.size(); ++v) {
    external += d.total[v] - d.internal[v];
    if (d.total[v] - d.internal[v] > d.total[most] - d.internal[most]) most = v;
  }
  if (external % 2 != 0) --d.total[most];
}

std::vector<std::int32_t> place(const LfrOptions& o, const Degrees& d, Vertex min_c, Vertex max_c,
                                LfrGraph& result) {
  BlockRng size_rng(stream_seed(o.seed, Stream::sizes));
  BlockRng assign_rng(stream_seed(o.seed, Stream::assign));
  for (result.attempts = 1; result.attempts <= kLfrAttempts; ++result.attempts) {
    auto sizes = sample_community_sizes(o.num_nodes, min_c, max_c, o.community_exponent, size_rng);
    if (sizes.empty()) continue;
    auto community = assign_communities(d.internal, sizes, assign_rng);
    if (community.empty()) continue;
    result.community_sizes = std::move(sizes);
    return community;
  }
  throw std::invalid_argument(
      "no community assignment found: max_community (or mixing) too small for the internal "
      "degrees, or min_community/max_community cannot cover num_nodes");
}

// Internal edges of every community, in community order, then the external edges.
void wire(const LfrOptions& o, const Degrees& d, LfrGraph& result) {
  const std::size_t c_count = result.community_sizes.size();
  std::vector<std::vector<Vertex>> stubs(c_count);
  std::vector<Vertex> external;
  for (Vertex v = 0; v < o.num_nodes; ++v) {
    stubs[result.community[v]].insert(stubs[result.community[v]].end(), d.internal[v], v);
    external.insert(external.end(), d.total[v] - d.internal[v], v);
  }
  std::vector<StubMatching> inside(c_count);
  const auto internal_seed = stream_seed(o.seed, Stream::internal);
#pragma omp parallel for schedule(dynamic, 1)
  for (std::size_t c = 0; c < c_count; ++c) {
    BlockRng rng(internal_seed + c);
    inside[c] = match_stubs(std::move(stubs[c]), rng);
  }
  BlockRng external_rng(stream_seed(o.seed, Stream::external));
  const StubMatching outside = match_stubs(std::move(external), external_rng, result.community);
  result.edges.num_nodes = o.num_nodes;
  std::int64_t internal_edges = 0;
  for (const auto& part : inside) {
    internal_edges += std::ssize(part.edges);
    result.dropped_edges += part.dropped;
    for (const auto& [u, v] : part.edges) {
      result.edges.sources.push_back(u);
      result.edges.targets.push_back(v);
    }
  }
  result.dropped_edges += outside.dropped;
  for (const auto& [u, v] : outside.edges) {
    result.edges.sources.push_back(u);
    result.edges.targets.push_back(v);
  }
  const auto total = static_cast<double>(internal_edges + std::ssize(outside.edges));
  result.measured_mixing = total > 0 ? std::ssize(outside.edges) / total : 0.0;
}

}  // namespace

LfrGraph lfr(const LfrOptions& options) {
  validate(options);
  const double low =
      power_law_low_for_mean(options.degree_exponent, options.max_degree, options.average_degree);
  Degrees degrees = sample_degrees(options, low);
  const Vertex min_degree = *std::min_element(degrees.total.begin(), degrees.total.end());
  const Vertex min_c = options.min_community > 0 ? options.min_community : std::max(min_degree, 2);
  const Vertex max_c = options.max_community > 0
                           ? options.max_community
                           : std::min<Vertex>(options.num_nodes, 2 * options.max_degree);
  if (min_c > max_c) throw std::invalid_argument("min_community must not exceed max_community");
  const Vertex max_internal = *std::max_element(degrees.internal.begin(), degrees.internal.end());
  if (max_internal >= max_c)
    throw std::invalid_argument("max_community must exceed the largest internal degree (" +
                                std::to_string(max_internal) + ")");
  LfrGraph result;
  result.community = place(options, degrees, min_c, max_c, result);
  fix_parity(degrees, result.community, result.community_sizes.size());
  wire(options, degrees, result);
  return result;
}

}  // namespace innonet::generators
