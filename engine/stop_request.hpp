#pragma once
// Stopping a long kernel from outside. A front end that can be interrupted (the Python module,
// on Ctrl-C) installs a stop flag on the thread that runs the kernel with ScopedStopRequest;
// kernels poll it between iterations (check_stop_request) and between the blocks of their
// parallel regions (ParallelError::run polls it for every block), and end by throwing Stopped.
// The regions read the flag through a pointer taken on the calling thread, because OpenMP's
// worker threads do not see the calling thread's thread-local state. With no flag installed (the
// CLI, most library users) a poll is one thread-local load and a null test.
#include <atomic>

#include "engine/error.hpp"

namespace innonet {

// Thrown by a kernel that stopped because its caller asked it to; its partial result is dropped.
class Stopped : public Error {
 public:
  Stopped() : Error("stopped on request") {}
};

// The stop flag installed on the calling thread, or nullptr.
const std::atomic<bool>* current_stop_flag() noexcept;

// Installs `flag` on the calling thread for this object's lifetime; the flag must outlive it.
// Nested requests restore the outer flag when they end.
class ScopedStopRequest {
 public:
  explicit ScopedStopRequest(const std::atomic<bool>& flag) noexcept;
  ~ScopedStopRequest();
  ScopedStopRequest(const ScopedStopRequest&) = delete;
  ScopedStopRequest& operator=(const ScopedStopRequest&) = delete;

 private:
  const std::atomic<bool>* outer_;
};

inline bool stop_requested(const std::atomic<bool>* flag) noexcept {
  return flag != nullptr && flag->load(std::memory_order_relaxed);
}

// Throws Stopped when the calling thread's flag is set; call it between iterations.
inline void check_stop_request() {
  if (stop_requested(current_stop_flag())) throw Stopped();
}

}  // namespace innonet
