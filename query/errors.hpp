#pragma once
// Query errors. A bad query (syntax, unknown label/kind/property/procedure/variable) is a
// QueryError, a UsageError (exit 2); a query that fails while running (timeout, row limit, a
// procedure refusing its input) is a QueryRunError (exit 1). Messages lead with where:
// `query:1:15: expected ')', found WHERE`, then the query line and a caret under the column.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/error.hpp"

namespace innonet::query {

struct SourcePos {
  std::int32_t line = 1;    // 1-based
  std::int32_t column = 1;  // 1-based, in characters
};

class QueryError : public UsageError {
 public:
  QueryError(std::string_view query, SourcePos pos, const std::string& what);
  SourcePos pos() const { return pos_; }

 private:
  SourcePos pos_;
};

class QueryRunError : public Error {
 public:
  using Error::Error;
};

// "query:L:C: what" + the line of `query` + a caret under column C.
std::string caret_message(std::string_view query, SourcePos pos, const std::string& what);

// The candidates closest to `word` by edit distance (case-insensitive), at most 3, only those
// within a third of the word's length (at least 2 edits): for "did you mean ...".
std::vector<std::string> closest_words(std::string_view word,
                                       const std::vector<std::string>& candidates);
// ", did you mean 'a' or 'b'?" or "" when nothing is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace innonet::query
