/* tests/oracle/fp/fp_case.h — the records the FP differential test passes
 * between its host driver (fp_driver.c) and its AArch64 guest (fp_guest.c):
 * one case in (instruction, FPCR, FPMR, operands), one result out.
 */
#ifndef SMESIM_FP_CASE_H
#define SMESIM_FP_CASE_H

#include <stdint.h>

#define FP_MAX_CASES 400000

typedef struct fp_case {
    uint32_t op, fpcr;
    uint64_t fpmr, a, b, c;
} fp_case;

typedef struct fp_result {
    uint64_t r;
    uint32_t fpsr, nzcv;
} fp_result;

#endif
