#pragma once
// The project's error types. Messages lead with where the problem is, then what was expected and
// what was found, e.g. `edges.csv:17:9: expected a number in 'weight', found "n/a"`.
// Exit codes (mapped by the CLI): 0 ok, 1 bad input or failed run, 2 bad usage.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace innonet {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A malformed file. line and column are 1-based; 0 means "not applicable" (e.g. a binary header).
class ParseError : public Error {
 public:
  ParseError(std::string file, std::int64_t line, std::int64_t column, const std::string& what)
      : Error(format(file, line, column, what)),
        file_(std::move(file)),
        line_(line),
        column_(column) {}
  const std::string& file() const { return file_; }
  std::int64_t line() const { return line_; }
  std::int64_t column() const { return column_; }

 private:
  static std::string format(const std::string& file, std::int64_t line, std::int64_t column,
                            const std::string& what) {
    std::string where = file;
    if (line > 0) where.append(":").append(std::to_string(line));
    if (column > 0) where.append(":").append(std::to_string(column));
    where.append(": ").append(what);
    return where;
  }
  std::string file_;
  std::int64_t line_ = 0;
  std::int64_t column_ = 0;
};

// A well-formed record that breaks a rule of the model (unknown endpoint, duplicate id, cycle...).
// `record` names the record, e.g. "edge 'e017'" or "node 'nanjing'".
class ValidationError : public Error {
 public:
  ValidationError(std::string record, const std::string& rule)
      : Error(record + ": " + rule), record_(std::move(record)) {}
  const std::string& record() const { return record_; }

 private:
  std::string record_;
};

// The user asked for something that cannot be done as asked (unknown node id, bad option value).
class UsageError : public Error {
 public:
  using Error::Error;
};

}  // namespace innonet
