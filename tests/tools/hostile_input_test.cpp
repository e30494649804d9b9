// Hostile and careless input to the CLI (issue 13's reader cases), each run as a user would:
// `innonet info --graph FILE` under a 1 GB address-space limit and a 10 s alarm. Every case
// either loads, at a cost proportional to the file, or exits 1 with a message naming the file
// (and the line where there is one); none aborts, hangs or blows up.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "engine/csr_graph.hpp"
#include "io/snapshot.hpp"
#include "tests/support/cli_limits.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using innonet::testing::CliResult;
using innonet::testing::run_cli_limited;

namespace {

constexpr std::uint64_t kOneGigabyte = std::uint64_t{1} << 30;
// Under AddressSanitizer the binary reserves terabytes of shadow address space, so no
// address-space limit can be set, and everything is slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

// A fresh directory, removed with everything in it.
class ScratchDir {
 public:
  ScratchDir() {
    char name[] = "/tmp/innonet_hostile_XXXXXX";
    dir_ = ::mkdtemp(name);
  }
  ~ScratchDir() { std::filesystem::remove_all(dir_); }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(dir_ + "/" + name, std::ios::binary) << text;
    return dir_ + "/" + name;
  }
  std::string path(const std::string& name) const { return dir_ + "/" + name; }

 private:
  std::string dir_;
};

CliResult info(const std::string& file, std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"--threads", "1", "--format", "json", "--graph", file};
  args.insert(args.end(), extra.begin(), extra.end());
  if (extra.empty()) args.push_back("info");
  return run_cli_limited(args,
                         {.address_space_bytes = kSanitized ? 0 : kOneGigabyte, .seconds = 60U});
}

void check_refused(const CliResult& r, const std::string& where, const std::string& what) {
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, StartsWith("innonet: " + where));
  CHECK_THAT(r.err, Contains(what));
}

std::int64_t summary_value(const std::string& json_out, const std::string& metric) {
  const auto doc = nlohmann::json::parse(json_out);  // kept alive: the loop reads into it
  for (const auto& row : doc.at("summary"))
    if (row.at("metric") == metric) return row.at("value").get<std::int64_t>();
  FAIL("no summary row " << metric);
  return -1;
}

}  // namespace

TEST_CASE("hostile input: sizes implied by tiny files", "[tools][hostile]") {
  const ScratchDir dir;
  SECTION("a 12-byte edge list implying 10^7 nodes loads as a CSR, fast and small") {
    const auto r = info(dir.write("big.edges", "0 10000000\n"));
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(summary_value(r.out, "nodes") == 10000001);
    CHECK(summary_value(r.out, "isolated_nodes") == 9999999);
  }
  SECTION("a Matrix Market size line of 10^7 rows loads") {
    const auto r = info(dir.write(
        "big.mtx", "%%MatrixMarket matrix coordinate pattern general\n10000000 10000000 1\n1 2\n"));
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(summary_value(r.out, "nodes") == 10000000);
  }
  SECTION("sizes beyond the memory are refused before allocating, naming file, line and bytes") {
    if (!kSanitized) {  // 1.6 GB: more than the 1 GB limit, less than a machine's memory
      const auto big = dir.write("huge.edges", "# a comment\n1 2\n0 100000000\n");
      check_refused(info(big), big + ":3:1: id 100000000 implies a graph of 100000001 nodes",
                    "bytes) of memory, more than the");
    }
    const auto max = dir.write("max.edges", "0 2147483646\n");
    check_refused(info(max), max + ":1:1: id 2147483646 implies a graph of 2147483647 nodes",
                  "of memory");
    const auto header = dir.write("header.edges", "# Nodes: 2147483647\n");
    check_refused(info(header),
                  header + ":1:10: the header's node count 2147483647 implies a graph", "needs");
    const auto mtx = dir.write(
        "abort.mtx",
        "%%MatrixMarket matrix coordinate pattern general\n2000000000 2000000000 1\n1 1\n");
    check_refused(info(mtx), mtx + ":2:1: the size line's 2000000000 rows imply", "needs about");
  }
}

TEST_CASE("hostile input: non-regular files are refused at once", "[tools][hostile]") {
  const ScratchDir dir;
  for (const std::string ext : {".edges", ".json", ".mtx", ".inb", ".csv"}) {
    for (const std::string device : {"/dev/zero", "/dev/urandom", "/dev/null"}) {
      // A .csv path names the set X.nodes.csv, X.edges.csv, ...: the nodes file is the device.
      const auto link = dir.path(device.substr(5) + (ext == ".csv" ? ".nodes.csv" : ext));
      std::filesystem::create_symlink(device, link);
      check_refused(info(link), link, "is a character device, not a regular file");
    }
    const auto fifo = dir.path("fifo" + (ext == ".csv" ? ".nodes.csv" : ext));
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    check_refused(info(fifo), fifo, "is a FIFO (named pipe), not a regular file");
  }
  for (const std::string name : {"d.edges", "d.json", "d.mtx", "d.inb", "d.nodes.csv"}) {
    std::filesystem::create_directory(dir.path(name));
    check_refused(info(dir.path(name)), dir.path(name) + ": is a directory", "expected a graph");
  }
  // A CSV set whose optional metadata file is a directory: said, not silently ignored.
  dir.write("set.nodes.csv", "id,type\na,city\nb,city\n");
  dir.write("set.edges.csv", "source,target,kind\na,b,tie\n");
  REQUIRE(info(dir.path("set.csv")).exit_code == 0);
  std::filesystem::create_directory(dir.path("set.metadata.csv"));
  check_refused(info(dir.path("set.csv")), dir.path("set.metadata.csv") + ": is a directory",
                "expected a graph file");
}

TEST_CASE("hostile input: silent loss is refused", "[tools][hostile]") {
  const ScratchDir dir;
  SECTION("a metadata key given twice in CSV") {
    dir.write("m.nodes.csv", "id,type\na,city\n");
    dir.write("m.edges.csv", "source,target,kind\n");
    dir.write("m.metadata.csv",
              "section,key,value\nmetadata,title,\"\"\"x\"\"\"\nmetadata,title,1\n");
    check_refused(info(dir.path("m.csv")),
                  dir.path("m.metadata.csv") + ":3:", "metadata key 'title' appears twice");
  }
  SECTION("edge-list header counts are checked") {
    std::string text = "# Nodes: 10 Edges: 150\n";
    for (int i = 0; i < 100; ++i)
      text += std::to_string(i % 10) + " " + std::to_string((i + 1) % 10) + "\n";
    const auto file = dir.write("short.edges", text);
    check_refused(info(file), file + ":1:20: the header says 150 edges",
                  "the file holds 100 edge lines");
    const auto own =
        dir.write("own.edges", "# innonet edge list: directed\n# Nodes: 3 Edges: 1\n0 5\n");
    check_refused(info(own), own + ":3:1: id 5 is not below the header's node count 3", "");
  }
  SECTION("innonet's undirected header is honoured") {
    const auto file =
        dir.write("u.edges", "# innonet edge list: undirected\n# Nodes: 3 Edges: 2\n0 1\n1 2\n");
    const auto r = info(file);
    REQUIRE(r.exit_code == 0);
    const auto kinds = nlohmann::json::parse(r.out).at("edge_kinds");
    REQUIRE(kinds.size() == 1);
    CHECK(kinds[0].at("undirected") == 2);
    CHECK(summary_value(r.out, "strong_components") == 1);  // both ways: one component
  }
  SECTION("an empty edge list is an error naming the file, like every other format") {
    const auto empty = dir.write("empty.edges", "");
    check_refused(info(empty), empty + ":1:1: empty file", "expected edge lines");
    const auto comments = dir.write("comments.edges", "# nothing\n");
    check_refused(info(comments), comments + ":2:1: no edge lines", "# Nodes: 0");
    const auto declared = dir.write("declared.edges", "# Nodes: 3\n");
    const auto r = info(declared);
    REQUIRE(r.exit_code == 0);
    CHECK(summary_value(r.out, "nodes") == 3);
  }
}

namespace {

// A snapshot whose arrays break a rule, written with valid checksums (what a tampered file whose
// checksums were recomputed looks like).
std::string tampered(const ScratchDir& dir, const std::string& name, innonet::CsrGraph::Arrays a,
                     std::vector<std::int64_t> ids = {}) {
  const auto g = innonet::CsrGraph::from_trusted_arrays(std::move(a));
  innonet::io::write_snapshot(g, dir.path(name), {.original_ids = ids});
  return dir.path(name);
}

innonet::CsrGraph::Arrays directed_triangle() {
  innonet::CsrGraph::Arrays a;  // 0->1, 0->2, 1->2
  a.num_nodes = 3;
  a.num_edges = 3;
  a.direction = innonet::Direction::directed;
  a.out_offsets = {0, 2, 3, 3};
  a.out_targets = {1, 2, 2};
  a.in_offsets = {0, 0, 1, 3};
  a.in_sources = {0, 0, 1};
  return a;
}

}  // namespace

TEST_CASE("hostile input: tampered snapshots fail full verification, the default",
          "[tools][hostile]") {
  const ScratchDir dir;
  const auto good = tampered(dir, "good.inb", directed_triangle());
  REQUIRE(info(good).exit_code == 0);
  auto not_transpose = directed_triangle();
  not_transpose.in_sources = {1, 0, 1};  // rows sorted, but 1 -> 1 is no out-arc
  const auto bad_in = tampered(dir, "in.inb", not_transpose);
  check_refused(info(bad_in), bad_in + ": not a valid graph", "transpose");
  CHECK(info(bad_in, {"--verify", "structure", "info"}).exit_code == 0);  // trusted: skipped
  auto unsorted = directed_triangle();
  unsorted.out_targets = {2, 1, 2};
  const auto bad_rows = tampered(dir, "rows.inb", unsorted);
  check_refused(info(bad_rows), bad_rows + ": not a valid graph", "sorted");
  auto count = directed_triangle();
  count.num_edges = 2;
  const auto bad_count = tampered(dir, "count.inb", count);
  check_refused(info(bad_count), bad_count + ":", "one edge per arc");
  innonet::CsrGraph::Arrays asym;  // undirected, 0-1 stored only in row 0
  asym.num_nodes = 2;
  asym.num_edges = 1;
  asym.direction = innonet::Direction::undirected;
  asym.out_offsets = {0, 1, 1};
  asym.out_targets = {1};
  const auto bad_sym = tampered(dir, "sym.inb", asym);
  check_refused(info(bad_sym), bad_sym + ": not a valid graph", "in the rows of both u and v");
  auto weighted = directed_triangle();
  weighted.weighted = true;
  weighted.out_weights = {1.0, std::nan(""), 2.0};
  weighted.in_weights = {1.0, std::nan(""), 2.0};
  const auto bad_weight = tampered(dir, "nan.inb", weighted);
  check_refused(info(bad_weight), bad_weight + ": not a valid graph", "finite weights");
  const auto dup = tampered(dir, "dup.inb", directed_triangle(), {7, 8, 7});
  check_refused(info(dup), dup + ": section 'original_ids': id 7 names two vertices", "");
}

TEST_CASE("hostile input: messages", "[tools][hostile]") {
  const ScratchDir dir;
  SECTION("a byte-order mark is skipped in every format") {
    const std::string bom = "\xEF\xBB\xBF";
    CHECK(info(dir.write("b.edges", bom + "0 1\n")).exit_code == 0);
    CHECK(info(dir.write("b.mtx", bom + "%%MatrixMarket matrix coordinate pattern general\n2 2 "
                                        "1\n1 2\n"))
              .exit_code == 0);
    CHECK(info(dir.write(
                   "b.json",
                   bom + R"({"format": "innonet-graph", "version": 1, "nodes": [], "edges": []})"))
              .exit_code == 0);
    dir.write("b.nodes.csv", bom + "id,type\na,city\n");
    dir.write("b.edges.csv", bom + "source,target,kind\n");
    CHECK(info(dir.path("b.csv")).exit_code == 0);
  }
  SECTION("unprintable bytes are escaped") {
    const auto file = dir.write("nul.edges", std::string("0 1\n2 \0x\n", 9));
    const auto r = info(file);
    check_refused(r, file + ":2:3:", "\\x00");
    CHECK(r.err.find('\0') == std::string::npos);
  }
  SECTION("--graph '' is a usage error") {
    const auto r = run_cli_limited({"--graph", "", "info"}, {.seconds = 10});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Contains("--graph: expected a file name, found an empty string"));
  }
}

TEST_CASE("hostile input: parsing is linear in keys", "[tools][hostile]") {
  // 200,000 keys in one object: quadratic duplicate checks took minutes; now well under 10 s.
  const ScratchDir dir;
  std::string keys;
  for (int i = 0; i < 200000; ++i)
    keys += (i ? ", " : "") + ("\"k" + std::to_string(i) + "\": " + std::to_string(i));
  const auto json =
      dir.write("keys.json", R"({"format": "innonet-graph", "version": 1, "metadata": {)" + keys +
                                 R"(}, "nodes": [], "edges": []})");
  CHECK(info(json).exit_code == 0);
  std::string cell;
  for (int i = 0; i < 200000; ++i)
    cell += (i ? ", " : "") + ("\"\"k" + std::to_string(i) + "\"\": 1");
  dir.write("a.nodes.csv", "id,type,attributes\na,city,\"{" + cell + "}\"\n");
  dir.write("a.edges.csv", "source,target,kind\n");
  std::string rows = "section,key,value\n";
  for (int i = 0; i < 200000; ++i) rows += "metadata,k" + std::to_string(i) + ",1\n";
  dir.write("a.metadata.csv", rows);
  const auto r = info(dir.path("a.csv"));
  INFO(r.err);
  CHECK(r.exit_code == 0);
}
