#pragma once
// Carrying an exception out of an OpenMP parallel region. An exception may not cross the end of
// a region (the runtime calls std::terminate: a SIGABRT for a std::bad_alloc thrown by an
// allocation inside it), so every region whose body can throw runs the body through run(),
// which keeps the first exception and makes the other iterations skip their work, and the
// caller rethrows it after the region:
//   ParallelError error;
//   #pragma omp parallel for
//   for (std::int64_t i = 0; i < n; ++i) error.run([&] { body(i); });
//   error.rethrow();
// Which exception wins when several threads fail at once is not specified; a reader whose
// message must not depend on the thread count records its errors by position instead
// (io/text_parse.cpp).
// run() also polls the stop flag of the thread that made this object (engine/stop_request.hpp),
// so every kernel built this way stops within one block of a stop request, with Stopped.
#include <atomic>
#include <exception>

#include "engine/stop_request.hpp"

namespace innonet {

class ParallelError {
 public:
  template <class Body>
  void run(Body&& body) noexcept {
    if (failed_.load(std::memory_order_relaxed)) return;
    if (stop_requested(stop_)) {
      keep(std::make_exception_ptr(Stopped()));
      return;
    }
    try {
      body();
    } catch (...) {
      keep(std::current_exception());
    }
  }
  bool failed() const { return failed_.load(std::memory_order_relaxed); }
  void rethrow() const {
    if (error_) std::rethrow_exception(error_);
  }

 private:
  void keep(std::exception_ptr error) noexcept {
#pragma omp critical(innonet_parallel_error)
    {
      if (!error_) error_ = std::move(error);
      failed_.store(true, std::memory_order_relaxed);
    }
  }
  const std::atomic<bool>* stop_ = current_stop_flag();
  std::atomic<bool> failed_{false};
  std::exception_ptr error_;
};

}  // namespace innonet
