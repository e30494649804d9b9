#include "io/csv_table.hpp"

#include <algorithm>

#include "engine/error.hpp"
#include "io/json_cursor.hpp"
#include "io/printable.hpp"

namespace innonet::io {

CsvReader::CsvReader(std::string_view text, std::string file_name,
                     std::initializer_list<const char*> required)
    : text_(text), file_(std::move(file_name)) {
  for (std::size_t i = 0; i < text_.size();) {
    const auto length = utf8_sequence_length(text_, i);
    if (length == 0) fail(i, "invalid UTF-8 (the file must be UTF-8 encoded)");
    i += length;
  }
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") at_ = 3;
  std::vector<CsvField> header;
  if (!read_record(header)) fail(0, "empty file: expected a header line naming the columns");
  for (const auto& field : header) {
    if (field.value.empty()) fail(field.offset, "empty column name in the header");
    if (!positions_.emplace(field.value, columns_.size()).second)
      fail(field.offset, "column '" + field.value + "' appears twice in the header");
    columns_.push_back(field.value);
  }
  for (const char* name : required)
    if (!column(name)) {
      std::string found;
      for (const auto& c : columns_) found += (found.empty() ? "" : ", ") + c;
      fail(header.front().offset,
           std::string("missing required column '") + name + "' (the header has: " + found + ")");
    }
}

std::optional<std::size_t> CsvReader::column(std::string_view name) const {
  const auto it = positions_.find(name);
  if (it == positions_.end()) return std::nullopt;
  return it->second;
}

void CsvReader::fail(std::size_t offset, const std::string& what) const {
  const auto where = locate(text_, offset);
  throw ParseError(file_, where.line, where.column, printable(what));
}

bool CsvReader::read_record(std::vector<CsvField>& record) {
  record.clear();
  // Skip blank lines.
  while (at_ < text_.size() && (text_[at_] == '\n' || text_[at_] == '\r')) {
    if (text_[at_] == '\n') ++line_;
    ++at_;
  }
  if (at_ >= text_.size()) return false;
  record_line_ = line_;
  while (true) {
    CsvField field;
    field.offset = at_;
    if (at_ < text_.size() && text_[at_] == '"') {
      ++at_;
      // Runs between quotes are copied whole (a character at a time was a tenth of the time of
      // a 100 MB attributes cell); a doubled quote is one quote, a single one ends the field.
      while (true) {
        const std::size_t quote = text_.find('"', at_);
        if (quote == std::string_view::npos)
          fail(field.offset, "unterminated quoted field (no closing '\"')");
        const std::string_view run = text_.substr(at_, quote - at_);
        line_ += std::count(run.begin(), run.end(), '\n');
        field.value.append(run);
        at_ = quote + 1;
        if (at_ < text_.size() && text_[at_] == '"') {
          field.value += '"';
          ++at_;
          continue;
        }
        break;
      }
      if (at_ < text_.size() && text_[at_] != ',' && text_[at_] != '\n' && text_[at_] != '\r')
        fail(at_, "expected ',' or the end of the line after a closing quote");
    } else {
      const std::size_t start = at_;
      while (at_ < text_.size() && text_[at_] != ',' && text_[at_] != '\n' && text_[at_] != '\r') {
        if (text_[at_] == '"')
          fail(at_, "'\"' inside an unquoted field (quote the whole field and double the quote)");
        ++at_;
      }
      field.value.assign(text_.substr(start, at_ - start));
    }
    record.push_back(std::move(field));
    if (at_ < text_.size() && text_[at_] == ',') {
      ++at_;
      continue;
    }
    if (at_ < text_.size() && text_[at_] == '\r') ++at_;
    if (at_ < text_.size() && text_[at_] == '\n') {
      ++at_;
      ++line_;
    } else if (at_ < text_.size()) {
      fail(at_, "a lone carriage return (lines must end in LF or CRLF)");
    }
    return true;
  }
}

bool CsvReader::next(std::vector<CsvField>& record) {
  if (!read_record(record)) return false;
  if (record.size() != columns_.size())
    fail(record.size() > columns_.size() ? record[columns_.size()].offset : record.front().offset,
         "expected " + std::to_string(columns_.size()) + " fields (as in the header), found " +
             std::to_string(record.size()));
  return true;
}

void append_csv_field(std::string& out, std::string_view value) {
  const bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!value.empty() && (value.front() == ' ' || value.back() == ' ' ||
                                         value.front() == '\t' || value.back() == '\t'));
  if (!quote) {
    out += value;
    return;
  }
  out += '"';
  for (const char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace innonet::io
