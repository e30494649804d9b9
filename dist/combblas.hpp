#pragma once
// CombBLAS 1.6.2 (Debian's libcombblas-dev), included the one way dist/ does it, because two of
// its header habits clash with innonet:
// - Dcsc::PruneI calls make_tuple unqualified with integer arguments, which no lookup finds
//   unless the name is visible where the template is defined: declared here, before the headers.
// - SequenceHeaps/util.h defines a function-like macro Error(s), which would rewrite
//   innonet::Error wherever it is spelled after the headers: removed after them.
#include <tuple>

namespace combblas {
using std::make_tuple;
}

#include <CombBLAS/CombBLAS.h>

#undef Error
