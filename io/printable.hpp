#pragma once
// Text from a file, made safe for an error message: control bytes (a NUL would end the message,
// since what() is a C string; an escape sequence would drive the terminal) are written \xHH.
// Bytes 0x80 and up are kept, so UTF-8 names stay readable.
#include <string>
#include <string_view>

namespace innonet::io {

inline std::string printable(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte != 0x7f) {
      out.push_back(c);
      continue;
    }
    out += "\\x";
    out.push_back(kHex[byte >> 4]);
    out.push_back(kHex[byte & 15]);
  }
  return out;
}

}  // namespace innonet::io
