/* tests/unit/harness.h — the small wrapper every cmocka test goes through,
 * so that a test reads as a sentence:
 *
 *     TEST(fmopa_accumulates_one_outer_product) { ... expect_eq(a, b); }
 *     RUN_TESTS(T(fmopa_accumulates_one_outer_product), ...)
 *
 * Expected values in tests name their source (llvm-mc-19, qemu-aarch64, or
 * the Arm ARM pseudocode worked by hand) in a comment beside them.
 */
#ifndef SMESIM_TEST_HARNESS_H
#define SMESIM_TEST_HARNESS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#define TEST(name) static void name(void **cmocka_state_ __attribute__((unused)))
#define T(name) cmocka_unit_test(name)
#define RUN_TESTS(...)                                                    \
    int main(void)                                                        \
    {                                                                     \
        const struct CMUnitTest tests_[] = { __VA_ARGS__ };               \
        return cmocka_run_group_tests(tests_, NULL, NULL);                \
    }

#define expect_eq(a, b) assert_int_equal((a), (b))
#define expect_ne(a, b) assert_int_not_equal((a), (b))
#define expect_true(x) assert_true(x)
#define expect_false(x) assert_false(x)
#define expect_str(a, b) assert_string_equal((a), (b))
#define expect_mem(a, b, n) assert_memory_equal((a), (b), (n))
#define expect_u64(a, b) assert_true((uint64_t)(a) == (uint64_t)(b))

#endif
