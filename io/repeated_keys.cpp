#include "io/repeated_keys.hpp"

#include <algorithm>

namespace innonet::io {
namespace {

struct Entry {
  std::uint64_t hash;
  std::uint64_t position;
  bool operator<(const Entry& other) const {
    return hash != other.hash ? hash < other.hash : position < other.position;
  }
};

// Below this many keys the hashes are compared pairwise: no allocation for the small objects
// (a node's attributes) that make up nearly every call.
constexpr std::size_t kPairwise = 16;
// Entries per bucket aimed at (16 KB of entries: sorted in L1/L2), and the most buckets one
// scattering pass writes to at once (4,096 write positions stay in L2).
constexpr std::size_t kBucketEntries = 1024;
constexpr int kMaxBucketBits = 14;

// Within a run of entries with one hash (sorted by position), the least position whose key
// equals an earlier one. The run is sorted by key, not compared pairwise, so that keys crafted
// to share a hash cost O(r log r) string comparisons, not O(r²).
std::optional<std::size_t> repeat_in_run(
    Entry* first, Entry* last, const std::function<std::string_view(std::size_t)>& key_of) {
  if (last - first == 2)
    return key_of(first[0].position) == key_of(first[1].position)
               ? std::optional<std::size_t>(first[1].position)
               : std::nullopt;
  std::stable_sort(first, last, [&](const Entry& a, const Entry& b) {
    return key_of(a.position) < key_of(b.position);
  });
  std::optional<std::size_t> best;
  for (Entry* e = first + 1; e < last; ++e)
    if (key_of(e[-1].position) == key_of(e->position) &&
        (e == first + 1 || key_of(e[-2].position) != key_of(e->position)))
      best = std::min(best.value_or(e->position), static_cast<std::size_t>(e->position));
  return best;
}

// Sorts a bucket by (hash, position) and looks for repeats in its runs of equal hashes.
std::optional<std::size_t> repeat_in_bucket(
    Entry* first, Entry* last, const std::function<std::string_view(std::size_t)>& key_of) {
  std::sort(first, last);
  std::optional<std::size_t> best;
  for (Entry* run = first; run < last;) {
    Entry* end = run + 1;
    while (end < last && end->hash == run->hash) ++end;
    if (end - run > 1)
      if (const auto r = repeat_in_run(run, end, key_of)) best = std::min(best.value_or(*r), *r);
    run = end;
  }
  return best;
}

}  // namespace

std::uint64_t RepeatedKeys::hash(std::string_view key) {
  // std::hash, then a 64-bit finaliser (MurmurHash3's fmix64), so that the top bits that choose
  // a bucket are as well mixed as the low ones.
  std::uint64_t h = std::hash<std::string_view>{}(key);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 33);
}

std::optional<std::size_t> RepeatedKeys::first_repeat(
    const std::function<std::string_view(std::size_t)>& key_of) const {
  const std::size_t n = hashes_.size();
  if (n <= kPairwise) {
    for (std::size_t j = 1; j < n; ++j)
      for (std::size_t i = 0; i < j; ++i)
        if (hashes_[i] == hashes_[j] && key_of(i) == key_of(j)) return j;
    return std::nullopt;
  }
  int bits = 0;
  while (bits < kMaxBucketBits && (n >> bits) > kBucketEntries) ++bits;
  std::vector<Entry> entries(n);
  std::vector<std::size_t> start((std::size_t{1} << bits) + 1, 0);
  const int shift = 64 - bits;
  const auto bucket = [&](std::uint64_t h) { return bits == 0 ? 0 : (h >> shift); };
  for (const std::uint64_t h : hashes_) ++start[bucket(h) + 1];
  for (std::size_t b = 1; b < start.size(); ++b) start[b] += start[b - 1];
  std::vector<std::size_t> next(start.begin(), start.end() - 1);
  for (std::size_t p = 0; p < n; ++p) entries[next[bucket(hashes_[p])]++] = {hashes_[p], p};
  std::optional<std::size_t> best;
  for (std::size_t b = 0; b + 1 < start.size(); ++b)
    if (const auto r =
            repeat_in_bucket(entries.data() + start[b], entries.data() + start[b + 1], key_of))
      best = std::min(best.value_or(*r), *r);
  return best;
}

}  // namespace innonet::io
