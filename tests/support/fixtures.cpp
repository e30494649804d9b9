#include "tests/support/fixtures.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "tests/support/cli_limits.hpp"

namespace innonet::testing {

std::string source_path(const std::string& relative) {
  return std::string(INNONET_SOURCE_DIR) + "/" + relative;
}

nlohmann::json fixture_json(const std::string& relative_path) {
  const std::string path = std::string(INNONET_FIXTURES_DIR) + "/" + relative_path;
  std::ifstream in(path);
  if (!in) throw std::runtime_error("missing fixture " + path + " (run tests/fixtures/make_*.py)");
  return nlohmann::json::parse(in);
}

FixtureGraph fixture_graph(const std::string& name) {
  const auto doc = fixture_json("graphs/" + name + ".json");
  FixtureGraph g;
  g.name = name;
  g.directed = doc.at("directed").get<bool>();
  g.weighted = doc.at("weighted").get<bool>();
  for (const auto& label : doc.at("nodes")) g.labels.push_back(label.get<std::string>());
  g.edges.num_nodes = static_cast<Vertex>(g.labels.size());
  for (const auto& e : doc.at("edges")) {
    g.edges.sources.push_back(e.at(0).get<Vertex>());
    g.edges.targets.push_back(e.at(1).get<Vertex>());
    if (g.weighted) g.edges.weights.push_back(e.at(2).get<double>());
  }
  return g;
}

CsrGraph fixture_csr(const std::string& name, Direction direction, Weights weights) {
  FixtureGraph g = fixture_graph(name);
  if (weights == Weights::ignore) g.edges.weights.clear();
  return build_csr(g.edges, {.direction = direction, .merge = MergeRule::sum});
}

CsrGraph fixture_csr(const std::string& name, Weights weights) {
  const bool directed = fixture_json("graphs/" + name + ".json").at("directed").get<bool>();
  return fixture_csr(name, directed ? Direction::directed : Direction::undirected, weights);
}

EdgeList random_edge_list(Vertex n, std::int64_t m, std::uint64_t seed, Weights weights) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<Vertex> pick(0, n - 1);
  std::uniform_real_distribution<double> weight(0.5, 5.0);
  std::set<std::pair<Vertex, Vertex>> seen;
  EdgeList edges;
  edges.num_nodes = n;
  const std::int64_t max_pairs = static_cast<std::int64_t>(n) * (n - 1);
  for (std::int64_t tries = 0;
       static_cast<std::int64_t>(seen.size()) < std::min(m, max_pairs) && tries < 20 * m + 100;
       ++tries) {
    const Vertex u = pick(rng), v = pick(rng);
    if (u == v || !seen.insert({u, v}).second) continue;
    edges.sources.push_back(u);
    edges.targets.push_back(v);
    if (weights == Weights::use) edges.weights.push_back(weight(rng));
  }
  return edges;
}

CsrGraph random_graph(Vertex n, std::int64_t m, std::uint64_t seed, Direction direction,
                      Weights weights) {
  // Undirected: (u,v) and (v,u) may both be drawn; MergeRule::max keeps one weight per pair.
  return build_csr(random_edge_list(n, m, seed, weights),
                   {.direction = direction, .merge = MergeRule::max});
}

namespace {
std::string slurp(int fd) {
  std::string text;
  char buffer[4096];
  for (ssize_t got; (got = read(fd, buffer, sizeof buffer)) > 0;) text.append(buffer, got);
  return text;
}
}  // namespace

std::string cli_path() { return INNONET_CLI_PATH; }

CliResult run_cli(const std::vector<std::string>& args) { return run_cli_limited(args, {}); }

CliResult run_cli_limited(const std::vector<std::string>& args, const CliLimits& limits,
                          long* peak_kb) {
  // stdout and stderr go to temporary files, so a large output can never block the child.
  char out_name[] = "/tmp/innonet_cli_outXXXXXX";
  char err_name[] = "/tmp/innonet_cli_errXXXXXX";
  const int out_fd = mkstemp(out_name), err_fd = mkstemp(err_name);
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    if (limits.address_space_bytes > 0) {
      const rlimit limit{limits.address_space_bytes, limits.address_space_bytes};
      setrlimit(RLIMIT_AS, &limit);
    }
    if (limits.seconds > 0) alarm(limits.seconds);  // kept across execv
    std::vector<char*> argv;
    // INNONET_CLI overrides the binary, e.g. to check that a new test fails on an older build.
    const char* other = std::getenv("INNONET_CLI");
    std::string program = other && *other ? other : INNONET_CLI_PATH;
    argv.push_back(program.data());
    std::vector<std::string> copies = args;
    for (auto& a : copies) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(program.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  if (peak_kb != nullptr) *peak_kb = usage.ru_maxrss;
  CliResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  lseek(out_fd, 0, SEEK_SET);
  lseek(err_fd, 0, SEEK_SET);
  result.out = slurp(out_fd);
  result.err = slurp(err_fd);
  close(out_fd);
  close(err_fd);
  unlink(out_name);
  unlink(err_name);
  return result;
}

}  // namespace innonet::testing
