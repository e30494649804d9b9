#pragma once
// The MPI side of innonet-dist: the process grid CombBLAS needs, and agreement on failure.
//
// CombBLAS distributes a matrix over a sqrt(P) x sqrt(P) grid of processes, so P must be a square
// (1, 4, 9, 16, ...); square_side says whether it is, before any work is done.
// Agreement: a process that fails on its own (its part of a file is missing or corrupt, a bad
// option) must not leave the others waiting in a collective call. Work that can fail on one
// process only runs inside `collectively`, which catches the failure and, at its end, has every
// process learn the lowest-ranked failure and throw it as the same AgreedFailure: same message,
// same exit code, on every process, and no hang.
#include <mpi.h>

#include <functional>
#include <optional>
#include <string>

#include "engine/error.hpp"

namespace innonet::dist {

// A failure every process agreed on; exit_code follows the CLI (1 bad input, 2 bad usage).
class AgreedFailure : public Error {
 public:
  AgreedFailure(const std::string& message, int exit_code)
      : Error(message), exit_code_(exit_code) {}
  int exit_code() const { return exit_code_; }

 private:
  int exit_code_;
};

struct Failure {
  std::string message;
  int exit_code = 1;
};

// sqrt(processes) when it is a whole number, else 0.
int square_side(int processes);

// Every process passes its own failure (none: nullopt). If any process failed, every process
// throws AgreedFailure with the failure of the lowest-ranked one. Collective over `comm`.
void agree(const std::optional<Failure>& mine, MPI_Comm comm);

// Runs `work`, catching what it throws (innonet::UsageError and std::invalid_argument: exit
// code 2; any other exception: 1), then agree(). Collective over `comm`.
void collectively(MPI_Comm comm, const std::function<void()>& work);

}  // namespace innonet::dist
