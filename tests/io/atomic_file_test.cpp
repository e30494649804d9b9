#include "io/atomic_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "engine/error.hpp"
#include "engine/property_graph_builder.hpp"
#include "io/csv.hpp"
#include "io/native_json.hpp"
#include "tests/support/scratch_dir.hpp"

using namespace innonet;
namespace fs = std::filesystem;

namespace {

// A fresh, empty directory for one test case.
fs::path fresh_dir(const std::string& name) {
  const fs::path dir = innonet::testing::scratch_dir("innonet_atomic") / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void put(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// The names in `dir`, sorted: what a person listing it would see, hidden files included.
std::vector<std::string> listing(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

PropertyGraph two_node_graph(const std::string& second) {
  PropertyGraphBuilder b;
  b.add_node({.id = "a", .type = "city"});
  b.add_node({.id = second, .type = "city"});
  b.add_edge({.source = "a", .target = second, .kind = "tie"});
  return b.build();
}

std::string error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("an atomic file appears only when committed", "[io][atomic]") {
  const fs::path dir = fresh_dir("commit");
  const fs::path path = dir / "out.txt";
  put(path, "old\n");
  {
    io::AtomicFile file(path.string());
    file.write("new ");
    file.write(std::string(3u << 20, 'x'));  // larger than the buffer: written straight through
    CHECK(slurp(path) == "old\n");           // the old file stays until the commit
    file.commit();
  }
  CHECK(slurp(path) == "new " + std::string(3u << 20, 'x'));
  CHECK(listing(dir) == std::vector<std::string>{"out.txt"});  // no temporary left behind
}

TEST_CASE("an atomic file that is not committed leaves the old file and nothing else",
          "[io][atomic]") {
  const fs::path dir = fresh_dir("abandon");
  const fs::path path = dir / "out.txt";
  put(path, "old\n");
  CHECK_THROWS_WITH(
      [&] {
        io::AtomicFile file(path.string());
        file.write(std::string(5u << 20, 'y'));
        throw Error("the writer failed half way");
      }(),
      "the writer failed half way");
  CHECK(slurp(path) == "old\n");
  CHECK(listing(dir) == std::vector<std::string>{"out.txt"});
  {
    io::AtomicFile file((dir / "never.txt").string());  // a new file that is never committed
    file.write("partial");
  }
  CHECK(listing(dir) == std::vector<std::string>{"out.txt"});
}

TEST_CASE("write errors name the path and the system's reason", "[io][atomic]") {
  const fs::path dir = fresh_dir("errors");
  SECTION("no such directory") {
    const std::string path = (dir / "missing" / "g.json").string();
    const std::string message = error_of([&] { io::AtomicFile file(path); });
    CHECK_THAT(message, Catch::StartsWith(path + ": cannot create: No such file or directory"));
    CHECK_THAT(message, Catch::Contains((dir / "missing").string()));
  }
  SECTION("a path below a regular file") {
    put(dir / "plain", "x");
    const std::string path = (dir / "plain" / "g.json").string();
    CHECK_THAT(error_of([&] { io::AtomicFile file(path); }),
               Catch::StartsWith(path + ": cannot create: Not a directory"));
  }
  SECTION("a directory as the destination") {
    CHECK_THAT(error_of([&] { io::AtomicFile file(dir.string()); }),
               Catch::StartsWith(dir.string() + ": cannot write: Is a directory"));
  }
  SECTION("a full disk (/dev/full)") {
    const std::string message = error_of([] {
      io::AtomicFile file("/dev/full");
      file.write("bytes");
      file.commit();
    });
    CHECK(message == "/dev/full: cannot write: No space left on device");
  }
  SECTION("a read-only directory") {
    if (geteuid() == 0) {
      WARN("running as root, which writes into read-only directories: case not exercised");
    } else {
      fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec);
      const std::string path = (dir / "g.json").string();
      CHECK_THAT(error_of([&] { io::AtomicFile file(path); }),
                 Catch::StartsWith(path + ": cannot create: Permission denied"));
      fs::permissions(dir, fs::perms::owner_all);
    }
  }
  SECTION("an empty name") { CHECK_THROWS_AS(io::AtomicFile(""), UsageError); }
}

TEST_CASE("an atomic file keeps the permissions of the file it replaces and follows links",
          "[io][atomic]") {
  const fs::path dir = fresh_dir("modes");
  const fs::path path = dir / "private.txt";
  put(path, "old");
  fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
  fs::create_symlink(path, dir / "link.txt");
  {
    io::AtomicFile file((dir / "link.txt").string());
    file.write("new");
    file.commit();
  }
  CHECK(fs::is_symlink(dir / "link.txt"));
  CHECK(slurp(path) == "new");
  CHECK(fs::status(path).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
}

TEST_CASE("a device destination is written in place", "[io][atomic]") {
  io::AtomicFile file("/dev/null");
  file.write("discarded");
  CHECK_NOTHROW(file.commit());
  CHECK(fs::is_character_file("/dev/null"));
}

TEST_CASE("a file set is replaced only when every file is complete", "[io][atomic]") {
  const fs::path dir = fresh_dir("set");
  put(dir / "a.txt", "old a");
  put(dir / "b.txt", "old b");
  CHECK_THROWS_WITH(
      [&] {
        io::AtomicFileSet set((dir / "ab.incomplete").string());
        set.add((dir / "a.txt").string()).write("new a");
        set.add((dir / "b.txt").string()).write("new b");
        throw Error("stopped before the commit");
      }(),
      "stopped before the commit");
  CHECK(slurp(dir / "a.txt") == "old a");
  CHECK(slurp(dir / "b.txt") == "old b");
  CHECK(listing(dir) == std::vector<std::string>{"a.txt", "b.txt"});
  io::AtomicFileSet set((dir / "ab.incomplete").string());
  set.add((dir / "a.txt").string()).write("new a");
  set.add((dir / "b.txt").string()).write("new b");
  set.commit();
  CHECK(slurp(dir / "a.txt") == "new a");
  CHECK(slurp(dir / "b.txt") == "new b");
  CHECK(listing(dir) == std::vector<std::string>{"a.txt", "b.txt"});  // the marker is gone
}

TEST_CASE("a CSV set left half renamed is refused until written again", "[io][atomic][csv]") {
  const fs::path dir = fresh_dir("csv");
  const std::string path = (dir / "g.csv").string();
  io::write_csv_graph_files(two_node_graph("b"), path);
  CHECK(listing(dir).size() == 6);  // all six files, no marker
  // What a writer killed between two renames leaves: the marker, and new files beside old ones.
  io::write_csv_graph_files(two_node_graph("c"), (dir / "new.csv").string());
  fs::copy_file(dir / "new.nodes.csv", dir / "g.nodes.csv", fs::copy_options::overwrite_existing);
  put(dir / "g.csv.incomplete", "interrupted\n");
  const std::string message = error_of([&] { io::read_csv_graph_files(path); });
  CHECK_THAT(message, Catch::StartsWith((dir / "g.csv.incomplete").string() + ": "));
  CHECK_THAT(message, Catch::Contains("may mix two versions"));
  io::write_csv_graph_files(two_node_graph("d"), path);
  CHECK_FALSE(fs::exists(dir / "g.csv.incomplete"));
  CHECK(io::read_csv_graph_files(path).node(NodeRef{1}).id == "d");
}
