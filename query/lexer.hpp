#pragma once
// The query's tokens: words (identifiers and keywords; `back-quoted` words are never keywords),
// numbers, strings ('...' or "..." with backslash escapes), $parameters and symbols. Keywords
// are recognised by the parser, case-insensitively. Comments: // to the end of the line and
// /* ... */. Positions are 1-based line and character column. Cost: O(length).
#include <string>
#include <string_view>
#include <vector>

#include "query/errors.hpp"

namespace innonet::query {

enum class TokenKind { word, quoted_word, integer, floating, string, parameter, symbol, end };

struct Token {
  TokenKind kind = TokenKind::end;
  std::string text;  // the word, the symbol, the string's value, the parameter name, the digits
  SourcePos pos;
  std::size_t offset = 0;  // byte offset of the token in the query
  std::size_t length = 0;  // bytes
};

// Throws QueryError on an unterminated string or comment, or a character that starts no token.
std::vector<Token> tokenize(std::string_view query);

// How a token is shown in "found ..." messages.
std::string describe(const Token& token);

}  // namespace innonet::query
