// What a library user must NOT get from innonet's targets, checked at compile time in the
// consumer's build: the repository's own include path (tools/, tests/ are not a library's API),
// its -march, and (installed package only) its detail headers, which are not installed.
#include <innonet/innonet.hpp>

#if __has_include("tools/graph_source.hpp") || __has_include("tests/support/fixtures.hpp")
#error "innonet's repository root is on the consumer's include path"
#endif
// This project passes no -march, so SSE4.2 on x86-64 could only come from innonet's targets.
#if defined(__x86_64__) && defined(__SSE4_2__)
#error "innonet passed its -march to the consumer"
#endif
#if defined(CONSUMER_INSTALLED) && __has_include(<innonet/io/json_cursor.hpp>)
#error "a detail header was installed"
#endif
