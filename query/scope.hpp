#pragma once
// The variables visible at a point of a query, each with its row slot and what it holds.
// Anonymous pattern elements get hidden names (starting with a blank, so a query cannot name
// them).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace innonet::query {

enum class VarKind { value, node, rel, rel_list, path };

struct Scope {
  std::vector<std::string> names;  // slot i holds names[i]
  std::vector<VarKind> kinds;

  std::int32_t find(std::string_view name) const {
    for (std::size_t i = names.size(); i-- > 0;)
      if (names[i] == name) return static_cast<std::int32_t>(i);
    return -1;
  }
  std::int32_t add(std::string name, VarKind kind) {
    names.push_back(std::move(name));
    kinds.push_back(kind);
    return static_cast<std::int32_t>(names.size() - 1);
  }
  std::int32_t width() const { return static_cast<std::int32_t>(names.size()); }
  std::vector<std::string> visible() const {  // names a person may use, for "did you mean"
    std::vector<std::string> out;
    for (const auto& n : names)
      if (!n.empty() && n[0] != ' ') out.push_back(n);
    return out;
  }
};

}  // namespace innonet::query
