// Lookups by string_view must not build a std::string: the id indexes hash and compare the view
// itself. Checked by counting calls to the global operator new, which this file replaces for the
// whole test binary. Every non-aligned form is replaced, all on malloc/free, so that no pair mixes
// ours with the runtime's (sanitizers report such a mix); aligned forms keep their defaults.
#include <atomic>
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <string>
#include <string_view>

#include "engine/property_graph_builder.hpp"

namespace {
std::atomic<std::int64_t> allocations{0};  // global by necessity: operator new is global

void* counted_malloc(std::size_t size) noexcept {
  allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(size == 0 ? 1 : size);
}
void* counted_new(std::size_t size) {
  if (void* p = counted_malloc(size)) return p;
  throw std::bad_alloc();
}
}  // namespace

void* operator new(std::size_t size) { return counted_new(size); }
void* operator new[](std::size_t size) { return counted_new(size); }
void* operator new(std::size_t size, const std::nothrow_t& /*tag*/) noexcept {
  return counted_malloc(size);
}
void* operator new[](std::size_t size, const std::nothrow_t& /*tag*/) noexcept {
  return counted_malloc(size);
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t /*size*/) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t /*size*/) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t& /*tag*/) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t& /*tag*/) noexcept { std::free(p); }

using namespace innonet;

TEST_CASE("find_node, find_edge and find_group by string_view do not allocate",
          "[engine][property]") {
  // Ids longer than any small-string buffer, so a temporary std::string would allocate.
  const std::string node_a(40, 'a'), node_b(40, 'b'), edge_id(40, 'e'), group_id(40, 'g');
  PropertyGraphBuilder b;
  b.add_node({.id = node_a, .name = "A", .type = "city"});
  b.add_node({.id = node_b, .name = "B", .type = "city"});
  b.add_edge({.id = edge_id, .source = node_a, .target = node_b, .kind = "tie"});
  b.add_group({.id = group_id, .name = "G", .members = {node_a, node_b}});
  const PropertyGraph graph = b.build();
  const std::string missing(40, 'z');

  const auto before = allocations.load();
  const auto a = graph.find_node(std::string_view(node_a));
  const auto e = graph.find_edge(std::string_view(edge_id));
  const auto* g = graph.find_group(std::string_view(group_id));
  const bool none = !graph.find_node(std::string_view(missing)) &&
                    !graph.find_edge(std::string_view(missing)) &&
                    graph.find_group(std::string_view(missing)) == nullptr;
  const auto during = allocations.load() - before;

  CHECK(during == 0);
  REQUIRE(a);
  CHECK(graph.node(*a).id == node_a);
  REQUIRE(e);
  CHECK(graph.edge(*e).id == edge_id);
  REQUIRE(g != nullptr);
  CHECK(g->id == group_id);
  CHECK(none);
}
