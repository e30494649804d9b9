#include "datasets/builtin.hpp"

#include "datasets/embedded.hpp"
#include "engine/error.hpp"
#include "io/native_json.hpp"

namespace innonet::datasets {

std::vector<std::string> builtin_dataset_names() { return {"nanjing-metro"}; }

PropertyGraph builtin_dataset(std::string_view name) {
  if (name == "nanjing-metro")
    return io::read_native_json(embedded::nanjing_metro(), "nanjing-metro (built-in)");
  throw UsageError("unknown built-in dataset '" + std::string(name) + "' (known: nanjing-metro)");
}

}  // namespace innonet::datasets
