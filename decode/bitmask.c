/* decode/bitmask.c — the logical immediates of base A64 (AND/ORR/EOR/TST
 * immediate) and SVE (AND/ORR/EOR/DUPM): the Arm ARM's DecodeBitMasks over
 * the 13 bits N:immr:imms, and its inverse for the assembler.  Pattern files
 * call these from let= and set=.
 */
#include "decode/decode_impl.h"

/* DecodeBitMasks' element size in bits: 2^HighestSetBit(N:NOT(imms)),
 * 0 when the encoding is reserved (len < 1, or S all ones) */
static unsigned esize_bits(int64_t imm13)
{
    unsigned n = (unsigned)(imm13 >> 12) & 1, imms = (unsigned)imm13 & 63;
    unsigned x = (n << 6) | (~imms & 63);
    if (!x) return 0;
    int len = 31 - __builtin_clz(x);
    if (len < 1) return 0;
    unsigned levels = (1u << len) - 1;
    if ((imms & levels) == levels) return 0;
    return 1u << len;
}

int smesim_bitmask_esize(int64_t imm13)
{
    return (int)esize_bits(imm13);
}

int64_t smesim_bitmask_value(int64_t imm13, int regbits)
{
    unsigned esize = esize_bits(imm13);
    if (!esize || (regbits == 32 && ((imm13 >> 12) & 1))) return 0;
    unsigned levels = esize - 1;
    unsigned s = (unsigned)imm13 & levels, r = (unsigned)(imm13 >> 6) & levels;
    uint64_t welem = s + 1 >= 64 ? ~0ull : (((uint64_t)1 << (s + 1)) - 1);
    uint64_t emask = esize >= 64 ? ~0ull : (((uint64_t)1 << esize) - 1);
    if (r) welem = ((welem >> r) | (welem << (esize - r))) & emask;   /* ROR */
    uint64_t out = 0;
    for (unsigned i = 0; i < 64; i += esize) out |= welem << i;
    if (regbits < 64) out &= ((uint64_t)1 << regbits) - 1;
    return (int64_t)out;
}

int64_t smesim_bitmask_encode(int64_t value, int regbits)
{
    uint64_t want = (uint64_t)value;
    if (regbits < 64) want &= ((uint64_t)1 << regbits) - 1;
    for (int64_t imm13 = 0; imm13 < (1 << 13); imm13++) {
        if (regbits == 32 && ((imm13 >> 12) & 1)) continue;
        if (!esize_bits(imm13)) continue;
        if ((uint64_t)smesim_bitmask_value(imm13, regbits) == want) return imm13;
    }
    return -1;
}
