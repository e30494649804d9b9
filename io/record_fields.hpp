#pragma once
// Internal to the native JSON reader: walks the members of one record object, names the record
// in messages ("nodes[3]" until its id is read, then "node 'x'"), refuses unknown and repeated
// fields, and keeps the record's origin ("file:line:column" of its '{') for the builder.
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "io/json_cursor.hpp"

namespace innonet::io {

class RecordFields {
 public:
  RecordFields(JsonCursor& cursor, std::string kind, const std::string& list, std::int64_t index,
               std::initializer_list<const char*> fields);
  ~RecordFields();
  RecordFields(const RecordFields&) = delete;
  RecordFields& operator=(const RecordFields&) = delete;

  bool next(std::string& key);  // the next field name, or false at the end of the record
  bool has(const std::string& key) const;
  void name_id(const std::string& id);  // from now on messages say "<kind> '<id>'"
  void require(std::initializer_list<const char*> keys) const;
  bool null();  // true when the next value is null (and consumes it): null means absent
  std::string text(const std::string& key);  // a string, or "" for null
  const std::string& origin() const { return origin_; }

 private:
  JsonCursor& cursor_;
  std::string kind_;
  std::vector<const char*> fields_;
  std::vector<std::string> seen_;
  std::string origin_;
  std::size_t start_ = 0;
};

}  // namespace innonet::io
