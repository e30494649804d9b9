#pragma once
// Asks for the cache line holding *p ahead of its use. Not __builtin_prefetch: GCC 12 at -O1 and
// above silently deletes that call in some shapes, among them a prefetch whose address needs a
// load (targets + offsets[v]) inside an inlined member function. The k-core peel's row prefetches
// were all gone from the binary that way. An asm statement is never deleted; a prefetch does not
// fault, so any address may be given.
namespace innonet {

inline void prefetch(const void* p) {
#if defined(__x86_64__) || defined(__i386__)
  asm volatile("prefetcht0 %0" : : "m"(*static_cast<const char*>(p)));
#else
  __builtin_prefetch(p);
#endif
}

}  // namespace innonet
