#pragma once
// Helpers shared by the CsrGraph format tests (edge list, Matrix Market, snapshot): scratch files
// and exact comparison of two graphs.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "engine/csr_graph.hpp"

namespace innonet::testing {

// A file in a fresh directory under /dev/shm (memory: the error tests write thousands of small
// files) or /tmp, removed with the directory when this goes away.
class ScratchFile {
 public:
  explicit ScratchFile(const std::string& name) {
    char in_memory[] = "/dev/shm/innonet_io_XXXXXX";
    char on_disk[] = "/tmp/innonet_io_XXXXXX";
    const char* made = ::mkdtemp(in_memory);
    dir_ = made != nullptr ? made : ::mkdtemp(on_disk);
    path_ = dir_ + "/" + name;
  }
  ScratchFile(const std::string& name, const std::string& contents) : ScratchFile(name) {
    write(contents);
  }
  ~ScratchFile() {
    std::remove(path_.c_str());
    ::rmdir(dir_.c_str());
  }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
  const std::string& path() const { return path_; }
  void write(const std::string& contents) const {
    std::ofstream(path_, std::ios::binary) << contents;
  }
  std::string read() const {
    std::ifstream in(path_, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

 private:
  std::string dir_;
  std::string path_;
};

template <class T>
std::vector<T> as_vector(std::span<const T> s) {
  return {s.begin(), s.end()};
}

// Every array equal, weights bit for bit.
inline void check_same_graph(const CsrGraph& a, const CsrGraph& b) {
  CHECK(a.num_nodes() == b.num_nodes());
  CHECK(a.num_edges() == b.num_edges());
  CHECK(a.direction() == b.direction());
  CHECK(a.is_weighted() == b.is_weighted());
  CHECK(as_vector(a.out_offsets()) == as_vector(b.out_offsets()));
  CHECK(as_vector(a.out_targets()) == as_vector(b.out_targets()));
  CHECK(as_vector(a.out_weight_array()) == as_vector(b.out_weight_array()));
  CHECK(as_vector(a.in_offsets()) == as_vector(b.in_offsets()));
  CHECK(as_vector(a.in_sources()) == as_vector(b.in_sources()));
  CHECK(as_vector(a.in_weight_array()) == as_vector(b.in_weight_array()));
  CHECK(as_vector(a.node_refs()) == as_vector(b.node_refs()));
}

}  // namespace innonet::testing
