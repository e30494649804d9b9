// Clauses and patterns; expressions are in parser_expr.cpp.
#include "query/parser.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "query/parser_state.hpp"

namespace innonet::query {
namespace detail {
namespace {

bool same_word(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::toupper(static_cast<unsigned char>(x)) ==
                  std::toupper(static_cast<unsigned char>(y));
         });
}

constexpr const char* kClauseStart = "MATCH, OPTIONAL MATCH, UNWIND, WITH, CALL or RETURN";

}  // namespace

bool Parser::is_keyword(std::string_view k, std::size_t ahead) const {
  return peek(ahead).kind == TokenKind::word && same_word(peek(ahead).text, k);
}

bool Parser::accept_symbol(std::string_view s) {
  if (!is_symbol(s)) return false;
  take();
  return true;
}

bool Parser::accept_keyword(std::string_view k) {
  if (!is_keyword(k)) return false;
  take();
  return true;
}

void Parser::expect_symbol(std::string_view s, std::string_view context) {
  if (!accept_symbol(s))
    fail("'" + std::string(s) + "'" + (context.empty() ? "" : " " + std::string(context)));
}

void Parser::expect_keyword(std::string_view k, std::string_view context) {
  if (!accept_keyword(k))
    fail(std::string(k) + (context.empty() ? "" : " " + std::string(context)));
}

std::string Parser::name(std::string_view what) {
  if (peek().kind != TokenKind::word && peek().kind != TokenKind::quoted_word)
    fail(std::string(what));
  return take().text;
}

void Parser::fail(const std::string& expected) const {
  fail_at(peek().pos, "expected " + expected + ", found " + describe(peek()));
}

void Parser::fail_at(SourcePos pos, const std::string& what) const {
  throw QueryError(text_, pos, what);
}

std::string Parser::text_since(std::size_t first_token) const {
  if (at_ == 0 || first_token >= at_) return "";
  const auto begin = tokens_[first_token].offset;
  const auto& last = tokens_[at_ - 1];
  return std::string(text_.substr(begin, last.offset + last.length - begin));
}

Query Parser::query() {
  Query q;
  if (accept_keyword("EXPLAIN"))
    q.mode = QueryMode::explain;
  else if (accept_keyword("PROFILE"))
    q.mode = QueryMode::profile;
  while (peek().kind != TokenKind::end && !is_symbol(";")) {
    if (!q.clauses.empty() && q.clauses.back().kind == ClauseKind::return_)
      fail("the end of the query after RETURN");
    if (accept_keyword("OPTIONAL")) {
      if (!is_keyword("MATCH")) fail("MATCH after OPTIONAL");
      take();
      q.clauses.push_back(match_clause(true));
    } else if (accept_keyword("MATCH")) {
      q.clauses.push_back(match_clause(false));
    } else if (accept_keyword("UNWIND")) {
      q.clauses.push_back(unwind_clause());
    } else if (accept_keyword("WITH")) {
      q.clauses.push_back(projection_clause(ClauseKind::with));
    } else if (accept_keyword("RETURN")) {
      q.clauses.push_back(projection_clause(ClauseKind::return_));
    } else if (accept_keyword("CALL")) {
      q.clauses.push_back(call_clause());
    } else {
      fail(q.clauses.empty() ? kClauseStart : std::string(kClauseStart));
    }
  }
  accept_symbol(";");
  if (peek().kind != TokenKind::end) fail("the end of the query after ';'");
  if (q.clauses.empty()) fail(kClauseStart);
  const Clause& last = q.clauses.back();
  const bool lone_call = last.kind == ClauseKind::call && q.clauses.size() == 1;
  if (last.kind != ClauseKind::return_ && !lone_call)
    fail_at(peek().pos,
            "expected RETURN at the end of the query (only a lone CALL may end "
            "without one), found " +
                describe(peek()));
  return q;
}

Clause Parser::match_clause(bool optional) {
  Clause c;
  c.kind = ClauseKind::match;
  c.pos = tokens_[at_ - 1].pos;
  c.optional = optional;
  c.pattern = pattern();
  if (accept_keyword("WHERE")) c.where = expression();
  return c;
}

Clause Parser::unwind_clause() {
  Clause c;
  c.kind = ClauseKind::unwind;
  c.pos = tokens_[at_ - 1].pos;
  c.unwind_expr = expression();
  expect_keyword("AS", "after UNWIND's list");
  c.unwind_var = name("a variable name after AS");
  return c;
}

Clause Parser::projection_clause(ClauseKind kind) {
  Clause c;
  c.kind = kind;
  c.pos = tokens_[at_ - 1].pos;
  c.projection = projection(kind);
  if (kind == ClauseKind::with && accept_keyword("WHERE")) c.where = expression();
  return c;
}

Projection Parser::projection(ClauseKind kind) {
  Projection p;
  p.distinct = accept_keyword("DISTINCT");
  if (accept_symbol("*")) {
    p.star = true;
    if (!accept_symbol(",")) goto order;  // NOLINT: the items list is optional after *
  }
  do {
    const std::size_t first = at_;
    ReturnItem item;
    item.expr = expression();
    if (accept_keyword("AS")) {
      item.alias = name("a column name after AS");
    } else {
      item.alias = text_since(first);
      if (kind == ClauseKind::with && item.expr->kind != ExprKind::variable)
        fail_at(item.expr->pos, "expected AS and a name for this WITH expression");
    }
    p.items.push_back(std::move(item));
  } while (accept_symbol(","));
order:
  if (accept_keyword("ORDER")) {
    expect_keyword("BY", "after ORDER");
    do {
      SortItem s;
      s.expr = expression();
      if (accept_keyword("DESC") || accept_keyword("DESCENDING"))
        s.descending = true;
      else if (!accept_keyword("ASC"))
        accept_keyword("ASCENDING");
      p.order.push_back(std::move(s));
    } while (accept_symbol(","));
  }
  if (accept_keyword("SKIP")) p.skip = expression();
  if (accept_keyword("LIMIT")) p.limit = expression();
  return p;
}

Clause Parser::call_clause() {
  Clause c;
  c.kind = ClauseKind::call;
  c.pos = tokens_[at_ - 1].pos;
  c.procedure_pos = peek().pos;
  c.procedure = name("a procedure name such as innonet.pagerank");
  while (accept_symbol(".")) c.procedure += "." + name("the rest of the procedure name");
  expect_symbol("(", "after the procedure name");
  if (!is_symbol(")")) {
    do c.arguments.push_back(expression());
    while (accept_symbol(","));
  }
  expect_symbol(")", "or ',' after the procedure's arguments");
  if (accept_keyword("YIELD")) {
    if (accept_symbol("*")) {
      c.yield_star = true;
    } else {
      do {
        YieldItem y;
        y.pos = peek().pos;
        y.column = name("a column name after YIELD");
        y.alias = accept_keyword("AS") ? name("a variable name after AS") : y.column;
        c.yields.push_back(std::move(y));
      } while (accept_symbol(","));
    }
    if (accept_keyword("WHERE")) c.where = expression();
  } else {
    c.yield_star = true;
  }
  return c;
}

Pattern Parser::pattern() {
  Pattern p;
  do p.parts.push_back(pattern_part());
  while (accept_symbol(","));
  return p;
}

PatternPart Parser::pattern_part() {
  PatternPart part;
  if ((peek().kind == TokenKind::word || peek().kind == TokenKind::quoted_word) &&
      is_symbol("=", 1)) {
    part.path_var = take().text;
    take();
  }
  if (!is_symbol("(")) fail("'(' to start a node pattern");
  part.nodes.push_back(node_pattern());
  while (is_symbol("-") || is_symbol("<-")) {
    part.rels.push_back(rel_pattern());
    if (!is_symbol("(")) fail("'(' to start the node pattern after a relationship");
    part.nodes.push_back(node_pattern());
  }
  return part;
}

NodePattern Parser::node_pattern() {
  NodePattern n;
  n.pos = peek().pos;
  expect_symbol("(");
  if (peek().kind == TokenKind::word || peek().kind == TokenKind::quoted_word) n.var = take().text;
  if (accept_symbol(":")) {
    n.labels.push_back(name("a label (node type) after ':'"));
    while (accept_symbol("|")) {
      accept_symbol(":");
      n.labels.push_back(name("a label after '|'"));
    }
    if (is_symbol(":"))
      fail_at(peek().pos, "a node has one type: write :a|b for a node of either type");
  }
  if (is_symbol("{")) n.properties = property_map();
  expect_symbol(")", n.labels.empty() && n.var.empty() ? "or a variable, label or properties"
                                                       : "or a property map to close the node");
  return n;
}

RelPattern Parser::rel_pattern() {
  RelPattern r;
  r.pos = peek().pos;
  const bool left = accept_symbol("<-");
  if (!left) expect_symbol("-");
  if (accept_symbol("[")) {
    if (peek().kind == TokenKind::word || peek().kind == TokenKind::quoted_word)
      r.var = take().text;
    if (accept_symbol(":")) {
      r.types.push_back(name("a relationship type (edge kind) after ':'"));
      while (accept_symbol("|")) {
        accept_symbol(":");
        r.types.push_back(name("a relationship type after '|'"));
      }
    }
    if (accept_symbol("*")) {
      r.variable_length = true;
      r.min_hops = 1;
      r.max_hops = -1;
      const auto bound = [&]() -> std::optional<std::int32_t> {
        if (peek().kind != TokenKind::integer) return std::nullopt;
        return std::int32_t(std::min<long long>(std::stoll(take().text), 1 << 20));
      };
      const auto low = bound();
      if (accept_symbol("..")) {
        const auto high = bound();
        r.min_hops = low.value_or(1);
        r.max_hops = high.value_or(-1);
      } else if (low) {
        r.min_hops = r.max_hops = *low;
      }
      if (r.max_hops >= 0 && r.max_hops < r.min_hops)
        fail_at(r.pos, "the upper bound of a variable-length relationship is below its lower");
    }
    if (is_symbol("{")) r.properties = property_map();
    expect_symbol("]", "to close the relationship");
  }
  const bool right = accept_symbol("->");
  if (!right) expect_symbol("-", "or '->' to end the relationship");
  if (left && right)
    r.direction = Direction::both;
  else
    r.direction = left ? Direction::in : (right ? Direction::out : Direction::both);
  return r;
}

std::vector<std::pair<std::string, ExprPtr>> Parser::property_map() {
  std::vector<std::pair<std::string, ExprPtr>> props;
  expect_symbol("{");
  if (!is_symbol("}")) {
    do {
      std::string key = name("a property name");
      expect_symbol(":", "after the property name");
      props.emplace_back(std::move(key), expression());
    } while (accept_symbol(","));
  }
  expect_symbol("}", "or ',' in the property map");
  return props;
}

}  // namespace detail

Query parse_query(std::string_view text) { return detail::Parser(text).query(); }

}  // namespace innonet::query
