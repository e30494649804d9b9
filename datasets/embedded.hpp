#pragma once
// The dataset files compiled into the binary (see datasets/CMakeLists.txt).
#include <string_view>

namespace innonet::datasets::embedded {
std::string_view nanjing_metro();  // datasets/nanjing-metro.json, byte for byte
}  // namespace innonet::datasets::embedded
