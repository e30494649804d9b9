#pragma once
// Integer types shared by every kernel. Kernels use plain 32-bit vertex ids and 32-bit arc
// offsets so that the CSR arrays can be mapped zero-copy as an Eigen sparse matrix; projections
// with 2^31 or more arcs are refused (see csr_build.hpp).
#include <cstdint>

namespace innonet {

using Vertex = std::int32_t;
using ArcIndex = std::int32_t;  // position in the CSR adjacency arrays

inline constexpr Vertex kNoVertex = -1;

// Strong ids for the property graph: they cannot be swapped with each other or with a Vertex.
enum class NodeRef : std::int32_t {};
enum class EdgeRef : std::int32_t {};
enum class KindId : std::int32_t {};
enum class TypeId : std::int32_t {};

constexpr std::int32_t index(NodeRef r) { return static_cast<std::int32_t>(r); }
constexpr std::int32_t index(EdgeRef r) { return static_cast<std::int32_t>(r); }
constexpr std::int32_t index(KindId r) { return static_cast<std::int32_t>(r); }
constexpr std::int32_t index(TypeId r) { return static_cast<std::int32_t>(r); }

}  // namespace innonet
