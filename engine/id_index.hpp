#pragma once
// A hash index from string ids to 32-bit record numbers whose strings live elsewhere (the
// records' own id fields): open addressing with linear probing, one 8-byte slot per entry at a
// load of at most 1/2, each slot holding the upper half of the id's hash beside the record
// number. A lookup reads one or two slots and compares one stored id; std::unordered_map
// chased a bucket, a node and the key's own heap copy (three cache misses at 10^7 ids) and
// kept every id twice. The owner passes `key_of(record) -> std::string_view` to the calls that
// compare or rehash; records must not change their id while indexed.
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace innonet {

class IdIndex {
 public:
  std::size_t size() const { return size_; }

  template <class KeyOf>
  std::optional<std::int32_t> find(std::string_view id, const KeyOf& key_of) const {
    if (slots_.empty()) return std::nullopt;
    const std::uint64_t hash = hash_of(id);
    for (std::size_t at = hash & mask_;; at = (at + 1) & mask_) {
      const std::uint64_t slot = slots_[at];
      if (slot == 0) return std::nullopt;
      if ((slot >> 32) == (hash >> 32) && key_of(record(slot)) == id) return record(slot);
    }
  }

  // Adds id -> record unless id is present; returns whether it was added. The records already
  // indexed must be readable through key_of (a rehash reads them); `record` itself need not be.
  template <class KeyOf>
  bool insert(std::string_view id, std::int32_t record_number, const KeyOf& key_of) {
    if (2 * (size_ + 1) > slots_.size()) grow(2 * (size_ + 1), key_of);
    const std::uint64_t hash = hash_of(id);
    std::size_t at = hash & mask_;
    for (; slots_[at] != 0; at = (at + 1) & mask_)
      if ((slots_[at] >> 32) == (hash >> 32) && key_of(record(slots_[at])) == id) return false;
    slots_[at] = pack(hash, record_number);
    ++size_;
    return true;
  }

  // Room for `entries` without a rehash.
  template <class KeyOf>
  void reserve(std::size_t entries, const KeyOf& key_of) {
    if (2 * entries > slots_.size()) grow(2 * entries, key_of);
  }

 private:
  static std::uint64_t hash_of(std::string_view id) { return std::hash<std::string_view>{}(id); }
  static std::int32_t record(std::uint64_t slot) {
    return static_cast<std::int32_t>(static_cast<std::uint32_t>(slot) - 1);
  }
  static std::uint64_t pack(std::uint64_t hash, std::int32_t record_number) {
    return (hash & 0xFFFFFFFF00000000ull) | (static_cast<std::uint64_t>(record_number) + 1);
  }

  // Rehashes into a power-of-two table of at least `wanted` slots (the stored upper hash half
  // cannot place an entry, so each id is hashed again).
  template <class KeyOf>
  void grow(std::size_t wanted, const KeyOf& key_of) {
    std::size_t capacity = 16;
    while (capacity < wanted) capacity *= 2;
    std::vector<std::uint64_t> old(capacity, 0);
    old.swap(slots_);
    mask_ = capacity - 1;
    for (const std::uint64_t slot : old) {
      if (slot == 0) continue;
      const std::uint64_t hash = hash_of(key_of(record(slot)));
      std::size_t at = hash & mask_;
      while (slots_[at] != 0) at = (at + 1) & mask_;
      slots_[at] = slot;
    }
  }

  std::vector<std::uint64_t> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace innonet
