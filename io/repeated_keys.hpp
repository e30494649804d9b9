#pragma once
// Finding a repeated key among the keys of one JSON object or one metadata table, in time per
// key that does not grow with the number of keys. The readers refuse an object that names a key
// twice. A hash table probed as each key arrives is linear too, but once the table outgrows the
// cache every probe is a cache miss: from 1 MB to 100 MB of keys the time per byte fell 2.6×
// (bench/io_parse_bench.cpp). Here a key costs one 8-byte hash appended to a vector; at the end
// the hashes are split by their top bits into cache-sized buckets (one counting pass, one
// scattering pass), and each bucket is sorted where it fits in cache. Only keys whose 64-bit
// hashes are equal are compared as strings, so a repeat is never reported falsely.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace innonet::io {

class RepeatedKeys {
 public:
  // Forgets the keys, keeps the memory (one finder serves many objects in turn).
  void clear() { hashes_.clear(); }
  // Adds the next key; its position is the number of keys added before it.
  void add(std::string_view key) { hashes_.push_back(hash(key)); }
  std::size_t size() const { return hashes_.size(); }
  void reserve(std::size_t keys) { hashes_.reserve(keys); }

  // The least position whose key equals the key at an earlier position (the first repeat, in
  // the order the keys were added), or nullopt when every key is distinct. key_of(position)
  // gives a key back; it is called only for keys whose hashes are equal.
  std::optional<std::size_t> first_repeat(
      const std::function<std::string_view(std::size_t)>& key_of) const;

 private:
  static std::uint64_t hash(std::string_view key);

  std::vector<std::uint64_t> hashes_;
};

}  // namespace innonet::io
