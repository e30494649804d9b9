#pragma once
// Maximum flow and minimum cut between two vertices or two disjoint vertex sets.
//
// Capacities are the weights of the CSR (1 when unweighted), >= 0 and finite. A directed arc
// carries flow in its own direction only; an undirected edge {u,v} of capacity c carries up to c
// in either direction. Several sources or sinks behave like one super-source joined to every
// source (and every sink to one super-sink) by arcs of unlimited capacity, without building them.
//
// Algorithm: highest-label push–relabel with global relabelling and the gap heuristic over a
// residual network built once, on the flow core: vertices that are dead ends for this pair of
// sets are peeled first (flow_core.hpp) and get no residual arcs; they carry no flow and are on
// the source side exactly when a source-side vertex reaches them through arcs of positive
// capacity (see push_relabel.hpp; Cherkassky & Goldberg 1997). Phase 1 finds
// a maximum preflow, phase 2 returns stranded excess to the sources so arc_flow is a valid flow.
// The minimum cut reported is the one closest to the sources: source_side = vertices reachable
// from a source in the final residual network; cut = every arc leaving it, whose capacities sum
// to the flow value (up to rounding). Serial and deterministic.
// Cost: O(n^2 sqrt(m)) worst case, near-linear in practice; memory ~ 40 bytes per arc.
#include <cstdint>
#include <span>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::flow {

enum class FlowDetail {
  flow_and_cut,  // both phases: arc_flow, source_side and cut are filled
  value_only,    // phase 1 only: value (and the diagnostics); no flow, no cut
};

struct MaxFlowOptions {
  FlowDetail detail = FlowDetail::flow_and_cut;
};

struct CutArc {
  Vertex from = kNoVertex;  // on the source side
  Vertex to = kNoVertex;    // on the sink side
  ArcIndex arc = -1;        // CSR out-arc
  double capacity = 0.0;
};

struct MaxFlowResult {
  double value = 0.0;
  // Flow along each CSR out-arc, in the arc's direction (undirected: at most one of the two
  // arcs of an edge is positive; it gives the direction of the flow).
  std::vector<double> arc_flow;
  std::vector<std::uint8_t> source_side;  // 1 = reachable from a source in the residual network
  std::vector<CutArc> cut;                // arcs from source_side to the rest, in CSR order
  double cut_capacity = 0.0;
  // Diagnostics.
  std::int64_t pushes = 0;
  std::int64_t relabels = 0;
  std::int64_t global_relabels = 0;
  std::int64_t gaps = 0;
};

// Throws std::invalid_argument naming the parameter: 'sources'/'sinks' (empty, out of range,
// repeated, or overlapping: "source == sink"), 'capacity' (negative or non-finite weight).
MaxFlowResult max_flow(const CsrGraph& g, std::span<const Vertex> sources,
                       std::span<const Vertex> sinks, const MaxFlowOptions& options = {});
MaxFlowResult max_flow(const CsrGraph& g, Vertex source, Vertex sink,
                       const MaxFlowOptions& options = {});

}  // namespace innonet::flow
