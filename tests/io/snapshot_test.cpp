#include "io/snapshot.hpp"

#include <omp.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "io/edge_list.hpp"
#include "io/snapshot_checksum.hpp"
#include "tests/io/edge_list_test_support.hpp"
#include "tests/support/fixtures.hpp"

using namespace innonet;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using testing::ScratchFile;

namespace {

std::string load_error(const ScratchFile& file) {
  try {
    io::read_snapshot(file.path());
  } catch (const ParseError& e) {
    return e.what();
  } catch (const std::exception& e) {
    return std::string("wrong exception type: ") + e.what();
  }
  return "no error";
}

CsrGraph sample(Direction direction, testing::Weights weights, std::uint64_t seed = 7) {
  return testing::random_graph(60, 200, seed, direction, weights);
}

}  // namespace

TEST_CASE("snapshot: write then read gives the same arrays", "[io][snapshot]") {
  for (const auto direction : {Direction::directed, Direction::undirected})
    for (const auto weights : {testing::Weights::use, testing::Weights::ignore})
      for (std::uint64_t seed = 1; seed <= 3; ++seed) {
        const CsrGraph g = sample(direction, weights, seed);
        std::vector<std::int64_t> ids(static_cast<std::size_t>(g.num_nodes()));
        for (std::size_t v = 0; v < ids.size(); ++v)
          ids[v] = 1000003 * static_cast<std::int64_t>(v);
        const ScratchFile file("g.inb");
        io::write_snapshot(g, file.path(), {.original_ids = ids});
        for (const auto verify : {io::Verify::structure, io::Verify::full}) {
          const auto back = io::read_snapshot(file.path(), {.verify = verify});
          testing::check_same_graph(g, back.graph);
          CHECK(back.original_ids == ids);
          CHECK(back.note.empty());
        }
        CHECK(file.read().size() % 64 == 0);
      }
}

TEST_CASE("snapshot: text -> binary -> text is lossless", "[io][snapshot]") {
  for (const auto direction : {Direction::directed, Direction::undirected})
    for (const auto weights : {testing::Weights::use, testing::Weights::ignore}) {
      const CsrGraph g = sample(direction, weights);
      const ScratchFile text("g.txt"), binary("g.inb"), again("again.txt");
      io::write_edge_list(g, text.path());
      const auto read = io::read_edge_list(text.path(), {.direction = direction});
      io::write_snapshot(read.graph, binary.path());
      const auto loaded = io::read_snapshot(binary.path());
      io::write_edge_list(loaded.graph, again.path());
      CHECK(again.read() == text.read());
      testing::check_same_graph(g, loaded.graph);
    }
}

TEST_CASE("snapshot: an empty graph round-trips and says so", "[io][snapshot]") {
  const ScratchFile file("empty.inb");
  io::write_snapshot(CsrGraph(), file.path());
  const auto loaded = io::read_snapshot(file.path());
  CHECK(loaded.graph.num_nodes() == 0);
  CHECK(loaded.graph.num_edges() == 0);
  CHECK_THAT(loaded.note, Contains("no edges"));
}

TEST_CASE("snapshot: the file is the same at 1 and 2 threads", "[io][snapshot]") {
  const CsrGraph g = testing::random_graph(3000, 200000, 5, Direction::directed,
                                           testing::Weights::use);  // > 1 checksum block
  const ScratchFile one("one.inb"), two("two.inb");
  omp_set_num_threads(1);
  io::write_snapshot(g, one.path());
  omp_set_num_threads(2);
  io::write_snapshot(g, two.path());
  CHECK(one.read() == two.read());
  testing::check_same_graph(g, io::read_snapshot(one.path()).graph);
}

TEST_CASE("snapshot: checksum64 is the fold of its 1-MiB block digests", "[io][snapshot]") {
  // What the distributed reader (dist/snapshot_part.cpp) relies on: blocks hashed anywhere, folded
  // in order, give the section's checksum.
  for (const std::size_t size : {std::size_t{0}, std::size_t{100}, io::kChecksumBlockBytes,
                                 2 * io::kChecksumBlockBytes + 12345}) {
    std::vector<std::byte> bytes(size);
    for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<std::byte>((i * 131) >> 3);
    std::vector<std::uint64_t> digests;
    for (std::size_t at = 0; at < size; at += io::kChecksumBlockBytes)
      digests.push_back(io::checksum_block_digest(
          std::span(bytes).subspan(at, std::min(io::kChecksumBlockBytes, size - at))));
    CHECK(io::checksum_fold(digests, size) == io::checksum64(bytes));
  }
}

TEST_CASE("snapshot: checksum64 sees every flipped bit", "[io][snapshot]") {
  std::vector<std::byte> bytes(3 * io::kChecksumBlockBytes + 13);
  for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = std::byte(i * 131 % 251);
  omp_set_num_threads(1);
  const std::uint64_t serial = io::checksum64(bytes);
  omp_set_num_threads(2);
  CHECK(io::checksum64(bytes) == serial);
  for (const std::size_t at :
       {std::size_t{0}, std::size_t{5}, io::kChecksumBlockBytes + 31, bytes.size() - 1})
    for (int bit = 0; bit < 8; bit += 3) {
      bytes[at] ^= std::byte(1 << bit);
      CHECK(io::checksum64(bytes) != serial);
      bytes[at] ^= std::byte(1 << bit);
    }
  CHECK(io::checksum64(std::span(bytes).first(bytes.size() - 1)) != serial);
}

TEST_CASE("snapshot: every truncation and every flipped byte is a clear ParseError",
          "[io][snapshot]") {
  const CsrGraph g = testing::random_graph(12, 30, 3, Direction::directed, testing::Weights::use);
  const ScratchFile good("good.inb"), bad("bad.inb");
  const std::vector<std::int64_t> ids(12, 42);
  io::write_snapshot(g, good.path(), {.original_ids = ids});
  const std::string bytes = good.read();
  for (std::size_t size = 0; size < bytes.size(); ++size) {
    bad.write(bytes.substr(0, size));
    const std::string error = load_error(bad);
    CHECK_THAT(error, StartsWith(bad.path() + ": "));
    if (size < 64) CHECK_THAT(error, Contains("truncated"));
  }
  for (std::size_t at = 0; at < bytes.size(); ++at) {
    std::string flipped = bytes;
    flipped[at] = static_cast<char>(flipped[at] ^ 0x10);
    bad.write(flipped);
    CHECK_THAT(load_error(bad), StartsWith(bad.path() + ": "));
  }
  std::string flipped = bytes;
  flipped[bytes.size() - 70] ^= 1;  // inside the last section (original_ids)
  bad.write(flipped);
  CHECK_THAT(load_error(bad), Contains("section 'original_ids'") && Contains("checksum mismatch"));
  bad.write(bytes + std::string(64, '\0'));
  CHECK_THAT(load_error(bad), Contains("64 unexpected bytes after the last section"));
}

TEST_CASE("snapshot: wrong magic, newer version, missing file", "[io][snapshot]") {
  const ScratchFile good("good.inb"), bad("bad.inb");
  io::write_snapshot(sample(Direction::undirected, testing::Weights::ignore), good.path());
  std::string bytes = good.read();
  bad.write("0 1\n1 2\n" + bytes.substr(8));
  CHECK(load_error(bad) == bad.path() +
                               ": not an innonet snapshot: wrong magic bytes at offset 0 (expected "
                               "\\x89INB\\r\\n\\x1a\\n)");
  const std::uint32_t newer = io::kSnapshotVersion + 1;
  std::memcpy(bytes.data() + 8, &newer, sizeof newer);
  bad.write(bytes);
  CHECK(load_error(bad) == bad.path() +
                               ": format version 2 is newer than this build of innonet reads (up "
                               "to 1): upgrade innonet");
  CHECK_THROWS_AS(io::read_snapshot("/nonexistent/g.inb"), ParseError);
  CHECK_THROWS_WITH(io::read_snapshot("/nonexistent/g.inb"),
                    StartsWith("/nonexistent/g.inb: cannot open"));
}
