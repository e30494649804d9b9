#pragma once
// The parser's cursor over the tokens, shared by the clause/pattern half (parser.cpp) and the
// expression half (parser_expr.cpp). Internal to query/.
#include <string>
#include <string_view>
#include <vector>

#include "query/ast.hpp"
#include "query/lexer.hpp"

namespace innonet::query::detail {

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text), tokens_(tokenize(text)) {}

  Query query();

  // Expressions (parser_expr.cpp).
  ExprPtr expression();

  // Patterns (parser.cpp).
  Pattern pattern();
  PatternPart pattern_part();
  NodePattern node_pattern();
  RelPattern rel_pattern();
  std::vector<std::pair<std::string, ExprPtr>> property_map();

 private:
  // Cursor.
  const Token& peek(std::size_t ahead = 0) const {
    return tokens_[std::min(at_ + ahead, tokens_.size() - 1)];
  }
  const Token& take() { return tokens_[at_ < tokens_.size() - 1 ? at_++ : at_]; }
  bool is_symbol(std::string_view s, std::size_t ahead = 0) const {
    return peek(ahead).kind == TokenKind::symbol && peek(ahead).text == s;
  }
  bool is_keyword(std::string_view k, std::size_t ahead = 0) const;
  bool accept_symbol(std::string_view s);
  bool accept_keyword(std::string_view k);
  void expect_symbol(std::string_view s, std::string_view context = "");
  void expect_keyword(std::string_view k, std::string_view context = "");
  std::string name(std::string_view what);  // an identifier (plain or `quoted`)
  [[noreturn]] void fail(const std::string& expected) const;
  [[noreturn]] void fail_at(SourcePos pos, const std::string& what) const;
  std::string text_since(std::size_t first_token) const;

  // Clauses (parser.cpp).
  Clause match_clause(bool optional);
  Clause unwind_clause();
  Clause projection_clause(ClauseKind kind);
  Clause call_clause();
  Projection projection(ClauseKind kind);

  // Expression levels (parser_expr.cpp).
  ExprPtr or_expr();
  ExprPtr xor_expr();
  ExprPtr and_expr();
  ExprPtr not_expr();
  ExprPtr comparison();
  ExprPtr predicate();
  ExprPtr additive();
  ExprPtr multiplicative();
  ExprPtr power();
  ExprPtr unary();
  ExprPtr postfix();
  ExprPtr atom();
  ExprPtr word_atom();
  ExprPtr list_atom();
  ExprPtr map_atom();
  ExprPtr case_atom();
  ExprPtr exists_subquery();
  ExprPtr try_pattern_predicate();
  ExprPtr function_call(std::string function, SourcePos pos, std::size_t first);
  ExprPtr make(ExprKind kind, SourcePos pos) const;
  ExprPtr binary(Op op, ExprPtr left, ExprPtr right) const;

  std::string_view text_;
  std::vector<Token> tokens_;
  std::size_t at_ = 0;
};

}  // namespace innonet::query::detail
