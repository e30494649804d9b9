// Reader of the native format: the document's sections in order, each record streamed into the
// builder. Record fields are read by io/native_json_records.cpp.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "engine/error.hpp"
#include "engine/property_graph_builder.hpp"
#include "io/json_cursor.hpp"
#include "io/native_json.hpp"
#include "io/native_json_records.hpp"
#include "io/text_parse.hpp"

namespace innonet::io {
namespace {

// Rank of each data section: they must come in increasing order.
int section_rank(const std::string& key) {
  if (key == "nodes") return 1;
  if (key == "edges") return 2;
  if (key == "groups") return 3;
  if (key == "group_edges") return 4;
  if (key == "indicators") return 5;
  return 0;
}

void read_vocabulary(JsonCursor& cursor, PropertyGraphBuilder& builder) {
  cursor.begin_object("'vocabulary'");
  std::string key;
  while (cursor.next_member(key)) {
    if (key != "types" && key != "kinds" && key != "evidence")
      cursor.fail(cursor.offset(),
                  "unknown field '" + key + "' in 'vocabulary' (known: types, kinds, evidence)");
    cursor.begin_array("'vocabulary." + key + "'");
    while (cursor.next_element()) {
      const auto name = cursor.read_string("'vocabulary." + key + "'");
      if (key == "types") builder.intern_type(name);
      if (key == "kinds") builder.intern_kind(name);
      if (key == "evidence") builder.intern_evidence(name);
    }
  }
}

void read_version(JsonCursor& cursor) {
  cursor.peek();
  const auto at = cursor.offset();
  const auto version = cursor.read_integer("'version'");
  if (version > kNativeFormatVersion)
    cursor.fail(at, "format version " + std::to_string(version) +
                        " is newer than this innonet supports (" +
                        std::to_string(kNativeFormatVersion) + ")");
  if (version < 1)
    cursor.fail(at, "format version " + std::to_string(version) + " is not valid (expected " +
                        std::to_string(kNativeFormatVersion) + ")");
}

void read_format(JsonCursor& cursor) {
  cursor.peek();
  const auto at = cursor.offset();
  const auto format = cursor.read_string("'format'");
  if (format != kNativeFormatName)
    cursor.fail(at, "expected \"" + std::string(kNativeFormatName) + "\" in 'format', found \"" +
                        format + "\"");
}

void read_section(JsonCursor& cursor, const std::string& key, PropertyGraphBuilder& builder) {
  cursor.begin_array("'" + key + "'");
  for (std::int64_t i = 0; cursor.next_element(); ++i) {
    if (key == "nodes") read_node(cursor, builder, i);
    if (key == "edges") read_edge(cursor, builder, i);
    if (key == "groups") read_group(cursor, builder, i);
    if (key == "group_edges") read_group_edge(cursor, builder, i);
    if (key == "indicators") read_indicator(cursor, builder, i);
  }
}

}  // namespace

PropertyGraph read_native_json(std::string_view text, const std::string& file_name) {
  JsonCursor cursor(text, file_name);
  cursor.skip_byte_order_mark();
  if (cursor.peek() == JsonKind::end)
    cursor.fail(0, "empty file: expected an innonet graph (a JSON object)");
  cursor.begin_object("the document");
  PropertyGraphBuilder builder;
  bool have_format = false, have_version = false, have_metadata = false, have_vocabulary = false;
  int last_rank = 0;
  std::string key;
  while (true) {
    if (!cursor.next_member(key)) break;
    const auto key_at = cursor.key_offset();
    const int rank = section_rank(key);
    auto once = [&](bool& seen) {
      if (seen) cursor.fail(key_at, "duplicate top-level field '" + key + "'");
      seen = true;
    };
    if (key == "format") {
      once(have_format);
      read_format(cursor);
    } else if (key == "version") {
      once(have_version);
      read_version(cursor);
    } else if (key == "metadata") {
      once(have_metadata);
      cursor.peek();
      const auto at = cursor.offset();
      auto metadata = cursor.read_value();
      if (!metadata.is_object()) cursor.fail(at, "expected an object in 'metadata'");
      builder.set_metadata(std::move(metadata));
    } else if (key == "vocabulary") {
      once(have_vocabulary);
      if (last_rank > 0) cursor.fail(key_at, "'vocabulary' must come before the nodes");
      read_vocabulary(cursor, builder);
    } else if (rank > 0) {
      if (!have_format || !have_version)
        cursor.fail(key_at, "expected 'format' and 'version' before '" + key +
                                "' (is this an innonet graph file?)");
      if (rank <= last_rank)
        cursor.fail(key_at, "'" + key +
                                (rank == last_rank ? "' appears twice" : "' is out of order") +
                                " (sections come in the order nodes, edges, groups, group_edges, "
                                "indicators)");
      last_rank = rank;
      read_section(cursor, key, builder);
    } else {
      cursor.fail(key_at, "unknown top-level field '" + key +
                              "' (known: format, version, metadata, vocabulary, nodes, edges, "
                              "groups, group_edges, indicators; put extra data in 'metadata')");
    }
  }
  cursor.expect_end();
  if (!have_format || !have_version)
    cursor.fail(0, std::string("missing '") + (have_format ? "version" : "format") +
                       "': not an innonet graph file");
  return builder.build();
}

std::string read_text_file(const std::string& path) {
  const FileText text(path);  // refuses directories, FIFOs and devices
  return std::string(text.text());
}

PropertyGraph read_native_json_file(const std::string& path) {
  const FileText text(path);  // memory-mapped: the text is never copied
  return read_native_json(text.text(), path);
}

}  // namespace innonet::io
