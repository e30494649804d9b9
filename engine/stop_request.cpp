#include "engine/stop_request.hpp"

namespace innonet {
namespace {
thread_local const std::atomic<bool>* installed_flag = nullptr;
}  // namespace

const std::atomic<bool>* current_stop_flag() noexcept { return installed_flag; }

ScopedStopRequest::ScopedStopRequest(const std::atomic<bool>& flag) noexcept
    : outer_(installed_flag) {
  installed_flag = &flag;
}

ScopedStopRequest::~ScopedStopRequest() { installed_flag = outer_; }

}  // namespace innonet
