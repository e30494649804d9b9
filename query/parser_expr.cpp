// Expressions, by precedence from OR (lowest) to property access and atoms (highest).
#include <algorithm>
#include <array>
#include <cctype>

#include "query/parser_state.hpp"

namespace innonet::query::detail {
namespace {

// Words that end or continue an expression: never read as a variable.
constexpr std::array<std::string_view, 31> kReserved = {
    "AND",      "OR",       "XOR",  "NOT",   "AS",       "WHERE",     "RETURN",    "WITH",
    "MATCH",    "ORDER",    "BY",   "SKIP",  "LIMIT",    "IN",        "STARTS",    "ENDS",
    "CONTAINS", "IS",       "THEN", "ELSE",  "END",      "WHEN",      "ASC",       "DESC",
    "UNWIND",   "OPTIONAL", "CALL", "YIELD", "DISTINCT", "ASCENDING", "DESCENDING"};

bool reserved(const Token& t) {
  if (t.kind != TokenKind::word) return false;
  std::string upper = t.text;
  for (auto& c : upper) c = char(std::toupper(static_cast<unsigned char>(c)));
  return std::find(kReserved.begin(), kReserved.end(), upper) != kReserved.end();
}

}  // namespace

ExprPtr Parser::make(ExprKind kind, SourcePos pos) const {
  auto e = std::make_shared<Expr>();
  e->kind = kind;
  e->pos = pos;
  return e;
}

ExprPtr Parser::binary(Op op, ExprPtr left, ExprPtr right) const {
  auto e = make(ExprKind::binary, left->pos);
  e->op = op;
  e->args = {std::move(left), std::move(right)};
  return e;
}

ExprPtr Parser::expression() {
  const std::size_t first = at_;
  auto e = or_expr();
  e->text = text_since(first);
  return e;
}

ExprPtr Parser::or_expr() {
  auto e = xor_expr();
  while (accept_keyword("OR")) e = binary(Op::or_, e, xor_expr());
  return e;
}

ExprPtr Parser::xor_expr() {
  auto e = and_expr();
  while (accept_keyword("XOR")) e = binary(Op::xor_, e, and_expr());
  return e;
}

ExprPtr Parser::and_expr() {
  auto e = not_expr();
  while (accept_keyword("AND")) e = binary(Op::and_, e, not_expr());
  return e;
}

ExprPtr Parser::not_expr() {
  if (is_keyword("NOT")) {
    auto e = make(ExprKind::unary, take().pos);
    e->op = Op::not_;
    e->args = {not_expr()};
    return e;
  }
  return comparison();
}

ExprPtr Parser::comparison() {
  auto e = predicate();
  while (peek().kind == TokenKind::symbol) {
    const std::string& s = peek().text;
    const Op op = s == "="                 ? Op::eq
                  : s == "<>" || s == "!=" ? Op::ne
                  : s == "<"               ? Op::lt
                  : s == "<="              ? Op::le
                  : s == ">"               ? Op::gt
                  : s == ">="              ? Op::ge
                  : s == "=~"              ? Op::regex
                                           : Op::none;
    if (op == Op::none) break;
    take();
    e = binary(op, e, predicate());
  }
  return e;
}

ExprPtr Parser::predicate() {
  auto e = additive();
  while (true) {
    if (accept_keyword("IN")) {
      e = binary(Op::in, e, additive());
    } else if (accept_keyword("STARTS")) {
      expect_keyword("WITH", "after STARTS");
      e = binary(Op::starts_with, e, additive());
    } else if (accept_keyword("ENDS")) {
      expect_keyword("WITH", "after ENDS");
      e = binary(Op::ends_with, e, additive());
    } else if (accept_keyword("CONTAINS")) {
      e = binary(Op::contains, e, additive());
    } else if (is_keyword("IS")) {
      auto u = make(ExprKind::unary, take().pos);
      u->op = accept_keyword("NOT") ? Op::is_not_null : Op::is_null;
      expect_keyword("NULL", u->op == Op::is_null ? "or NOT NULL after IS" : "after IS NOT");
      u->args = {e};
      e = u;
    } else {
      return e;
    }
  }
}

ExprPtr Parser::additive() {
  auto e = multiplicative();
  while (is_symbol("+") || is_symbol("-")) {
    const Op op = take().text == "+" ? Op::add : Op::sub;
    e = binary(op, e, multiplicative());
  }
  return e;
}

ExprPtr Parser::multiplicative() {
  auto e = power();
  while (is_symbol("*") || is_symbol("/") || is_symbol("%")) {
    const std::string s = take().text;
    e = binary(s == "*" ? Op::mul : (s == "/" ? Op::div : Op::mod), e, power());
  }
  return e;
}

ExprPtr Parser::power() {
  auto e = unary();
  while (accept_symbol("^")) e = binary(Op::pow, e, unary());
  return e;
}

ExprPtr Parser::unary() {
  if (is_symbol("-") || is_symbol("+")) {
    auto e = make(ExprKind::unary, peek().pos);
    e->op = take().text == "-" ? Op::neg : Op::pos;
    e->args = {unary()};
    return e;
  }
  return postfix();
}

ExprPtr Parser::postfix() {
  auto e = atom();
  while (true) {
    if (accept_symbol(".")) {
      auto p = make(ExprKind::property, tokens_[at_ - 1].pos);
      p->name = name("a property name after '.'");
      p->args = {e};
      e = p;
    } else if (is_symbol("[")) {
      auto i = make(ExprKind::index, take().pos);
      i->args = {e, expression()};
      expect_symbol("]", "to close the index");
      e = i;
    } else {
      return e;
    }
  }
}

ExprPtr Parser::atom() {
  const Token& t = peek();
  switch (t.kind) {
    case TokenKind::integer: {
      auto e = make(ExprKind::literal, t.pos);
      try {
        e->value = Value(std::int64_t(std::stoll(t.text)));
      } catch (const std::out_of_range&) {
        fail_at(t.pos, "integer " + t.text + " does not fit in 64 bits");
      }
      take();
      return e;
    }
    case TokenKind::floating: {
      auto e = make(ExprKind::literal, t.pos);
      e->value = Value(std::stod(take().text));
      return e;
    }
    case TokenKind::string: {
      auto e = make(ExprKind::literal, t.pos);
      e->value = Value(take().text);
      return e;
    }
    case TokenKind::parameter: {
      auto e = make(ExprKind::parameter, t.pos);
      e->name = take().text;
      return e;
    }
    case TokenKind::word:
    case TokenKind::quoted_word: return word_atom();
    default: break;
  }
  if (is_symbol("[")) return list_atom();
  if (is_symbol("{")) return map_atom();
  if (is_symbol("(")) {
    if (auto p = try_pattern_predicate()) return p;
    take();
    auto e = expression();
    expect_symbol(")", "to close the parenthesis");
    return e;
  }
  fail("an expression");
}

ExprPtr Parser::word_atom() {
  const Token& t = peek();
  const SourcePos pos = t.pos;
  const std::size_t first = at_;
  if (t.kind == TokenKind::word) {
    if (is_keyword("true") || is_keyword("false")) {
      auto e = make(ExprKind::literal, pos);
      e->value = Value(is_keyword("true"));
      take();
      return e;
    }
    if (is_keyword("null")) {
      take();
      return make(ExprKind::literal, pos);
    }
    if (is_keyword("CASE")) return case_atom();
    if (is_keyword("EXISTS") && is_symbol("{", 1)) return exists_subquery();
    if (reserved(t)) fail("an expression");
  }
  std::string word = take().text;
  if (t.kind == TokenKind::word && is_symbol("("))
    return function_call(std::move(word), pos, first);
  // A namespaced function such as innonet.x(...) is not supported; a.b stays property access.
  auto e = make(ExprKind::variable, pos);
  e->name = std::move(word);
  return e;
}

ExprPtr Parser::function_call(std::string function, SourcePos pos, std::size_t first) {
  auto e = make(ExprKind::function, pos);
  for (auto& c : function) c = char(std::tolower(static_cast<unsigned char>(c)));
  e->name = std::move(function);
  expect_symbol("(");
  if (e->name == "count" && accept_symbol("*")) {
    e->star = true;
  } else if (!is_symbol(")")) {
    e->distinct = accept_keyword("DISTINCT");
    do e->args.push_back(expression());
    while (accept_symbol(","));
  }
  expect_symbol(")", "or ',' after the function's arguments");
  e->text = text_since(first);
  return e;
}

ExprPtr Parser::list_atom() {
  auto e = make(ExprKind::list, take().pos);
  // [x IN list WHERE p | f(x)]
  if ((peek().kind == TokenKind::word || peek().kind == TokenKind::quoted_word) &&
      is_keyword("IN", 1)) {
    e->kind = ExprKind::comprehension;
    e->name = take().text;
    take();
    e->args = {expression(), nullptr, nullptr};
    if (accept_keyword("WHERE")) e->args[1] = expression();
    if (accept_symbol("|")) e->args[2] = expression();
    expect_symbol("]", "to close the list comprehension");
    return e;
  }
  if (!is_symbol("]")) {
    do e->args.push_back(expression());
    while (accept_symbol(","));
  }
  expect_symbol("]", "or ',' in the list");
  return e;
}

ExprPtr Parser::map_atom() {
  auto e = make(ExprKind::map, peek().pos);
  for (auto& [key, value] : property_map()) {
    e->keys.push_back(key);
    e->args.push_back(value);
  }
  return e;
}

ExprPtr Parser::case_atom() {
  auto e = make(ExprKind::case_, take().pos);
  if (!is_keyword("WHEN")) {
    e->has_subject = true;
    e->args.push_back(expression());
  }
  if (!is_keyword("WHEN")) fail("WHEN in CASE");
  while (accept_keyword("WHEN")) {
    e->args.push_back(expression());
    expect_keyword("THEN", "after CASE ... WHEN's condition");
    e->args.push_back(expression());
  }
  if (accept_keyword("ELSE")) {
    e->has_else = true;
    e->args.push_back(expression());
  }
  expect_keyword("END", "to close CASE (or another WHEN, or ELSE)");
  return e;
}

ExprPtr Parser::exists_subquery() {
  auto e = make(ExprKind::pattern, take().pos);
  expect_symbol("{");
  accept_keyword("MATCH");
  e->pattern = std::make_shared<Pattern>(pattern());
  if (accept_keyword("WHERE")) e->pattern_where = expression();
  expect_symbol("}", "to close exists { ... }");
  return e;
}

// A pattern used as a predicate, e.g. WHERE NOT (a)-[:flying_enclave]-(b). Tried first at
// every '(' and abandoned (the cursor restored) unless a node is followed by a relationship.
ExprPtr Parser::try_pattern_predicate() {
  const std::size_t start = at_;
  try {
    node_pattern();
  } catch (const QueryError&) {
    at_ = start;
    return nullptr;
  }
  const bool relationship =
      is_symbol("<-") ||
      (is_symbol("-") && (is_symbol("[", 1) || is_symbol("-", 1) || is_symbol("->", 1)));
  at_ = start;
  if (!relationship) return nullptr;
  auto e = make(ExprKind::pattern, peek().pos);
  e->pattern = std::make_shared<Pattern>();
  e->pattern->parts.push_back(pattern_part());
  return e;
}

}  // namespace innonet::query::detail
