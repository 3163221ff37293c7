/* tests/programs/c/atomics.c — C11 atomics and fences: exclusives
 * (LDAXR/STLXR), or with -march=armv9-a the LSE atomics (LDADDAL, CASAL,
 * SWPAL, LDSETL ...), LDAR/STLR/LDAPR, DMB.  Compiled, not run:
 * tests/oracle/llvm_objdump.py disassembles its words. */
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

int a_fetch_add(atomic_int *p, int v) { return atomic_fetch_add(p, v); }
long a_fetch_sub_relaxed(atomic_long *p) { return atomic_fetch_sub_explicit(p, 1, memory_order_relaxed); }
unsigned a_fetch_or(atomic_uint *p, unsigned v) { return atomic_fetch_or_explicit(p, v, memory_order_release); }
unsigned a_fetch_and(atomic_uint *p, unsigned v) { return atomic_fetch_and_explicit(p, v, memory_order_acquire); }
uint8_t a_fetch_xor8(_Atomic uint8_t *p, uint8_t v) { return atomic_fetch_xor(p, v); }
int16_t a_xchg16(_Atomic int16_t *p, int16_t v) { return atomic_exchange(p, v); }
bool a_cas(atomic_long *p, long *expect, long v) { return atomic_compare_exchange_strong(p, expect, v); }
bool a_cas_weak(atomic_int *p, int *expect, int v)
{ return atomic_compare_exchange_weak_explicit(p, expect, v, memory_order_acq_rel, memory_order_acquire); }
int a_load_acq(atomic_int *p) { return atomic_load_explicit(p, memory_order_acquire); }
long a_load_seq(atomic_long *p) { return atomic_load(p); }
void a_store_rel(atomic_int *p, int v) { atomic_store_explicit(p, v, memory_order_release); }
void a_store_seq(_Atomic uint8_t *p, uint8_t v) { atomic_store(p, v); }
void a_fence(void) { atomic_thread_fence(memory_order_seq_cst); }
void a_fence_acq(void) { atomic_thread_fence(memory_order_acquire); }
int a_spin(atomic_flag *f) { while (atomic_flag_test_and_set(f)) { } atomic_flag_clear(f); return 1; }
long a_max(atomic_long *p, long v)
{
    long old = atomic_load_explicit(p, memory_order_relaxed);
    while (old < v && !atomic_compare_exchange_weak(p, &old, v)) { }
    return old;
}
int a_sync_add(int *p) { return __sync_fetch_and_add(p, 5); }
bool a_sync_cas(long *p, long o, long n) { return __sync_bool_compare_and_swap(p, o, n); }
__int128 a_load128(_Atomic __int128 *p) { return atomic_load_explicit(p, memory_order_relaxed); }
