#include "tools/english_names.hpp"

#include <sstream>

#include "io/native_json.hpp"

namespace innonet::cli {
namespace {

// One node or group record: name_en (or the id) becomes the name; the old name moves to the
// attribute name_zh.
void rename(nlohmann::ordered_json& record) {
  const auto text = [&](const char* key) {
    const auto it = record.find(key);
    return it == record.end() || !it->is_string() ? std::string() : it->get<std::string>();
  };
  const std::string name = text("name"), english = text("name_en");
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
      for (auto& record : document[section]) rename(record);
  return io::read_native_json(document.dump(), "--lang en");
}

}  // namespace innonet::cli
