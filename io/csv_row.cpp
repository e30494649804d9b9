#include "io/csv_row.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_set>

#include "engine/error.hpp"
#include "io/native_json_records.hpp"

namespace innonet::io {
namespace {

const std::string kEmpty;

std::string clip(const std::string& value) {
  return value.size() > 40 ? value.substr(0, 40) + "..." : value;
}

}  // namespace

const CsvField* CsvRow::field(const char* column) const {
  const auto at = reader_.column(column);
  return at ? &fields_[*at] : nullptr;
}

const std::string& CsvRow::text(const char* column) const {
  const auto* f = field(column);
  return f ? f->value : kEmpty;
}

void CsvRow::fail(const char* column, const std::string& what) const {
  const auto* f = field(column);
  reader_.fail(f ? f->offset : fields_.front().offset, label_ + ": " + what);
}

std::size_t CsvRow::offset(const char* column) const {
  const auto* f = field(column);
  return f ? f->offset : fields_.front().offset;
}

double CsvRow::number(const char* column, double absent) const {
  const auto& cell = text(column);
  if (cell.empty()) return absent;
  double value = 0.0;
  const auto end = cell.data() + cell.size();
  const auto result = std::from_chars(cell.data(), end, value);
  if (result.ec != std::errc() || result.ptr != end || !std::isfinite(value))
    fail(column,
         std::string("expected a finite number in '") + column + "', found \"" + clip(cell) + "\"");
  return value;
}

std::int32_t CsvRow::year(const char* column) const {
  const auto& cell = text(column);
  if (cell.empty()) return kNoYear;
  std::int64_t value = 0;
  const auto end = cell.data() + cell.size();
  const auto result = std::from_chars(cell.data(), end, value);
  if (result.ec != std::errc() || result.ptr != end)
    fail(column,
         std::string("expected an integer year in '") + column + "', found \"" + clip(cell) + "\"");
  if (value < kMinYear || value > kMaxYear)
    fail(column, "year " + cell + " in '" + column + "' outside " + std::to_string(kMinYear) +
                     ".." + std::to_string(kMaxYear));
  return static_cast<std::int32_t>(value);
}

bool CsvRow::flag(const char* column, bool absent) const {
  const auto& cell = text(column);
  if (cell.empty()) return absent;
  if (cell == "true" || cell == "1") return true;
  if (cell == "false" || cell == "0") return false;
  fail(column,
       std::string("expected true or false in '") + column + "', found \"" + clip(cell) + "\"");
}

std::optional<GeoPoint> CsvRow::coordinates(const char* latitude, const char* longitude) const {
  if (text(latitude).empty() && text(longitude).empty()) return std::nullopt;
  if (text(latitude).empty() || text(longitude).empty())
    fail(
        text(latitude).empty() ? latitude : longitude,
        std::string("'") + latitude + "' and '" + longitude + "' must both be given or both empty");
  GeoPoint point{number(latitude, 0.0), number(longitude, 0.0)};
  if (std::abs(point.latitude_deg) > 90.0)
    fail(latitude, "latitude " + text(latitude) + " outside [-90, 90] degrees");
  if (std::abs(point.longitude_deg) > 180.0)
    fail(longitude, "longitude " + text(longitude) + " outside [-180, 180] degrees");
  return point;
}

void CsvRow::json(const char* column, const std::function<void(JsonCursor&)>& parse) const {
  const auto& cell = text(column);
  if (cell.empty()) return;
  JsonCursor cursor(cell, "cell");
  try {
    parse(cursor);
    cursor.expect_end();
  } catch (const ParseError& e) {
    const std::string inner = e.what();
    const auto colon = inner.find(": ");
    fail(column, std::string("bad JSON in '") + column + "' (line " + std::to_string(e.line()) +
                     ", character " + std::to_string(e.column()) + " of the cell): " +
                     (colon == std::string::npos ? inner : inner.substr(colon + 2)));
  }
}

Attributes CsvRow::attributes(const std::vector<std::string>& known_columns) const {
  Attributes attributes = Attributes::object();
  json("attributes", [&](JsonCursor& c) { attributes = read_attributes(c, "'attributes'"); });
  // Keys of the 'attributes' cell, hashed once: a row with many extra columns stays linear.
  std::unordered_set<std::string> keys;
  bool hashed = false;
  for (const auto& column : reader_.columns()) {
    if (std::find(known_columns.begin(), known_columns.end(), column) != known_columns.end())
      continue;
    const auto& cell = text(column.c_str());
    if (cell.empty()) continue;
    if (!hashed) {
      for (const auto& [key, value] : attributes.items()) keys.insert(key);
      hashed = true;
    }
    if (keys.contains(column))
      fail(column.c_str(), "column '" + column + "' is also a key of 'attributes'");
    append_member(attributes, column, nlohmann::ordered_json(cell));
  }
  return attributes;
}

}  // namespace innonet::io
