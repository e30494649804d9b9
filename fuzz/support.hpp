#pragma once
// What every fuzz target shares (docs/fuzzing.md). A reader may refuse an input with an
// innonet::Error: that is the expected outcome for most mutated bytes. Anything else is a finding
// and ends the process so libFuzzer keeps the input: another exception type escaping the reader
// (libFuzzer reports the uncaught exception), a sanitizer report, or a round trip that does not
// give back what was read (finding() prints what differed and aborts).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "engine/csr_graph.hpp"
#include "engine/error.hpp"
#include "engine/property_graph.hpp"

namespace innonet::fuzz {

// Implied sizes above this many nodes are left to the readers' memory checks (issue 13: a tiny
// file may name 2^31 nodes) and their tests; the targets skip them so that libFuzzer's 1 GB limit
// finds parser bugs instead of the same allocation again and again. 2^16, not more: a round trip
// is O(nodes), and inputs naming ~10^6 nodes cut a long run's rate from thousands of executions
// a second to about 700 without reaching any code that smaller sizes do not.
inline constexpr std::int64_t kMaxNodes = std::int64_t{1} << 16;

[[noreturn]] void finding(const std::string& what);
inline void expect(bool ok, const std::string& what) {
  if (!ok) finding(what);
}

// True when read() returns, false when it throws an innonet::Error; other exceptions pass.
template <class Read>
bool parses(Read&& read) {
  try {
    read();
    return true;
  } catch (const Error&) {
    return false;
  }
}

std::string_view as_text(const std::uint8_t* data, std::size_t size);

// Every array of the two graphs is equal (weights bit for bit); else finding(what + the first
// difference).
void expect_same_csr(const CsrGraph& a, const CsrGraph& b, const std::string& what);
// Every record and field, the metadata and the vocabularies are equal; else finding().
void expect_same_graph(const PropertyGraph& a, const PropertyGraph& b, const std::string& what);

}  // namespace innonet::fuzz
