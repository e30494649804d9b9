#include "tools/english_names.hpp"

#include <sstream>

#include "io/native_json.hpp"

namespace innonet::cli {
namespace {

// A node record: name_en (or the id) becomes the name; the old name moves to the attribute
// name_zh. A group record (a corridor, a region) swaps name and name_en, so that corridor
// look-up, which reads both, still finds 宁淮.
void rename(nlohmann::ordered_json& record, bool group) {
  const auto text = [&](const char* key) {
    const auto it = record.find(key);
    return it == record.end() || !it->is_string() ? std::string() : it->get<std::string>();
  };
  const std::string name = text("name"), english = text("name_en");
  if (group) {
    record["name"] = english.empty() ? text("id") : english;
    record["name_en"] = name;
    return;
  }
  if (!name.empty() && name != english) {
    if (!record.contains("attributes") || record["attributes"].is_null())
      record["attributes"] = nlohmann::ordered_json::object();
    record["attributes"]["name_zh"] = name;
  }
  record["name"] = english.empty() ? text("id") : english;
}

}  // namespace

PropertyGraph with_english_names(const PropertyGraph& graph) {
  std::ostringstream text;
  io::write_native_json(graph, text);
  auto document = nlohmann::ordered_json::parse(text.str());
  for (const char* section : {"nodes", "groups"})
    if (document.contains(section))
      for (auto& record : document[section]) rename(record, section[0] == 'g');
  return io::read_native_json(document.dump(), "--lang en");
}

}  // namespace innonet::cli
