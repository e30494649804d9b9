// engine/utf8: the one UTF-8 decoder and encoder. Expected bytes are RFC 3629's table, written
// out by hand; the decoder's verdicts on malformed sequences are RFC 3629's section 3 and 10.
#include "engine/utf8.hpp"

#include <catch2/catch.hpp>
#include <string>

using innonet::append_utf8;
using innonet::is_valid_utf8;
using innonet::utf8_sequence_length;

TEST_CASE("append_utf8 writes RFC 3629's bytes at every length boundary", "[engine][utf8]") {
  struct Case {
    char32_t cp;
    std::string bytes;
  };
  for (const auto& c :
       {Case{U'\x24', "\x24"}, Case{0x7F, "\x7F"}, Case{0x80, "\xC2\x80"}, Case{0xE9, "\xC3\xA9"},
        Case{0x7FF, "\xDF\xBF"}, Case{0x800, "\xE0\xA0\x80"}, Case{0x4E2D, "\xE4\xB8\xAD"},  // 中
        Case{0xFFFF, "\xEF\xBF\xBF"}, Case{0x10000, "\xF0\x90\x80\x80"},
        Case{0x1F600, "\xF0\x9F\x98\x80"}, Case{0x10FFFF, "\xF4\x8F\xBF\xBF"}}) {
    INFO("U+" << std::hex << static_cast<std::uint32_t>(c.cp));
    std::string out = "x";
    append_utf8(out, c.cp);
    CHECK(out == "x" + c.bytes);
    CHECK(utf8_sequence_length(out, 1) == c.bytes.size());
    CHECK(is_valid_utf8(out));
  }
}

TEST_CASE("the decoder refuses overlong, surrogate, out-of-range and cut sequences",
          "[engine][utf8]") {
  for (const std::string bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                                "\xE4\xB8", "\x80", "\xFF"}) {
    INFO(bad.size() << " bytes");
    CHECK(utf8_sequence_length(bad, 0) == 0);
    CHECK_FALSE(is_valid_utf8(bad));
  }
}
