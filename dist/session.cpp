#include "dist/session.hpp"

#include <cmath>
#include <exception>
#include <new>
#include <stdexcept>
#include <vector>

namespace innonet::dist {

int square_side(int processes) {
  if (processes < 1) return 0;
  const int side = static_cast<int>(std::lround(std::sqrt(static_cast<double>(processes))));
  return side * side == processes ? side : 0;
}

void agree(const std::optional<Failure>& mine, MPI_Comm comm) {
  int rank = 0, size = 1;
  MPI_Comm_rank(comm, &rank);
  MPI_Comm_size(comm, &size);
  const int candidate = mine ? rank : size;
  int first_failed = size;
  MPI_Allreduce(&candidate, &first_failed, 1, MPI_INT, MPI_MIN, comm);
  if (first_failed == size) return;
  // The failing process sends its code and message; everyone throws the same thing.
  int code_and_length[2] = {0, 0};
  if (rank == first_failed) {
    code_and_length[0] = mine->exit_code;
    code_and_length[1] = static_cast<int>(mine->message.size());
  }
  MPI_Bcast(code_and_length, 2, MPI_INT, first_failed, comm);
  std::vector<char> text(static_cast<std::size_t>(code_and_length[1]));
  if (rank == first_failed) text.assign(mine->message.begin(), mine->message.end());
  MPI_Bcast(text.data(), code_and_length[1], MPI_CHAR, first_failed, comm);
  throw AgreedFailure(std::string(text.begin(), text.end()), code_and_length[0]);
}

void collectively(MPI_Comm comm, const std::function<void()>& work) {
  std::optional<Failure> failure;
  try {
    work();
  } catch (const AgreedFailure& e) {
    failure = Failure{e.what(), e.exit_code()};
  } catch (const UsageError& e) {
    failure = Failure{e.what(), 2};
  } catch (const std::invalid_argument& e) {
    failure = Failure{std::string("invalid argument: ") + e.what(), 2};
  } catch (const std::bad_alloc&) {
    failure = Failure{"out of memory", 1};
  } catch (const std::exception& e) {
    failure = Failure{e.what(), 1};
  }
  agree(failure, comm);
}

}  // namespace innonet::dist
