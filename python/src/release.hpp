#pragma once
// Running a kernel from Python: the GIL is released, the kernel runs on a worker thread with the
// requested OpenMP thread count, and the calling thread wakes every kPollInterval to let Python
// handle signals. Ctrl-C therefore raises KeyboardInterrupt within about 20 ms whatever the
// kernel does; the library stays free of Python (no callback, no flag in its options). The
// interrupted worker is detached and finishes on its own: everything it touches is owned by the
// task (shared_ptr captures), and its result is dropped.
// Cost per call: one thread start plus one OpenMP team start, about 0.1 ms.
#include <pybind11/pybind11.h>

#include <chrono>
#include <future>
#include <memory>
#include <thread>
#include <utility>

namespace innonet::python {

inline constexpr auto kPollInterval = std::chrono::milliseconds(20);

// Sets the OpenMP thread count of the calling thread (0: leave OpenMP's default).
void set_thread_count(int threads);

// Seconds the last kernel run by run_released on this thread spent in the kernel itself (its
// worker's time from start to finish), so a benchmark can tell the call overhead apart.
double& last_kernel_seconds();

// `task` must own (or share) everything it reads: it may outlive the call when interrupted.
template <class Task>
auto run_released(int threads, Task task) -> decltype(task()) {
  namespace py = pybind11;
  using Result = decltype(task());
  if (threads < 0) throw py::value_error("threads: expected 0 (all cores) or more");
  auto seconds = std::make_shared<double>(0.0);
  std::packaged_task<Result()> packaged([threads, seconds, task = std::move(task)]() mutable {
    set_thread_count(threads);
    const auto start = std::chrono::steady_clock::now();
    struct Stopwatch {  // records the time even when the kernel throws
      std::chrono::steady_clock::time_point start;
      double* out;
      ~Stopwatch() {
        *out = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      }
    } stopwatch{start, seconds.get()};
    return task();
  });
  std::future<Result> done = packaged.get_future();
  std::thread worker(std::move(packaged));
  {
    py::gil_scoped_release release;
    while (done.wait_for(kPollInterval) != std::future_status::ready) {
      py::gil_scoped_acquire acquire;
      if (PyErr_CheckSignals() != 0) {
        worker.detach();
        throw py::error_already_set();
      }
    }
  }
  worker.join();
  last_kernel_seconds() = *seconds;
  return done.get();  // rethrows the kernel's exception, translated by the module
}

}  // namespace innonet::python
