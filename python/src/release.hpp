#pragma once
// Running a kernel from Python: the GIL is released, the kernel runs on a worker thread with the
// requested OpenMP thread count, and the calling thread wakes every kPollInterval to let Python
// handle signals. On Ctrl-C it raises the kernel's stop flag (engine/stop_request.hpp: kernels
// poll it between iterations and between the blocks of their parallel regions), waits for the
// worker to stop, and raises KeyboardInterrupt; the library stays free of Python (no callback).
// A kernel that does not poll (a short one) is given kStopWait to finish; past that its worker is
// detached and finishes on its own: everything it touches is owned by the task (shared_ptr
// captures), and its result is dropped.
// Cost per call: one thread start plus one OpenMP team start, about 0.1 ms.
#include <pybind11/pybind11.h>

#include <chrono>
#include <future>
#include <memory>
#include <thread>
#include <utility>

#include "engine/stop_request.hpp"

namespace innonet::python {

inline constexpr auto kPollInterval = std::chrono::milliseconds(20);
inline constexpr auto kStopWait = std::chrono::seconds(5);

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
  auto stop = std::make_shared<std::atomic<bool>>(false);
  std::packaged_task<Result()> packaged([threads, seconds, stop, task = std::move(task)]() mutable {
    const ScopedStopRequest stop_request(*stop);
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
        stop->store(true);
        {
          py::gil_scoped_release wait;  // other Python threads run while the kernel stops
          if (done.wait_for(kStopWait) == std::future_status::ready)
            worker.join();
          else
            worker.detach();
        }
        throw py::error_already_set();
      }
    }
  }
  worker.join();
  last_kernel_seconds() = *seconds;
  return done.get();  // rethrows the kernel's exception, translated by the module
}

}  // namespace innonet::python
