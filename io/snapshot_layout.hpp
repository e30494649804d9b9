#pragma once
// The byte layout of the binary snapshot `.inb` (documented in io/snapshot.hpp): the header, the
// section table and the section kinds, shared by the reader and writer (io/snapshot.cpp) and by
// the distributed reader (dist/snapshot_part.cpp), which reads only its share of each section.
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

#include "io/snapshot_checksum.hpp"

namespace innonet::io::inb {

inline constexpr std::array<unsigned char, 8> kMagic = {0x89, 'I',  'N',  'B',
                                                        '\r', '\n', 0x1a, '\n'};
inline constexpr std::uint64_t kAlign = 64;
inline constexpr std::uint32_t kMaxSections = 16;
inline constexpr std::uint32_t kDirectedFlag = 1, kWeightedFlag = 2;

struct Header {
  std::array<unsigned char, 8> magic;
  std::uint32_t version;
  std::uint32_t flags;
  std::int64_t nodes;
  std::int64_t edges;
  std::int64_t arcs;
  std::uint32_t sections;
  std::uint32_t reserved;
  std::uint64_t table_checksum;
  std::uint64_t header_checksum;  // of the 56 bytes before it
};
static_assert(sizeof(Header) == 64);

struct Entry {
  std::uint32_t kind;
  std::uint32_t element_bytes;
  std::uint64_t offset;
  std::uint64_t bytes;
  std::uint64_t checksum;
};
static_assert(sizeof(Entry) == 32);

enum Kind : std::uint32_t {
  out_offsets = 1,
  out_targets,
  out_weights,
  in_offsets,
  in_sources,
  in_weights,
  node_refs,
  original_ids,
  kind_end
};
inline constexpr std::array<const char*, kind_end> kKindNames = {
    "?",          "out_offsets", "out_targets", "out_weights", "in_offsets",
    "in_sources", "in_weights",  "node_refs",   "original_ids"};
inline constexpr std::array<std::uint32_t, kind_end> kElementBytes = {0, 4, 4, 8, 4, 4, 8, 4, 8};

inline std::uint64_t align_up(std::uint64_t x) { return (x + kAlign - 1) / kAlign * kAlign; }

inline std::uint64_t header_checksum(const Header& h) {
  return checksum64(std::as_bytes(std::span(&h, 1)).first(offsetof(Header, header_checksum)));
}

}  // namespace innonet::io::inb
