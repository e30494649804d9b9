#pragma once
// UTF-8 well-formedness (RFC 3629), the one decoder every reader and writer uses, and the one
// encoder of code points (the JSON and GML readers' \u and &#...; escapes): the builder's
// check of names and ids, the JSON cursor (which also counts columns in code points), the CSV
// table and the JSON writer. Well-formed: no overlong forms, no surrogates (U+D800..U+DFFF), no
// code points past U+10FFFF, no truncated sequence. Cost: O(length).
#include <cstddef>
#include <string>
#include <string_view>

namespace innonet {

// Length (1..4) of the well-formed UTF-8 sequence starting at text[at] (at < text.size()), or 0
// when none starts there.
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);

// True when all of `text` is well-formed UTF-8. (Also declared by property_graph_builder.hpp,
// whose users it has served since before this header.)
bool is_valid_utf8(std::string_view text);

// Appends code point cp (at most U+10FFFF, not a surrogate: the caller has checked) as UTF-8.
void append_utf8(std::string& out, char32_t cp);

}  // namespace innonet
