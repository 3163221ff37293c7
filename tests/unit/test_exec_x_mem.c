/* tests/unit/test_exec_x_mem.c — SVE loads and stores where qemu-aarch64
 * cannot be the oracle: cases qemu 11.1 gets wrong, smesim's own choices,
 * state after a fault (qemu's process dies) and the record.  Expected values
 * are the Arm ARM's pseudocode worked by hand (the instruction's page named
 * beside each).  One instruction runs at a time on a bare CPU over 8 KiB
 * of memory at DATA (two 4 KiB pages; DATA + 8 KiB is unmapped).
 */
#include "tests/unit/harness.h"

#include <stdlib.h>

#include "decode/decode.h"
#include "sim/cpu.h"
#include "sim/exec/exec.h"

#define DATA 0x100000ull

typedef struct rig {
    smesim_mem mem;
    smesim_cpu cpu;
    smesim_rec rec;
} rig;

/* memory byte at DATA + i is (i * 7 + 3) mod 256 */
static uint8_t pat(uint64_t i) { return (uint8_t)(i * 7 + 3); }

static rig *rig_new(unsigned vl_bytes)
{
    rig *r = calloc(1, sizeof *r);
    expect_true(r != NULL);
    smesim_mem_init(&r->mem);
    expect_true(smesim_mem_map(&r->mem, DATA, 8192, SMESIM_MEM_R | SMESIM_MEM_W, "data"));
    uint8_t *p = smesim_mem_ptr(&r->mem, DATA, 8192, 0);
    for (unsigned i = 0; i < 8192; i++) p[i] = pat(i);
    r->cpu.features = ~0ull;
    smesim_cpu_reset(&r->cpu, vl_bytes, vl_bytes, &r->mem);
    return r;
}

static void rig_free(rig *r)
{
    smesim_mem_free(&r->mem);
    free(r);
}

/* runs one instruction word (its text, from llvm-mc-19, beside each call) */
static smesim_status exec1(rig *r, uint32_t word)
{
    smesim_insn in;
    expect_true(smesim_decode(word, &in) >= 0);
    memset(&r->rec, 0, sizeof r->rec);
    return smesim_execute(&r->cpu, &in, &r->rec);
}

static uint8_t *mem(rig *r, uint64_t addr) { return smesim_mem_ptr(&r->mem, addr, 1, 0); }

/* predicate p: element e of 2^esz-byte elements active */
static void pset(rig *r, int p, unsigned esz, unsigned e) { pred_set(r->cpu.p[p], esz, e, 1); }

static void ffr_all(rig *r) { memset(r->cpu.ffr, 0xff, smesim_cpu_vl(&r->cpu) / 8); }

/* LDNF1B (scalar plus immediate), only element 15 of 16 active: MemNF[x0 +
 * 15] is performed (mapped memory), Elem[result, 15] = that byte, the rest
 * Zeros; FFR unchanged.  qemu-aarch64 11.1 returns zero there: sve_ldnfff1_r
 * reads the predicate word at byte 15 / 8 and shifts it by 15, so it tests
 * predicate bit 23. */
TEST(ldnf1b_reads_the_predicate_of_a_high_first_element)
{
    rig *r = rig_new(16);
    ffr_all(r);
    pset(r, 0, 0, 15);
    r->cpu.x[0] = DATA;
    memset(r->cpu.z[0], 0xee, 16);
    expect_eq(exec1(r, 0xa410a000), SMESIM_OK);   /* ldnf1b { z0.b }, p0/z, [x0] */
    for (unsigned e = 0; e < 15; e++) expect_eq(r->cpu.z[0][e], 0);
    expect_eq(r->cpu.z[0][15], pat(15));
    expect_eq(r->cpu.ffr[0], 0xff);
    expect_eq(r->cpu.ffr[1], 0xff);
    rig_free(r);
}

/* LDFF1B (scalar plus scalar), elements 9 and 12 of 16 active: element 9 is
 * the first, read with Mem[]; element 12 with MemNF[] (same page): both
 * loaded, FFR unchanged.  qemu 11.1 loads neither (the same predicate
 * misreading), which the pseudocode never allows for the first element. */
TEST(ldff1b_always_loads_its_first_active_element)
{
    rig *r = rig_new(16);
    ffr_all(r);
    pset(r, 0, 0, 9);
    pset(r, 0, 0, 12);
    r->cpu.x[0] = DATA + 100;
    expect_eq(exec1(r, 0xa41f6000), SMESIM_OK);   /* ldff1b { z0.b }, p0/z, [x0] */
    expect_eq(r->cpu.z[0][9], pat(109));
    expect_eq(r->cpu.z[0][12], pat(112));
    expect_eq(r->cpu.z[0][10], 0);
    expect_eq(r->cpu.ffr[0], 0xff);
    expect_eq(r->cpu.ffr[1], 0xff);
    rig_free(r);
}

/* LDFF1B with the base 4 bytes below a page end and elements 4.. active:
 * element 4 (the first active one, on the next page) is read with Mem[]
 * and so can never clear its FFR bit (fault is FALSE for it); element 5 on
 * is read with MemNF[], which smesim (as qemu) declines off the base's
 * page: FFR is cleared from element 5, those elements zero.  qemu 11.1
 * clears FFR from element 4 as well (sve_ldnfff1_r's second-page path). */
TEST(ldff1b_keeps_the_ffr_bit_of_its_first_element)
{
    rig *r = rig_new(16);
    ffr_all(r);
    for (unsigned e = 4; e < 16; e++) pset(r, 0, 0, e);
    r->cpu.x[0] = DATA + 4096 - 4;
    expect_eq(exec1(r, 0xa41f6000), SMESIM_OK);   /* ldff1b { z0.b }, p0/z, [x0] */
    expect_eq(r->cpu.z[0][4], pat(4096));
    for (unsigned e = 5; e < 16; e++) expect_eq(r->cpu.z[0][e], 0);
    expect_eq(r->cpu.ffr[0], 0x1f);                /* elements 0-4 */
    expect_eq(r->cpu.ffr[1], 0x00);
    rig_free(r);
}

/* LDFF1B from the last 6 bytes before unmapped memory, every element
 * active: elements 0-5 loaded, MemNF[] fails at element 6: FFR[6..15] = 0,
 * those elements zero; no fault. */
TEST(ldff1b_into_unmapped_memory_clears_ffr_instead_of_faulting)
{
    rig *r = rig_new(16);
    ffr_all(r);
    for (unsigned e = 0; e < 16; e++) pset(r, 0, 0, e);
    r->cpu.x[0] = DATA + 8192 - 6;
    expect_eq(exec1(r, 0xa41f6000), SMESIM_OK);   /* ldff1b { z0.b }, p0/z, [x0] */
    for (unsigned e = 0; e < 6; e++) expect_eq(r->cpu.z[0][e], pat(8192 - 6 + e));
    for (unsigned e = 6; e < 16; e++) expect_eq(r->cpu.z[0][e], 0);
    expect_eq(r->cpu.ffr[0], 0x3f);
    expect_eq(r->cpu.ffr[1], 0x00);
    expect_eq(r->rec.active, 6);
    expect_u64(r->rec.addr, DATA + 8192 - 6);
    expect_eq(r->rec.bytes, 6);
    rig_free(r);
}

/* LD1D (scalar plus vector, unpacked 32-bit offsets, UXTW): offset =
 * ZeroExtend(Elem[offs, e, 64]<31:0>): the high half is ignored.
 * z1.d[0] = 0xdeadbeef_00000010 -> address DATA + 0x10. */
TEST(gather_uxtw_ignores_the_high_half_of_64_bit_offsets)
{
    rig *r = rig_new(16);
    pset(r, 0, 3, 0);
    uint64_t off = 0xdeadbeef00000010ull;
    memcpy(r->cpu.z[1], &off, 8);
    r->cpu.x[0] = DATA;
    expect_eq(exec1(r, 0xc5814000), SMESIM_OK);   /* ld1d { z0.d }, p0/z, [x0, z1.d, uxtw] */
    for (unsigned i = 0; i < 8; i++) expect_eq(r->cpu.z[0][i], pat(0x10 + i));
    for (unsigned i = 8; i < 16; i++) expect_eq(r->cpu.z[0][i], 0);
    rig_free(r);
}

/* LD1W (scalar plus vector, 32-bit offsets, SXTW #2): offset =
 * SInt(Elem[offs, e, 32]) << 2; -3 from DATA + 64 -> DATA + 52.  The record
 * keeps the lowest address and the total bytes. */
TEST(gather_sxtw_scaled_takes_negative_offsets)
{
    rig *r = rig_new(16);
    pset(r, 0, 2, 0);
    pset(r, 0, 2, 2);
    uint32_t offs[4] = { 0xfffffffdu, 100, 5, 7 };
    memcpy(r->cpu.z[1], offs, 16);
    r->cpu.x[0] = DATA + 64;
    expect_eq(exec1(r, 0x85614000), SMESIM_OK);   /* ld1w { z0.s }, p0/z, [x0, z1.s, sxtw #2] */
    for (unsigned i = 0; i < 4; i++) expect_eq(r->cpu.z[0][i], pat(52 + i));
    for (unsigned i = 0; i < 4; i++) expect_eq(r->cpu.z[0][8 + i], pat(84 + i));
    for (unsigned i = 4; i < 8; i++) expect_eq(r->cpu.z[0][i], 0);
    expect_u64(r->rec.addr, DATA + 52);
    expect_eq(r->rec.bytes, 8);
    expect_eq(r->rec.active, 2);
    rig_free(r);
}

/* LD1SB (scalar plus immediate) into .d: Extend(Mem[], 64, signed); the
 * byte at DATA + 19 is 19 * 7 + 3 = 136 = 0x88 -> 0xffffffffffffff88. */
TEST(ld1sb_sign_extends_to_doublewords)
{
    rig *r = rig_new(16);
    pset(r, 0, 3, 1);
    r->cpu.x[0] = DATA + 18;
    expect_eq(exec1(r, 0xa580a000), SMESIM_OK);   /* ld1sb { z0.d }, p0/z, [x0] */
    uint64_t v[2];
    memcpy(v, r->cpu.z[0], 16);
    expect_u64(v[0], 0);
    expect_u64(v[1], 0xffffffffffffff88ull);
    rig_free(r);
}

/* LD1B running into unmapped memory: the access of element 8 (DATA +
 * 8 KiB) faults; Z0 keeps its value (the load writes Z[t] only at the end). */
TEST(a_load_that_faults_changes_no_register)
{
    rig *r = rig_new(16);
    for (unsigned e = 0; e < 16; e++) pset(r, 0, 0, e);
    memset(r->cpu.z[0], 0xaa, 16);
    r->cpu.x[0] = DATA + 8192 - 8;
    expect_eq(exec1(r, 0xa400a000), SMESIM_FAULT);   /* ld1b { z0.b }, p0/z, [x0] */
    expect_u64(r->cpu.fault.addr, DATA + 8192);
    for (unsigned e = 0; e < 16; e++) expect_eq(r->cpu.z[0][e], 0xaa);
    rig_free(r);
}

/* ST1B running into unmapped memory: every active element is checked
 * before any byte is written, so the 8 mapped bytes keep their values. */
TEST(a_store_that_faults_writes_nothing)
{
    rig *r = rig_new(16);
    for (unsigned e = 0; e < 16; e++) pset(r, 0, 0, e);
    memset(r->cpu.z[0], 0xaa, 16);
    r->cpu.x[0] = DATA + 8192 - 8;
    expect_eq(exec1(r, 0xe400e000), SMESIM_FAULT);   /* st1b { z0.b }, p0, [x0] */
    expect_u64(r->cpu.fault.addr, DATA + 8192);
    for (unsigned i = 0; i < 8; i++) expect_eq(*mem(r, DATA + 8192 - 8 + i), pat(8192 - 8 + i));
    rig_free(r);
}

/* ST1D (vector plus immediate) with element 1's address unmapped: nothing
 * is written, element 0's target included. */
TEST(a_scatter_that_faults_writes_nothing)
{
    rig *r = rig_new(16);
    pset(r, 0, 3, 0);
    pset(r, 0, 3, 1);
    uint64_t addrs[2] = { DATA + 40, 8 };
    memcpy(r->cpu.z[1], addrs, 16);
    memset(r->cpu.z[0], 0xaa, 16);
    expect_eq(exec1(r, 0xe5c0a020), SMESIM_FAULT);   /* st1d { z0.d }, p0, [z1.d] */
    expect_u64(r->cpu.fault.addr, 8);
    for (unsigned i = 0; i < 8; i++) expect_eq(*mem(r, DATA + 40 + i), pat(40 + i));
    rig_free(r);
}

/* LD1W (contiguous) with elements 1 and 2 of 4 active: the record holds the
 * lowest address touched (x0 + 4) and the extent to the end of the highest
 * active element (8 bytes); inactive elements are zero. */
TEST(a_contiguous_load_records_its_active_range)
{
    rig *r = rig_new(16);
    pset(r, 0, 2, 1);
    pset(r, 0, 2, 2);
    r->cpu.x[0] = DATA + 200;
    expect_eq(exec1(r, 0xa540a000), SMESIM_OK);   /* ld1w { z0.s }, p0/z, [x0] */
    expect_true(r->rec.flags & SMESIM_REC_MEM);
    expect_u64(r->rec.addr, DATA + 204);
    expect_eq(r->rec.bytes, 8);
    expect_eq(r->rec.active, 2);
    for (unsigned i = 0; i < 4; i++) expect_eq(r->cpu.z[0][i], 0);
    for (unsigned i = 4; i < 12; i++) expect_eq(r->cpu.z[0][i], pat(200 + i));
    rig_free(r);
}

/* LD3B (scalar plus immediate) into z30, z31, z0 (the list wraps): element
 * e of register r comes from x0 + 3e + r. */
TEST(ld3b_deinterleaves_into_a_list_that_wraps)
{
    rig *r = rig_new(16);
    for (unsigned e = 0; e < 16; e++) pset(r, 0, 0, e);
    r->cpu.x[0] = DATA + 1000;
    expect_eq(exec1(r, 0xa440e01e), SMESIM_OK);   /* ld3b { z30.b, z31.b, z0.b }, p0/z, [x0] */
    for (unsigned e = 0; e < 16; e++) {
        expect_eq(r->cpu.z[30][e], pat(1000 + 3 * e));
        expect_eq(r->cpu.z[31][e], pat(1000 + 3 * e + 1));
        expect_eq(r->cpu.z[0][e], pat(1000 + 3 * e + 2));
    }
    rig_free(r);
}

RUN_TESTS(T(ldnf1b_reads_the_predicate_of_a_high_first_element),
          T(ldff1b_always_loads_its_first_active_element),
          T(ldff1b_keeps_the_ffr_bit_of_its_first_element),
          T(ldff1b_into_unmapped_memory_clears_ffr_instead_of_faulting),
          T(gather_uxtw_ignores_the_high_half_of_64_bit_offsets),
          T(gather_sxtw_scaled_takes_negative_offsets),
          T(ld1sb_sign_extends_to_doublewords),
          T(a_load_that_faults_changes_no_register),
          T(a_store_that_faults_writes_nothing),
          T(a_scatter_that_faults_writes_nothing),
          T(a_contiguous_load_records_its_active_range),
          T(ld3b_deinterleaves_into_a_list_that_wraps))
