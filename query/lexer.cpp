// Hand-written scanner: one pass, longest match for symbols.
#include "query/lexer.hpp"

#include <array>
#include <cctype>

namespace innonet::query {
namespace {

constexpr std::array<std::string_view, 11> kTwoCharSymbols = {"<>", "!=", "<=", ">=", "=~", "->",
                                                              "<-", "..", "+=", "::", "||"};
constexpr std::string_view kOneCharSymbols = "()[]{},.:;|=<>+-*/%^";

bool word_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool word_char(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

class Scanner {
 public:
  explicit Scanner(std::string_view q) : q_(q) {}

  std::vector<Token> run() {
    std::vector<Token> tokens;
    for (skip_blanks(); at_ < q_.size(); skip_blanks()) tokens.push_back(next());
    Token end;
    end.pos = pos_;
    end.offset = q_.size();
    tokens.push_back(end);
    return tokens;
  }

 private:
  char peek(std::size_t ahead = 0) const {
    return at_ + ahead < q_.size() ? q_[at_ + ahead] : '\0';
  }
  void advance() {
    if (q_[at_] == '\n') {
      ++pos_.line;
      pos_.column = 1;
    } else if ((static_cast<unsigned char>(q_[at_]) & 0xC0) != 0x80) {
      ++pos_.column;
    }
    ++at_;
  }
  [[noreturn]] void fail(SourcePos where, const std::string& what) const {
    throw QueryError(q_, where, what);
  }

  void skip_blanks() {
    while (at_ < q_.size()) {
      if (std::isspace(static_cast<unsigned char>(peek()))) {
        advance();
      } else if (peek() == '/' && peek(1) == '/') {
        while (at_ < q_.size() && peek() != '\n') advance();
      } else if (peek() == '/' && peek(1) == '*') {
        const SourcePos start = pos_;
        advance(), advance();
        while (at_ < q_.size() && !(peek() == '*' && peek(1) == '/')) advance();
        if (at_ >= q_.size()) fail(start, "unterminated comment: expected */");
        advance(), advance();
      } else {
        return;
      }
    }
  }

  Token next() {
    Token t;
    t.pos = pos_;
    t.offset = at_;
    const unsigned char c = peek();
    if (word_start(c)) {
      t.kind = TokenKind::word;
      while (at_ < q_.size() && word_char(peek())) t.text += peek(), advance();
    } else if (c == '`') {
      t.kind = TokenKind::quoted_word;
      t.text = quoted('`');
    } else if (c == '\'' || c == '"') {
      t.kind = TokenKind::string;
      t.text = quoted(char(c));
    } else if (c == '$') {
      advance();
      t.kind = TokenKind::parameter;
      while (at_ < q_.size() && word_char(peek())) t.text += peek(), advance();
      if (t.text.empty()) fail(t.pos, "expected a parameter name after $");
    } else if (std::isdigit(c) || (c == '.' && std::isdigit(static_cast<unsigned char>(peek(1))))) {
      number(t);
    } else {
      symbol(t);
    }
    t.length = at_ - t.offset;
    return t;
  }

  void number(Token& t) {
    t.kind = TokenKind::integer;
    const auto digits = [&] {
      while (std::isdigit(static_cast<unsigned char>(peek()))) t.text += peek(), advance();
    };
    digits();
    if (peek() == '.' && std::isdigit(static_cast<unsigned char>(peek(1)))) {
      t.kind = TokenKind::floating;
      t.text += '.', advance();
      digits();
    }
    if ((peek() == 'e' || peek() == 'E') && (std::isdigit(static_cast<unsigned char>(peek(1))) ||
                                             ((peek(1) == '-' || peek(1) == '+') &&
                                              std::isdigit(static_cast<unsigned char>(peek(2)))))) {
      t.kind = TokenKind::floating;
      t.text += peek(), advance();
      t.text += peek(), advance();
      digits();
    }
    if (word_char(static_cast<unsigned char>(peek())))
      fail(pos_,
           "expected a digit or the end of the number, found '" + std::string(1, peek()) + "'");
  }

  void symbol(Token& t) {
    t.kind = TokenKind::symbol;
    for (const auto s : kTwoCharSymbols) {
      if (q_.substr(at_, 2) == s) {
        t.text = s;
        advance(), advance();
        return;
      }
    }
    if (kOneCharSymbols.find(peek()) == std::string_view::npos)
      fail(pos_, "unexpected character '" + std::string(1, peek()) + "'");
    t.text = std::string(1, peek());
    advance();
  }

  std::string quoted(char quote) {
    const SourcePos start = pos_;
    advance();
    std::string text;
    while (true) {
      if (at_ >= q_.size())
        fail(start, std::string("unterminated ") + (quote == '`' ? "name" : "string") +
                        ": expected a closing " + quote);
      const char c = peek();
      advance();
      if (c == quote) {
        if (quote == '`' && peek() == '`') {  // `` inside a quoted name
          text += '`', advance();
          continue;
        }
        return text;
      }
      if (c != '\\' || quote == '`') {
        text += c;
        continue;
      }
      if (at_ >= q_.size()) continue;
      const char e = peek();
      advance();
      switch (e) {
        case 'n': text += '\n'; break;
        case 't': text += '\t'; break;
        case 'r': text += '\r'; break;
        default: text += e;
      }
    }
  }

  std::string_view q_;
  std::size_t at_ = 0;
  SourcePos pos_;
};

}  // namespace

std::vector<Token> tokenize(std::string_view query) { return Scanner(query).run(); }

std::string describe(const Token& token) {
  switch (token.kind) {
    case TokenKind::end: return "the end of the query";
    case TokenKind::string: return "the string '" + token.text + "'";
    case TokenKind::parameter: return "$" + token.text;
    default: return "'" + token.text + "'";
  }
}

}  // namespace innonet::query
