/* tests/programs/isa_probe.s - a differential probe of every instruction
 * smesim implements: it runs them on varied operands and writes what they
 * produce (raw bytes) to standard output, so that any difference in
 * semantics between smesim and the oracle (qemu-aarch64 7.2) shows up as a
 * difference in the bytes.  tests/oracle/qemu_kernel.sh runs it under both
 * at SVL 128 .. 2048 and compares the outputs with cmp.
 *
 * Output: a sequence of records, appended to the buffer `out` at x28 and
 * written out (write(1, ...)) at the end of each section:
 *   - an 8-byte marker before each section N (0x5ecN) and subsection N.M
 *     (0x5eNM), to find the place of a first differing byte;
 *   - 8-byte X register values (str xN, [x28], #8);
 *   - 16-byte flag records (put_flags): one byte 0/1 per condition
 *     eq ne hs lo mi pl vs vc hi ls ge lt gt le, then two zero bytes;
 *   - whole Z registers (st1w under an all-true predicate, SVL/8 bytes);
 *   - predicates (put_p0): the raw bits of P0, one byte (0 or 1) per bit,
 *     SVL/8 bytes (made by a merging MOVA of a vector of ones into a zeroed
 *     ZA byte row, governed by P0);
 *   - the whole ZA array (put_za): (SVL/8)^2 bytes, array row 0 first.
 * The length depends on SVL.  Nothing depends on where the program is
 * loaded: addresses are only written as differences between two addresses.
 *
 * Sections:
 *   1 base: adds/subs/cmp/cmn/neg/negs flags at the carry and overflow
 *     edges; mov/movz/movn/movk; orr; lsl/lsr; ubfx/ubfiz/ubfm/uxtb/uxth;
 *     madd/msub/mul/mneg; branches (b.cond, cbz/cbnz, bl/blr/br/ret);
 *     adr/adrp; ldr/str/ldrb/strb/ldrh/strh/ldp/stp in every addressing form
 *     (some at unaligned addresses, some with sp as the base).
 *   2 SVCR: smstart/smstop (all forms), msr/mrs SVCR; Z and P zeroed when
 *     PSTATE.SM changes, kept when it does not; ZA zeroed when enabled and
 *     kept across smstop sm; rdsvl/addsvl outside streaming mode.
 *   3 predicates and counts (streaming): ptrue every pattern at every size;
 *     ptrues flags; whilelt/le/lo/ls with X and W operands at the edges,
 *     and their flags; cnt/inc/dec with patterns and multipliers;
 *     addvl/addpl/addsvl/addspl/rdsvl with negative immediates.
 *   4 vectors: mov (dup immediate) at every size with lsl #8 and negative
 *     values; fmov immediates; ld1w/st1w .s and .d with inactive elements,
 *     mul vl offsets and register offsets.
 *   5 ZA: zero with several masks; ld1w/st1w to horizontal and vertical
 *     slices, offsets, w12..w15, slice index wrap-around; mova in both
 *     directions at every size b/h/s/d/q, horizontal and vertical, merging
 *     under partial predicates.
 *   6 fmopa/fmops: partial predicates, signed zeros, infinities, NaNs
 *     (ZA-targeting FP arithmetic uses the default NaN), overflow,
 *     subnormals, accumulation.
 *
 * Global registers:  x27 = &out (start of the output buffer),
 *   x28 = output cursor, x20 = &tab (1024 words, filled at start),
 *   x21 = &fsp (320 fp32 special values, filled at start),
 *   x22 = &scratch + 1024 (the middle of 2 KiB for the load/store tests).
 * Helpers (at the end) clobber x0-x2, x7, x8, w15 and z29 only, except
 * flush (below).  In streaming sections p7 = ptrue .b and p6 = ptrue .s.
 *
 * Only instructions smesim implements are used, spelled as LLVM 19 prints
 * them, so that llvm-mc and smesim's assembler both accept this file.
 */

    .text
    .global _start
_start:
    adrp    x27, out
    add     x27, x27, :lo12:out
    mov     x28, x27
    adrp    x20, tab
    add     x20, x20, :lo12:tab
    adrp    x21, fsp
    add     x21, x21, :lo12:fsp
    adrp    x22, scratch
    add     x22, x22, :lo12:scratch
    add     x22, x22, #1024        // the middle of the 2 KiB scratch area

    // tab[i] = (i << 16) | ((i * 0x9e37) & 0xffff), i = 0 .. 1023
    mov     x0, #0
    mov     x3, #0x9e37
tab_fill:
    lsl     x2, x0, #16
    mul     x4, x0, x3
    uxth    w4, w4
    orr     x2, x2, x4
    str     w2, [x20, x0, lsl #2]
    add     x0, x0, #1
    cmp     x0, #1024
    b.lo    tab_fill

    // fsp[i] = specials[i mod 23], i = 0 .. 319 (23 is prime: every window differs)
    adrp    x1, specials
    add     x1, x1, :lo12:specials
    mov     x0, #0                 // i
    mov     x2, #0                 // i mod 23
fsp_fill:
    ldr     w4, [x1, x2, lsl #2]
    str     w4, [x21, x0, lsl #2]
    add     x2, x2, #1
    cmp     x2, #23
    b.ne    fsp_fill_keep
    mov     x2, #0
fsp_fill_keep:
    add     x0, x0, #1
    cmp     x0, #320
    b.lo    fsp_fill

/* ====================================================================
 * Section 1: base instructions (non-streaming)
 * ==================================================================== */
    mov     x0, #0x5ec1
    str     x0, [x28], #8
    ldr     x0, [sp]               // argc (the test passes one argument: 2)
    str     x0, [x28], #8

    // ---- 1.1 adds/subs (register) and their flags, 64 and 32 bits
    mov     x0, #0x5e11
    str     x0, [x28], #8
    mov     x1, #0x7fffffffffffffff
    mov     x2, #1
    adds    x0, x1, x2             // signed overflow: N V
    str     x0, [x28], #8
    bl      put_flags
    mov     x1, #-1
    adds    x0, x1, x2             // carry out, zero: Z C
    str     x0, [x28], #8
    bl      put_flags
    mov     x1, #0x8000000000000000
    adds    x0, x1, x1             // C V Z
    str     x0, [x28], #8
    bl      put_flags
    mov     x1, #-1
    adds    x0, x1, x1             // N C
    str     x0, [x28], #8
    bl      put_flags
    mov     x1, #0
    adds    x0, x1, x1             // Z
    str     x0, [x28], #8
    bl      put_flags
    mov     x1, #0
    subs    x0, x1, x2             // 0 - 1: N, borrow (C = 0)
    str     x0, [x28], #8
    bl      put_flags
    mov     x1, #5
    mov     x3, #5
    subs    x0, x1, x3             // Z C
    str     x0, [x28], #8
    bl      put_flags
    mov     x1, #0x8000000000000000
    subs    x0, x1, x2             // INT64_MIN - 1: V C
    str     x0, [x28], #8
    bl      put_flags
    mov     x1, #1
    mov     x3, #0x8000000000000000
    subs    x0, x1, x3             // 1 - INT64_MIN: N V
    str     x0, [x28], #8
    bl      put_flags
    mov     w1, #0x7fffffff
    mov     w2, #1
    adds    w0, w1, w2             // N V (32-bit)
    str     x0, [x28], #8
    bl      put_flags
    mov     w1, #-1
    adds    w0, w1, w2             // Z C (32-bit), upper half of x0 zero
    str     x0, [x28], #8
    bl      put_flags
    movz    x1, #0xffff, lsl #32   // x1 = 0xffffffff00000000
    movk    x1, #0xffff, lsl #48
    movz    x2, #0x1   // x2 = 0x100000001
    movk    x2, #0x1, lsl #32
    adds    w0, w1, w2             // only the low halves count: 0 + 1
    str     x0, [x28], #8
    bl      put_flags
    mov     w1, #0
    mov     w2, #1
    subs    w0, w1, w2             // N (32-bit), borrow
    str     x0, [x28], #8
    bl      put_flags
    mov     w1, #0x80000000
    subs    w0, w1, w2             // V C (32-bit)
    str     x0, [x28], #8
    bl      put_flags

    // ---- 1.2 shifted register forms
    mov     x0, #0x5e12
    str     x0, [x28], #8
    movz    x1, #0xcdef   // x1 = 0x0123456789abcdef
    movk    x1, #0x89ab, lsl #16
    movk    x1, #0x4567, lsl #32
    movk    x1, #0x123, lsl #48
    movk    x1, #0xfedc, lsl #48
    movz    x2, #0x1   // x2 = 0xf000000000000001
    movk    x2, #0xf000, lsl #48
    adds    x0, x1, x2, lsr #63
    str     x0, [x28], #8
    bl      put_flags
    adds    x0, x1, x2, asr #63
    str     x0, [x28], #8
    bl      put_flags
    adds    x0, x1, x2, lsl #4
    str     x0, [x28], #8
    bl      put_flags
    add     x0, x1, x2, lsl #63
    str     x0, [x28], #8
    sub     x0, x1, x2, asr #3
    str     x0, [x28], #8
    subs    x0, x2, x1, lsr #1
    str     x0, [x28], #8
    bl      put_flags
    subs    w0, w1, w2, asr #31
    str     x0, [x28], #8
    bl      put_flags
    add     w0, w1, w2, lsl #31
    str     x0, [x28], #8
    sub     w0, w1, w2, lsr #4
    str     x0, [x28], #8
    adds    w0, w2, w1, lsl #8
    str     x0, [x28], #8
    bl      put_flags

    // ---- 1.3 immediates, cmp/cmn, neg/negs
    mov     x0, #0x5e13
    str     x0, [x28], #8
    mov     x1, #-4095
    adds    x0, x1, #4095          // Z C
    str     x0, [x28], #8
    bl      put_flags
    adds    x0, x1, #1, lsl #12    // 1
    str     x0, [x28], #8
    bl      put_flags
    movz    w1, #0xf000            // w1 = 0x7ffff000
    movk    w1, #0x7fff, lsl #16
    adds    w0, w1, #1, lsl #12    // N V
    str     x0, [x28], #8
    bl      put_flags
    subs    w0, w1, #4095, lsl #12
    str     x0, [x28], #8
    bl      put_flags
    subs    x0, x1, #4095
    str     x0, [x28], #8
    bl      put_flags
    add     x0, x1, #4095, lsl #12
    str     x0, [x28], #8
    sub     w0, w1, #1
    str     x0, [x28], #8
    add     w0, w1, #0x800, lsl #12
    str     x0, [x28], #8
    mov     x1, #0
    cmp     x1, #0                 // Z C
    bl      put_flags
    cmp     x1, #1                 // N
    bl      put_flags
    mov     w1, #-1
    cmn     w1, #1                 // Z C
    bl      put_flags
    cmp     w1, #4095, lsl #12     // -1 - 0xfff000: N C
    bl      put_flags
    mov     x1, #0x7fffffffffffffff
    cmn     x1, #1                 // N V
    bl      put_flags
    mov     x2, #0x4000000000000000
    cmp     x1, x2, lsl #1         // 0x7fff.. - 0x8000..: N V
    bl      put_flags
    cmn     x1, x2, asr #1
    bl      put_flags
    mov     w2, #0x80000000
    cmp     w1, w2                 // -1 - INT32_MIN = INT32_MAX: C
    bl      put_flags
    cmn     w2, w2                 // Z C V
    bl      put_flags
    mov     x1, #0
    negs    x0, x1                 // 0: Z C
    str     x0, [x28], #8
    bl      put_flags
    mov     x1, #0x8000000000000000
    negs    x0, x1                 // N V
    str     x0, [x28], #8
    bl      put_flags
    mov     x1, #7
    negs    x0, x1                 // N
    str     x0, [x28], #8
    bl      put_flags
    mov     w1, #0x80000000
    negs    w0, w1                 // N V (32-bit)
    str     x0, [x28], #8
    bl      put_flags
    neg     x0, x1, lsl #1
    str     x0, [x28], #8
    movz    x1, #0x6789   // x1 = 0x123456789
    movk    x1, #0x2345, lsl #16
    movk    x1, #0x1, lsl #32
    neg     w0, w1, asr #2
    str     x0, [x28], #8
    neg     x0, x1, lsr #3
    str     x0, [x28], #8

    // ---- 1.4 moves
    mov     x0, #0x5e14
    str     x0, [x28], #8
    movz    x0, #0xbeef, lsl #48
    str     x0, [x28], #8
    movn    x0, #0x1234, lsl #16
    str     x0, [x28], #8
    movn    w0, #0x1234, lsl #16   // upper half of x0 zero
    str     x0, [x28], #8
    mov     x0, #-1
    movk    x0, #0xcafe, lsl #32
    str     x0, [x28], #8
    movk    x0, #0x1234
    str     x0, [x28], #8
    movk    w0, #0xffff, lsl #16   // a W write zeroes the upper half
    str     x0, [x28], #8
    mov     x0, #-2
    str     x0, [x28], #8
    mov     w0, #-2
    str     x0, [x28], #8
    mov     x0, #0x12340000
    str     x0, [x28], #8
    mov     x0, #0xffff0000ffffffff
    str     x0, [x28], #8
    mov     x1, #-1
    mov     w0, w1
    str     x0, [x28], #8
    mov     x0, x1
    str     x0, [x28], #8
    movz    w0, #0x8000, lsl #16
    str     x0, [x28], #8
    mov     w0, #0x10000
    str     x0, [x28], #8

    // ---- 1.5 orr, shifts, bitfields
    mov     x0, #0x5e15
    str     x0, [x28], #8
    movz    x1, #0xcdef   // x1 = 0x0123456789abcdef
    movk    x1, #0x89ab, lsl #16
    movk    x1, #0x4567, lsl #32
    movk    x1, #0x123, lsl #48
    movz    x2, #0xff   // x2 = 0xf0000000000000ff
    movk    x2, #0xf000, lsl #48
    orr     x0, x1, x2, lsl #4
    str     x0, [x28], #8
    orr     x0, x1, x2, lsr #60
    str     x0, [x28], #8
    orr     x0, x1, x2, asr #8
    str     x0, [x28], #8
    orr     x0, x1, x2, ror #7
    str     x0, [x28], #8
    orr     w0, w1, w2, ror #8
    str     x0, [x28], #8
    orr     w0, w1, w2, asr #31
    str     x0, [x28], #8
    orr     x0, xzr, x2, lsl #63
    str     x0, [x28], #8
    lsl     x0, x1, #63
    str     x0, [x28], #8
    lsl     x0, x2, #4
    str     x0, [x28], #8
    lsr     x0, x2, #1
    str     x0, [x28], #8
    lsr     x0, x2, #63
    str     x0, [x28], #8
    lsr     x0, x2, #0
    str     x0, [x28], #8
    lsl     w0, w2, #31
    str     x0, [x28], #8
    lsr     w0, w1, #31
    str     x0, [x28], #8
    lsr     w0, w1, #7
    str     x0, [x28], #8
    mov     x3, #65                // register shifts use the amount mod 64 / mod 32
    lsl     x0, x1, x3
    str     x0, [x28], #8
    mov     x3, #-1
    lsr     x0, x2, x3
    str     x0, [x28], #8
    mov     w3, #33
    lsl     w0, w1, w3
    str     x0, [x28], #8
    mov     w3, #0xffffffe1
    lsr     w0, w2, w3
    str     x0, [x28], #8
    mov     x3, #0
    lsl     x0, x1, x3
    str     x0, [x28], #8
    ubfx    x0, x2, #60, #4
    str     x0, [x28], #8
    ubfx    x0, x1, #8, #56
    str     x0, [x28], #8
    ubfx    w0, w1, #3, #29
    str     x0, [x28], #8
    ubfx    w0, w1, #31, #1
    str     x0, [x28], #8
    ubfiz   x0, x1, #56, #8
    str     x0, [x28], #8
    ubfiz   x0, x2, #1, #63
    str     x0, [x28], #8
    ubfiz   w0, w1, #31, #1
    str     x0, [x28], #8
    ubfiz   w0, w1, #4, #12
    str     x0, [x28], #8
    ubfm    x0, x1, #62, #3
    str     x0, [x28], #8
    ubfm    x0, x1, #4, #63
    str     x0, [x28], #8
    ubfm    w0, w1, #5, #20
    str     x0, [x28], #8
    ubfm    w0, w2, #31, #30
    str     x0, [x28], #8
    uxtb    w0, w1
    str     x0, [x28], #8
    uxth    w0, w2
    str     x0, [x28], #8

    // ---- 1.6 multiply
    mov     x0, #0x5e16
    str     x0, [x28], #8
    movz    x1, #0xcdef   // x1 = 0x0123456789abcdef
    movk    x1, #0x89ab, lsl #16
    movk    x1, #0x4567, lsl #32
    movk    x1, #0x123, lsl #48
    movz    x2, #0x3210   // x2 = 0xfedcba9876543210
    movk    x2, #0x7654, lsl #16
    movk    x2, #0xba98, lsl #32
    movk    x2, #0xfedc, lsl #48
    movz    x3, #0x1111   // x3 = 0x1111111111111111
    movk    x3, #0x1111, lsl #16
    movk    x3, #0x1111, lsl #32
    movk    x3, #0x1111, lsl #48
    madd    x0, x1, x2, x3         // modulo 2^64
    str     x0, [x28], #8
    msub    x0, x1, x2, x3
    str     x0, [x28], #8
    mul     x0, x1, x2
    str     x0, [x28], #8
    mneg    x0, x1, x2
    str     x0, [x28], #8
    madd    w0, w1, w2, w3
    str     x0, [x28], #8
    msub    w0, w1, w2, w3
    str     x0, [x28], #8
    mul     w0, w1, w2
    str     x0, [x28], #8
    mneg    w0, w2, w2
    str     x0, [x28], #8
    mov     x4, #-7
    mul     x0, x4, x4
    str     x0, [x28], #8
    madd    x0, x4, x1, xzr
    str     x0, [x28], #8

    // ---- 1.7 branches
    mov     x0, #0x5e17
    str     x0, [x28], #8
    mov     x1, #0x100000000       // W1 = 0, X1 != 0
    mov     x0, #0
    cbz     w1, br_1
    add     x0, x0, #1
br_1:
    cbz     x1, br_2
    add     x0, x0, #2
br_2:
    cbnz    w1, br_3
    add     x0, x0, #4
br_3:
    cbnz    x1, br_4
    add     x0, x0, #8
br_4:
    str     x0, [x28], #8          // 2 + 4 = 6
    mov     x0, #0
    bl      leaf_add40             // returns x0 + 40 with ret
    adr     x3, leaf_add40
    blr     x3                     // x0 + 40 again
    adr     x3, br_5
    br      x3                     // skips the next add
    add     x0, x0, #1000
br_5:
    adr     x5, br_6
    adr     x30, br_7
    ret     x5                     // goes to br_6, not to x30
br_7:
    add     x0, x0, #2000
br_6:
    str     x0, [x28], #8          // 80
    b       br_8
    add     x0, x0, #3000
br_8:
    adr     x1, br_6
    adr     x2, br_8
    sub     x0, x2, x1             // distance between two labels in .text
    str     x0, [x28], #8
    adrp    x1, tab
    add     x1, x1, :lo12:tab
    sub     x0, x1, x20            // adrp + :lo12: == the address computed at start: 0
    str     x0, [x28], #8
    adr     x2, tab
    sub     x0, x2, x20            // adr to a data label: 0
    str     x0, [x28], #8
    adrp    x1, specials
    ubfx    x0, x1, #0, #12        // adrp yields a 4 KiB page: low 12 bits zero
    str     x0, [x28], #8
    adrp    x1, fsp
    add     x1, x1, :lo12:fsp
    sub     x0, x1, x21
    str     x0, [x28], #8

    // ---- 1.8 loads and stores
    mov     x0, #0x5e18
    str     x0, [x28], #8
    sub     x9, x22, #1024         // scratch = the first 2 KiB of tab
    mov     x0, #0
scr_fill:
    ldr     x1, [x20, x0]
    str     x1, [x9, x0]
    add     x0, x0, #8
    cmp     x0, #2048
    b.lo    scr_fill
    mov     x9, x22                // x9 = the middle of scratch
    movz    x1, #0x7788   // x1 = 0x1122334455667788
    movk    x1, #0x5566, lsl #16
    movk    x1, #0x3344, lsl #32
    movk    x1, #0x1122, lsl #48
    movz    x2, #0xff00   // x2 = 0x99aabbccddeeff00
    movk    x2, #0xddee, lsl #16
    movk    x2, #0xbbcc, lsl #32
    movk    x2, #0x99aa, lsl #48
    movk    x2, #0x1357
    str     x1, [x9, #8]
    str     w2, [x9, #20]
    strh    w1, [x9, #26]
    strb    w2, [x9, #31]
    str     xzr, [x9, #32]
    ldr     x0, [x9, #8]
    str     x0, [x28], #8
    ldr     w0, [x9, #20]          // zero-extends
    str     x0, [x28], #8
    ldrh    w0, [x9, #26]
    str     x0, [x28], #8
    ldrb    w0, [x9, #31]
    str     x0, [x28], #8
    ldr     x0, [x9]
    str     x0, [x28], #8
    ldr     x0, [x20, #4088]       // largest offsets in a 4 KiB table
    str     x0, [x28], #8
    ldr     w0, [x20, #4092]
    str     x0, [x28], #8
    ldrh    w0, [x20, #4094]
    str     x0, [x28], #8
    ldrb    w0, [x20, #4095]
    str     x0, [x28], #8
    ldrb    w0, [x20, #4093]
    str     x0, [x28], #8
    ldrh    w0, [x20, #2]
    str     x0, [x28], #8
    // pre- and post-index: loaded value and the base register's movement
    add     x9, x22, #128
    ldr     x0, [x9, #16]!
    str     x0, [x28], #8
    sub     x0, x9, x22            // 144
    str     x0, [x28], #8
    str     x1, [x9, #-8]!
    sub     x0, x9, x22            // 136
    str     x0, [x28], #8
    ldr     x0, [x9], #-16
    str     x0, [x28], #8          // x1
    sub     x0, x9, x22            // 120
    str     x0, [x28], #8
    str     w2, [x9], #4
    sub     x0, x9, x22            // 124
    str     x0, [x28], #8
    ldr     w0, [x9, #-4]!
    str     x0, [x28], #8          // w2
    sub     x0, x9, x22            // 120
    str     x0, [x28], #8
    ldr     w0, [x9], #-100
    str     x0, [x28], #8
    sub     x0, x9, x22            // 20
    str     x0, [x28], #8
    ldr     x0, [x9, #-8]!
    str     x0, [x28], #8
    sub     x0, x9, x22            // 12
    str     x0, [x28], #8
    ldr     x0, [x9], #255
    str     x0, [x28], #8
    sub     x0, x9, x22            // 267
    str     x0, [x28], #8
    str     x2, [x9, #-256]!
    sub     x0, x9, x22            // 11
    str     x0, [x28], #8
    str     w1, [x9], #-8
    sub     x0, x9, x22            // 3
    str     x0, [x28], #8
    // register offsets
    mov     x9, x22
    mov     x10, #5
    ldr     x0, [x9, x10, lsl #3]
    str     x0, [x28], #8
    ldr     x0, [x9, x10]
    str     x0, [x28], #8
    movz    x10, #0x10   // uxtw keeps W10 = 16 (x10 = 0xffffffff00000010)
    movk    x10, #0xffff, lsl #32
    movk    x10, #0xffff, lsl #48
    ldr     x0, [x9, w10, uxtw]
    str     x0, [x28], #8
    ldr     x0, [x9, w10, uxtw #3]
    str     x0, [x28], #8
    add     x9, x22, #128
    mov     w10, #-2               // X10 = 0xfffffffe; sxtw: -2
    ldr     x0, [x9, w10, sxtw #3]
    str     x0, [x28], #8
    ldr     x0, [x9, w10, sxtw]
    str     x0, [x28], #8
    mov     x10, #-24
    ldr     x0, [x9, x10, sxtx]
    str     x0, [x28], #8
    ldr     x0, [x9, x10, sxtx #3]
    str     x0, [x28], #8
    mov     x10, #7
    ldr     w0, [x9, x10, lsl #2]
    str     x0, [x28], #8
    ldr     w0, [x9, x10]
    str     x0, [x28], #8
    movz    x10, #0xfff9   // sxtw: -7 (x10 = 0x12345678fffffff9)
    movk    x10, #0xffff, lsl #16
    movk    x10, #0x5678, lsl #32
    movk    x10, #0x1234, lsl #48
    ldr     w0, [x9, w10, sxtw #2]
    str     x0, [x28], #8
    mov     x10, #3
    ldr     w0, [x9, w10, uxtw #2]
    str     x0, [x28], #8
    mov     x10, #-3
    ldr     w0, [x9, x10, sxtx #2]
    str     x0, [x28], #8
    mov     x10, #6
    str     x1, [x9, w10, uxtw #3]
    mov     x10, #-5
    str     w2, [x9, x10, sxtx #2]
    str     x2, [x9, x10, lsl #3]
    mov     w10, #-16              // X10 = 0xfffffff0; sxtw: -16
    str     x1, [x9, w10, sxtw]
    mov     x10, #-20
    str     w1, [x9, x10]
    // pairs
    add     x9, x22, #128
    movz    x3, #0x102   // x3 = 0x0a0b0c0d0e0f0102
    movk    x3, #0xe0f, lsl #16
    movk    x3, #0xc0d, lsl #32
    movk    x3, #0xa0b, lsl #48
    stp     x1, x3, [x9, #16]
    ldp     x4, x5, [x9, #-16]
    str     x4, [x28], #8
    str     x5, [x28], #8
    stp     x2, x1, [x9, #-32]!
    sub     x0, x9, x22            // 96
    str     x0, [x28], #8
    ldp     x4, x5, [x9], #48
    str     x4, [x28], #8
    str     x5, [x28], #8
    sub     x0, x9, x22            // 144
    str     x0, [x28], #8
    ldp     x4, x5, [x9, #-512]!   // goes below scratch: only the address is kept
    sub     x0, x9, x22            // -368
    str     x0, [x28], #8
    add     x9, x22, #64
    stp     x3, x2, [x9], #-64
    sub     x0, x9, x22            // 0
    str     x0, [x28], #8
    ldp     x4, x5, [x9, #504]!
    sub     x0, x9, x22
    str     x0, [x28], #8
    add     x9, x22, #128
    stp     w1, w2, [x9, #8]
    stp     w3, w1, [x9, #-256]
    ldp     w4, w5, [x9, #124]
    str     x4, [x28], #8
    str     x5, [x28], #8
    ldp     w4, w5, [x9, #-128]
    str     x4, [x28], #8
    str     x5, [x28], #8
    ldp     w4, w5, [x9, #8]
    str     x4, [x28], #8
    str     x5, [x28], #8
    // the stack pointer as a base
    mov     x5, sp
    sub     sp, sp, #64
    stp     x1, x2, [sp, #-16]!
    str     x3, [sp, #8]
    ldp     x6, x7, [sp], #16
    str     x6, [x28], #8
    str     x7, [x28], #8
    sub     x6, sp, #8             // (no negative unsigned offsets: LDUR is not in the table)
    ldr     x0, [x6]
    str     x0, [x28], #8
    str     x1, [sp, #-32]!
    ldr     x0, [sp], #32
    str     x0, [x28], #8
    mov     x6, sp
    sub     x0, x5, x6             // 64
    str     x0, [x28], #8
    add     sp, sp, #64
    mov     x6, sp
    sub     x0, x5, x6             // 0
    str     x0, [x28], #8
    add     x0, sp, #0x10, lsl #12
    sub     x0, x0, x5
    str     x0, [x28], #8
    // the middle 512 bytes of scratch, where the stores went
    sub     x9, x22, #256
    mov     x4, #64
scr_dump:
    ldr     x0, [x9], #8
    str     x0, [x28], #8
    subs    x4, x4, #1
    b.ne    scr_dump
    bl      flush
    str     x0, [x28], #8          // write's last result: the byte count of the section

/* ====================================================================
 * Section 2: SVCR, smstart/smstop and what they zero
 * ==================================================================== */
    mov     x0, #0x5ec2
    str     x0, [x28], #8
    mrs     x0, SVCR               // 0
    str     x0, [x28], #8
    smstart sm
    mrs     x0, SVCR               // 1
    str     x0, [x28], #8
    smstart za
    mrs     x0, SVCR               // 3
    str     x0, [x28], #8
    smstop  sm
    mrs     x0, SVCR               // 2
    str     x0, [x28], #8
    smstop  za
    mrs     x0, SVCR               // 0
    str     x0, [x28], #8
    smstart
    mrs     x0, SVCR               // 3
    str     x0, [x28], #8
    smstop
    mrs     x0, SVCR               // 0
    str     x0, [x28], #8
    mov     x1, #2
    msr     SVCR, x1
    mrs     x0, SVCR               // 2
    str     x0, [x28], #8
    mov     x1, #1
    msr     SVCR, x1
    mrs     x0, SVCR               // 1
    str     x0, [x28], #8
    mov     x1, #3
    msr     SVCR, x1
    mrs     x0, SVCR               // 3
    str     x0, [x28], #8
    mov     x1, #0
    msr     SVCR, x1
    mrs     x0, SVCR               // 0
    str     x0, [x28], #8
    smstop  sm                     // already off
    smstop
    mrs     x0, SVCR               // 0
    str     x0, [x28], #8

    // ---- 2.1 SVL outside streaming mode
    mov     x0, #0x5e21
    str     x0, [x28], #8
    rdsvl   x0, #1
    str     x0, [x28], #8
    rdsvl   x0, #-32
    str     x0, [x28], #8
    addsvl  x0, x20, #-1
    sub     x0, x0, x20
    str     x0, [x28], #8
    addspl  x0, x20, #7
    sub     x0, x0, x20
    str     x0, [x28], #8

    // ---- 2.2 entering streaming mode zeroes Z and P
    mov     x0, #0x5e22
    str     x0, [x28], #8
    smstart za                     // ZA on, still non-streaming
    ptrue   p0.b                   // non-streaming SVE
    mov     z0.s, #5
    mov     z31.d, #-1
    smstart sm                     // SM 0 -> 1: Z, P (and FFR) zeroed
    ptrue   p7.b
    ptrue   p6.s
    st1w    { z0.s }, p6, [x28]    // zeros
    addsvl  x28, x28, #1
    st1w    { z31.s }, p6, [x28]   // zeros
    addsvl  x28, x28, #1
    bl      put_p0                 // all false

    // ---- 2.3 ... but not when SM does not change
    mov     x0, #0x5e23
    str     x0, [x28], #8
    mov     z1.s, #7
    ptrue   p0.h, vl3
    smstart sm                     // already streaming: nothing happens
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    bl      put_p0
    mov     x1, #3
    msr     SVCR, x1               // no change
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    bl      put_p0
    smstart                        // both already on: nothing
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    bl      put_p0

    // ---- 2.4 ZA: kept while PSTATE.ZA stays 1, zeroed when it becomes 1
    mov     x0, #0x5e24
    str     x0, [x28], #8
    mov     w12, #0
    ld1w    {za0h.s[w12, 0]}, p6/z, [x20]          // ZA array row 0
    mov     x10, #100
    ld1w    {za3h.s[w12, 1]}, p6/z, [x20, x10, lsl #2]  // za3h.s row 1
    smstart za                     // already on: nothing
    smstop  sm                     // ZA stays
    mrs     x0, SVCR               // 2
    str     x0, [x28], #8
    smstart sm
    ptrue   p7.b                   // (P was zeroed)
    ptrue   p6.s
    bl      put_za                 // the two rows are still there
    mov     z1.s, #7
    smstop  za                     // SM stays 1
    mrs     x0, SVCR               // 1
    str     x0, [x28], #8
    st1w    { z1.s }, p6, [x28]    // Z untouched by smstop za: 7s
    addsvl  x28, x28, #1
    smstart za                     // ZA 0 -> 1: zeroed
    bl      put_za

    // ---- 2.5 leaving streaming mode zeroes Z and P
    mov     x0, #0x5e25
    str     x0, [x28], #8
    mov     z2.s, #9
    ptrue   p1.s
    smstop  sm                     // ZA stays on
    ptrue   p2.s, vl4              // non-streaming: 4 lanes at any VL
    st1w    { z2.s }, p2, [x28]    // 16 zero bytes
    add     x28, x28, #16
    mov     z3.s, #-3
    mov     x0, #-1
    stp     x0, x0, [x28]
    st1w    { z3.s }, p1, [x28]    // P1 is all false: the 16 bytes stay 0xff
    add     x28, x28, #16
    smstop
    mrs     x0, SVCR               // 0
    str     x0, [x28], #8
    bl      flush

/* ====================================================================
 * Section 3: predicates and element counts (streaming mode)
 * ==================================================================== */
    smstart
    ptrue   p7.b
    ptrue   p6.s
    mov     x0, #0x5ec3
    str     x0, [x28], #8

    // ---- 3.1 ptrue: every pattern at every element size (raw predicate bits)
    mov     x0, #0x5e31
    str     x0, [x28], #8
    ptrue   p0.b, pow2
    bl      put_p0
    ptrue   p0.b, vl1
    bl      put_p0
    ptrue   p0.b, vl2
    bl      put_p0
    ptrue   p0.b, vl3
    bl      put_p0
    ptrue   p0.b, vl4
    bl      put_p0
    ptrue   p0.b, vl5
    bl      put_p0
    ptrue   p0.b, vl6
    bl      put_p0
    ptrue   p0.b, vl7
    bl      put_p0
    ptrue   p0.b, vl8
    bl      put_p0
    ptrue   p0.b, vl16
    bl      put_p0
    ptrue   p0.b, vl32
    bl      put_p0
    ptrue   p0.b, vl64
    bl      put_p0
    ptrue   p0.b, vl128
    bl      put_p0
    ptrue   p0.b, vl256
    bl      put_p0
    ptrue   p0.b, #14
    bl      put_p0
    ptrue   p0.b, #22
    bl      put_p0
    ptrue   p0.b, #28
    bl      put_p0
    ptrue   p0.b, mul4
    bl      put_p0
    ptrue   p0.b, mul3
    bl      put_p0
    ptrue   p0.b, all
    bl      put_p0
    ptrue   p0.b
    bl      put_p0
    ptrue   p0.h, pow2
    bl      put_p0
    ptrue   p0.h, vl1
    bl      put_p0
    ptrue   p0.h, vl2
    bl      put_p0
    ptrue   p0.h, vl3
    bl      put_p0
    ptrue   p0.h, vl4
    bl      put_p0
    ptrue   p0.h, vl5
    bl      put_p0
    ptrue   p0.h, vl6
    bl      put_p0
    ptrue   p0.h, vl7
    bl      put_p0
    ptrue   p0.h, vl8
    bl      put_p0
    ptrue   p0.h, vl16
    bl      put_p0
    ptrue   p0.h, vl32
    bl      put_p0
    ptrue   p0.h, vl64
    bl      put_p0
    ptrue   p0.h, vl128
    bl      put_p0
    ptrue   p0.h, vl256
    bl      put_p0
    ptrue   p0.h, #14
    bl      put_p0
    ptrue   p0.h, #22
    bl      put_p0
    ptrue   p0.h, #28
    bl      put_p0
    ptrue   p0.h, mul4
    bl      put_p0
    ptrue   p0.h, mul3
    bl      put_p0
    ptrue   p0.h, all
    bl      put_p0
    ptrue   p0.h
    bl      put_p0
    ptrue   p0.s, pow2
    bl      put_p0
    ptrue   p0.s, vl1
    bl      put_p0
    ptrue   p0.s, vl2
    bl      put_p0
    ptrue   p0.s, vl3
    bl      put_p0
    ptrue   p0.s, vl4
    bl      put_p0
    ptrue   p0.s, vl5
    bl      put_p0
    ptrue   p0.s, vl6
    bl      put_p0
    ptrue   p0.s, vl7
    bl      put_p0
    ptrue   p0.s, vl8
    bl      put_p0
    ptrue   p0.s, vl16
    bl      put_p0
    ptrue   p0.s, vl32
    bl      put_p0
    ptrue   p0.s, vl64
    bl      put_p0
    ptrue   p0.s, vl128
    bl      put_p0
    ptrue   p0.s, vl256
    bl      put_p0
    ptrue   p0.s, #14
    bl      put_p0
    ptrue   p0.s, #22
    bl      put_p0
    ptrue   p0.s, #28
    bl      put_p0
    ptrue   p0.s, mul4
    bl      put_p0
    ptrue   p0.s, mul3
    bl      put_p0
    ptrue   p0.s, all
    bl      put_p0
    ptrue   p0.s
    bl      put_p0
    ptrue   p0.d, pow2
    bl      put_p0
    ptrue   p0.d, vl1
    bl      put_p0
    ptrue   p0.d, vl2
    bl      put_p0
    ptrue   p0.d, vl3
    bl      put_p0
    ptrue   p0.d, vl4
    bl      put_p0
    ptrue   p0.d, vl5
    bl      put_p0
    ptrue   p0.d, vl6
    bl      put_p0
    ptrue   p0.d, vl7
    bl      put_p0
    ptrue   p0.d, vl8
    bl      put_p0
    ptrue   p0.d, vl16
    bl      put_p0
    ptrue   p0.d, vl32
    bl      put_p0
    ptrue   p0.d, vl64
    bl      put_p0
    ptrue   p0.d, vl128
    bl      put_p0
    ptrue   p0.d, vl256
    bl      put_p0
    ptrue   p0.d, #14
    bl      put_p0
    ptrue   p0.d, #22
    bl      put_p0
    ptrue   p0.d, #28
    bl      put_p0
    ptrue   p0.d, mul4
    bl      put_p0
    ptrue   p0.d, mul3
    bl      put_p0
    ptrue   p0.d, all
    bl      put_p0
    ptrue   p0.d
    bl      put_p0
    // the same, seen through a store of a known vector under P0 (.s lanes)
    ptrue   p0.s, vl7
    bl      put_p0s
    ptrue   p0.d, vl3              // as a .s predicate: lanes 0, 2, 4
    bl      put_p0s
    ptrue   p0.h, mul3
    bl      put_p0s

    // ---- 3.2 ptrues sets the flags (N: first active, Z: none active, C: last not active)
    mov     x0, #0x5e32
    str     x0, [x28], #8
    ptrues  p0.b, vl3
    bl      put_flags
    bl      put_p0
    ptrues  p0.s, #14
    bl      put_flags
    bl      put_p0
    ptrues  p0.d, vl256
    bl      put_flags
    bl      put_p0
    ptrues  p0.h
    bl      put_flags
    bl      put_p0
    ptrues  p0.s, mul3
    bl      put_flags
    bl      put_p0
    ptrues  p0.d, pow2
    bl      put_flags
    bl      put_p0

    // ---- 3.3 while*: predicate and flags, X and W operands, edges
    mov     x0, #0x5e33
    str     x0, [x28], #8
    mov     x1, #0
    mov     x2, #5
    whilelt p0.s, x1, x2
    bl      put_flags
    bl      put_p0
    bl      put_p0s
    whilelt p0.s, x2, x1           // none
    bl      put_flags
    bl      put_p0
    mov     x1, #-3
    mov     x2, #2
    whilelt p0.h, x1, x2           // 5 lanes
    bl      put_flags
    bl      put_p0
    mov     x2, #0x7fffffffffffffff
    sub     x1, x2, #2
    whilelt p0.s, x1, x2           // 2 lanes, no wrap
    bl      put_flags
    bl      put_p0
    mov     x1, #0x8000000000000000
    add     x2, x1, #3
    whilelt p0.d, x1, x2           // 3 lanes
    bl      put_flags
    bl      put_p0
    mov     x1, #-100
    mov     x2, #100
    whilelt p0.b, x1, x2           // 200 lanes (all below SVL 2048)
    bl      put_flags
    bl      put_p0
    mov     x2, #0x7fffffffffffffff
    sub     x1, x2, #2
    whilele p0.d, x1, x2           // op2 = INT64_MAX: every lane
    bl      put_flags
    bl      put_p0
    sub     x1, x2, #3
    whilele p0.b, x1, x2
    bl      put_flags
    bl      put_p0
    mov     x1, #5
    mov     x2, #4
    whilele p0.s, x1, x2           // none
    bl      put_flags
    bl      put_p0
    mov     x1, #-1
    mov     x2, #-1
    whilele p0.h, x1, x2           // 1 lane
    bl      put_flags
    bl      put_p0
    mov     x1, #0
    mov     x2, #0
    whilelo p0.h, x1, x2           // none
    bl      put_flags
    bl      put_p0
    mov     x2, #3
    whilelo p0.h, x1, x2
    bl      put_flags
    bl      put_p0
    mov     x1, #-2
    mov     x2, #-1
    whilelo p0.b, x1, x2           // 1 lane (unsigned)
    bl      put_flags
    bl      put_p0
    mov     x1, #-1
    mov     x2, #0
    whilelo p0.s, x1, x2           // none (unsigned)
    bl      put_flags
    bl      put_p0
    mov     x1, #0
    mov     x2, #0
    whilels p0.s, x1, x2           // 1 lane
    bl      put_flags
    bl      put_p0
    mov     x1, #-2
    mov     x2, #-1
    whilels p0.d, x1, x2           // op2 = UINT64_MAX: every lane
    bl      put_flags
    bl      put_p0
    mov     x1, #3
    mov     x2, #2
    whilels p0.b, x1, x2           // none
    bl      put_flags
    bl      put_p0
    mov     w2, #0x7fffffff
    sub     w1, w2, #1
    whilelt p0.s, w1, w2           // 1 lane (32-bit signed)
    bl      put_flags
    bl      put_p0
    mov     w1, #-2
    mov     w2, #1
    whilelt p0.b, w1, w2           // 3 lanes
    bl      put_flags
    bl      put_p0
    mov     x1, #0x100000000       // W1 = 0
    movz    x2, #3
    movk    x2, #2, lsl #32        // W2 = 3
    whilelt p0.s, w1, w2           // 3 lanes: only the W halves count
    bl      put_flags
    bl      put_p0
    mov     w2, #0x7fffffff
    sub     w1, w2, #3
    whilele p0.h, w1, w2           // op2 = INT32_MAX: every lane
    bl      put_flags
    bl      put_p0
    mov     w1, #0x80000000
    mov     w2, #0x80000000
    whilele p0.s, w1, w2           // 1 lane
    bl      put_flags
    bl      put_p0
    mov     w1, #-2
    mov     w2, #-1
    whilelo p0.d, w1, w2           // 1 lane (32-bit unsigned)
    bl      put_flags
    bl      put_p0
    mov     w1, #0
    mov     w2, #0x80000000
    whilelo p0.b, w1, w2           // every lane
    bl      put_flags
    bl      put_p0
    mov     w1, #-16
    mov     w2, #-1
    whilels p0.b, w1, w2           // op2 = UINT32_MAX: every lane
    bl      put_flags
    bl      put_p0
    mov     w1, #10
    mov     w2, #9
    whilels p0.h, w1, w2           // none
    bl      put_flags
    bl      put_p0
    mov     w1, #5
    mov     w2, #12
    whilels p0.d, w1, w2           // 8 lanes
    bl      put_flags
    bl      put_p0
    bl      put_p0s

    // ---- 3.4 cnt, inc, dec
    mov     x0, #0x5e34
    str     x0, [x28], #8
    cntb    x0
    str     x0, [x28], #8
    cnth    x0, pow2
    str     x0, [x28], #8
    cntw    x0, vl7
    str     x0, [x28], #8
    cntd    x0, vl256
    str     x0, [x28], #8
    cntb    x0, mul3, mul #16
    str     x0, [x28], #8
    cnth    x0, #14, mul #2
    str     x0, [x28], #8
    cntd    x0, all, mul #9
    str     x0, [x28], #8
    cntw    x0, mul4, mul #3
    str     x0, [x28], #8
    cntb    x0, vl128
    str     x0, [x28], #8
    cntb    x0, vl64, mul #5
    str     x0, [x28], #8
    cnth    x0, vl16
    str     x0, [x28], #8
    cntw    x0, vl32
    str     x0, [x28], #8
    cntd    x0, vl2, mul #16
    str     x0, [x28], #8
    cntw    x0
    str     x0, [x28], #8
    mov     x1, #100
    incb    x1
    str     x1, [x28], #8
    inch    x1, vl3, mul #7
    str     x1, [x28], #8
    incw    x1, pow2
    str     x1, [x28], #8
    incd    x1, vl5
    str     x1, [x28], #8
    mov     x1, #-2
    incd    x1, all, mul #16       // wraps past zero
    str     x1, [x28], #8
    mov     x1, #5
    decb    x1                     // below zero
    str     x1, [x28], #8
    dech    x1, vl8, mul #2
    str     x1, [x28], #8
    decw    x1, mul3
    str     x1, [x28], #8
    decd    x1, #15, mul #4        // unnamed pattern: 0
    str     x1, [x28], #8
    mov     x1, #0x8000000000000000
    decd    x1                     // wraps to the top
    str     x1, [x28], #8
    incw    x1, vl1, mul #16
    str     x1, [x28], #8
    inch    x1, mul4
    str     x1, [x28], #8
    decb    x1, vl256
    str     x1, [x28], #8

    // ---- 3.5 addvl, addpl, addsvl, addspl, rdsvl (streaming: VL = SVL)
    mov     x0, #0x5e35
    str     x0, [x28], #8
    mov     x1, #1000
    addvl   x0, x1, #-32
    str     x0, [x28], #8
    addvl   x0, x1, #31
    str     x0, [x28], #8
    addpl   x0, x1, #-32
    str     x0, [x28], #8
    addpl   x0, x1, #7
    str     x0, [x28], #8
    addsvl  x0, x1, #-1
    str     x0, [x28], #8
    addsvl  x0, x1, #31
    str     x0, [x28], #8
    addspl  x0, x1, #-32
    str     x0, [x28], #8
    addspl  x0, x1, #1
    str     x0, [x28], #8
    rdsvl   x0, #-32
    str     x0, [x28], #8
    rdsvl   x0, #31
    str     x0, [x28], #8
    rdsvl   x0, #1
    str     x0, [x28], #8
    mov     x5, sp
    addvl   sp, sp, #-2
    mov     x6, sp
    sub     x0, x5, x6
    str     x0, [x28], #8
    addvl   sp, sp, #2
    addsvl  sp, sp, #-3
    mov     x6, sp
    sub     x0, x5, x6
    str     x0, [x28], #8
    addsvl  sp, sp, #3
    mov     x6, sp
    sub     x0, x5, x6             // 0
    str     x0, [x28], #8
    addpl   x0, sp, #-3
    sub     x0, x0, x5
    str     x0, [x28], #8
    addspl  x0, sp, #5
    sub     x0, x0, x5
    str     x0, [x28], #8
    bl      flush

/* ====================================================================
 * Section 4: vector immediates, ld1w/st1w (streaming mode)
 * ==================================================================== */
    mov     x0, #0x5ec4
    str     x0, [x28], #8
    // ---- 4.1 mov (DUP immediate) and fmov, every size
    mov     z0.b, #-128
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z0.b, #127
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z0.h, #-1, lsl #8
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z0.h, #127, lsl #8
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z0.h, #-128
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z0.h, #0, lsl #8
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z0.s, #-128, lsl #8
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z0.s, #5
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z0.s, #-1
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z0.s, #1, lsl #8
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z0.d, #-1
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z0.d, #-32768
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z0.d, #127, lsl #8
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z0.d, #0
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    fmov    z0.h, #-31.00000000
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    fmov    z0.h, #0.12500000
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    fmov    z0.s, #1.00000000
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    fmov    z0.s, #-0.18750000
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    fmov    z0.s, #31.00000000
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    fmov    z0.d, #2.50000000
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    fmov    z0.d, #-1.93750000
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    fmov    z0.d, #0.12500000
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1

    // ---- 4.2 ld1w: .s and .d, immediate (mul vl) and register offsets, inactive lanes zeroed
    mov     x0, #0x5e42
    str     x0, [x28], #8
    bl      mk_preds
    add     x9, x20, #2048         // the middle of tab: +-8 vectors fit at SVL 2048
    ld1w    { z0.s }, p6/z, [x9]
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    ld1w    { z0.s }, p6/z, [x9, #-8, mul vl]
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    ld1w    { z0.s }, p6/z, [x9, #7, mul vl]
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    ld1w    { z0.s }, p6/z, [x9, #3, mul vl]
    st1w    { z0.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.s, #-1
    ld1w    { z1.s }, p1/z, [x9, #1, mul vl]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.s, #-1
    ld1w    { z1.s }, p2/z, [x9, #-1, mul vl]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.s, #-1
    ld1w    { z1.s }, p5/z, [x9, #-2, mul vl]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    ld1w    { z2.d }, p6/z, [x9]   // words zero-extended into .d lanes
    st1w    { z2.s }, p6, [x28]
    addsvl  x28, x28, #1
    ld1w    { z2.d }, p1/z, [x9, #-3, mul vl]
    st1w    { z2.s }, p6, [x28]
    addsvl  x28, x28, #1
    ld1w    { z2.d }, p4/z, [x9, #7, mul vl]
    st1w    { z2.s }, p6, [x28]
    addsvl  x28, x28, #1
    ld1w    { z2.d }, p3/z, [x9, #-8, mul vl]
    st1w    { z2.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     x10, #13
    ld1w    { z3.s }, p1/z, [x9, x10, lsl #2]
    st1w    { z3.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     x10, #-5
    ld1w    { z3.s }, p3/z, [x9, x10, lsl #2]
    st1w    { z3.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     x10, #-7
    ld1w    { z3.d }, p5/z, [x9, x10, lsl #2]
    st1w    { z3.s }, p6, [x28]
    addsvl  x28, x28, #1
    ld1w    { z3.d }, p7/z, [x9, x10, lsl #2]
    st1w    { z3.s }, p6, [x28]
    addsvl  x28, x28, #1

    // ---- 4.3 st1w: inactive lanes leave memory alone (0xee filler)
    mov     x0, #0x5e43
    str     x0, [x28], #8
    mov     z5.b, #-18             // 0xee
    ld1w    { z0.s }, p6/z, [x9]
    st1w    { z5.s }, p6, [x28]
    st1w    { z0.s }, p1, [x28]
    addsvl  x28, x28, #1
    st1w    { z5.s }, p6, [x28]
    st1w    { z5.s }, p6, [x28, #1, mul vl]
    st1w    { z0.s }, p2, [x28, #1, mul vl]
    addsvl  x28, x28, #2
    st1w    { z5.s }, p6, [x28]
    st1w    { z5.s }, p6, [x28, #1, mul vl]
    mov     x10, #3
    st1w    { z0.d }, p6, [x28, x10, lsl #2]   // the low word of each .d lane
    addsvl  x28, x28, #2
    st1w    { z5.s }, p6, [x28]
    st1w    { z5.s }, p6, [x28, #1, mul vl]
    addsvl  x5, x28, #1
    st1w    { z0.d }, p4, [x5, #-1, mul vl]    // -1 x SVL/2 bytes
    addsvl  x28, x28, #2
    st1w    { z5.s }, p6, [x28]
    st1w    { z5.s }, p6, [x28, #1, mul vl]
    mov     x10, #5
    st1w    { z0.s }, p3, [x28, x10, lsl #2]
    addsvl  x28, x28, #2
    st1w    { z5.s }, p6, [x28]
    st1w    { z5.s }, p6, [x28, #1, mul vl]
    st1w    { z5.s }, p6, [x28, #2, mul vl]
    st1w    { z5.s }, p6, [x28, #3, mul vl]
    st1w    { z0.d }, p5, [x28, #7, mul vl]    // 7 x SVL/2 bytes
    addsvl  x28, x28, #4
    st1w    { z5.s }, p6, [x28]
    addsvl  x5, x28, #4
    st1w    { z0.d }, p1, [x5, #-8, mul vl]    // back to x28
    addsvl  x28, x28, #1
    st1w    { z5.s }, p6, [x28]
    st1w    { z5.s }, p6, [x28, #1, mul vl]
    mov     x10, #-2
    addsvl  x5, x28, #1
    addpl   x5, x5, #-4            // x5 = x28 + SVL/2 bytes
    st1w    { z0.s }, p5, [x5, x10, lsl #2]
    addsvl  x28, x28, #2
    bl      flush

/* ====================================================================
 * Section 5: ZA - zero, ld1w/st1w slices, mova (streaming, ZA on)
 * ==================================================================== */
    mov     x0, #0x5ec5
    str     x0, [x28], #8

    // ---- 5.1 zero {mask}: fill ZA, zero some tiles, dump ZA
    mov     x0, #0x5e51
    str     x0, [x28], #8
    mov     x2, x20
    bl      fill_za
    bl      put_za                 // the filled ZA itself
    bl      flush
    mov     x2, x20
    bl      fill_za
    zero    {za}
    bl      put_za
    bl      flush
    mov     x2, x20
    bl      fill_za
    zero    {za0.d}
    bl      put_za
    bl      flush
    mov     x2, x20
    bl      fill_za
    zero    {za1.d, za7.d}
    bl      put_za
    bl      flush
    mov     x2, x20
    bl      fill_za
    zero    {za0.s, za3.s}
    bl      put_za
    bl      flush
    mov     x2, x20
    bl      fill_za
    zero    {za1.h}
    bl      put_za
    bl      flush
    mov     x2, x20
    bl      fill_za
    zero    {}
    bl      put_za
    bl      flush
    mov     x2, x20
    bl      fill_za
    zero    {za0.d, za2.d, za5.d}
    bl      put_za
    bl      flush
    mov     x2, x20
    bl      fill_za
    zero    {za2.s}
    bl      put_za
    bl      flush

    // ---- 5.2 ld1w/st1w to and from horizontal and vertical slices
    mov     x0, #0x5e52
    str     x0, [x28], #8
    bl      mk_preds
    zero    {za}
    mov     w12, #0
    ld1w    {za0h.s[w12, 0]}, p6/z, [x20]
    mov     w13, #-1               // 0xffffffff + 3 wraps to slice 2
    mov     x10, #37
    ld1w    {za1h.s[w13, 3]}, p1/z, [x20, x10, lsl #2]
    movz    x14, #5
    movk    x14, #1, lsl #32       // W14 = 5: the upper half of X14 is ignored
    ld1w    {za2v.s[w14, 1]}, p6/z, [x20, x10, lsl #2]   // slice 6 mod VL
    cntw    x0
    add     x0, x0, x0, lsl #1
    add     w15, w0, #1            // 3 VL + 1, + 2: slice 3
    ld1w    {za3v.s[w15, 2]}, p2/z, [x20, x10, lsl #2]
    ld1w    {za0v.s[w12, 3]}, p3/z, [x20]
    mov     x10, #300
    ld1w    {za2h.s[w15, 0]}, p5/z, [x20, x10, lsl #2]
    ld1w    {za3h.s[w14, 3]}, p4/z, [x20, x10, lsl #2]   // slice 8 mod VL
    mov     w12, #0x7fffffff       // + 1 wraps to slice 0
    ld1w    {za1v.s[w12, 1]}, p5/z, [x20]
    bl      put_za
    mov     w12, #0x7fffffff
    cntw    x0
    add     x0, x0, x0, lsl #1
    add     w15, w0, #1
    mov     z5.b, #-18             // 0xee filler
    st1w    { z5.s }, p6, [x28]
    st1w    { z5.s }, p6, [x28, #1, mul vl]
    st1w    { z5.s }, p6, [x28, #2, mul vl]
    st1w    { z5.s }, p6, [x28, #3, mul vl]
    st1w    {za1h.s[w13, 3]}, p1, [x28]
    cntw    x10
    st1w    {za2v.s[w14, 1]}, p2, [x28, x10, lsl #2]
    addsvl  x5, x28, #2
    st1w    {za3v.s[w15, 2]}, p6, [x5]
    st1w    {za0v.s[w12, 3]}, p4, [x5, x10, lsl #2]   // slice 2
    addsvl  x28, x28, #4
    st1w    { z5.s }, p6, [x28]
    st1w    { z5.s }, p6, [x28, #1, mul vl]
    mov     x10, #3
    st1w    {za0h.s[w15, 3]}, p5, [x28, x10, lsl #2]
    mov     w13, #2
    st1w    {za1v.s[w13, 0]}, p3, [x28]
    addsvl  x28, x28, #2
    bl      flush

    // ---- 5.3 mova ZA -> Z at every size, merging into a 0x5a filler
    mov     x0, #0x5e53
    str     x0, [x28], #8
    bl      mk_preds
    mov     x2, x20
    bl      fill_za
    mov     w12, #0
    mov     w13, #-1
    movz    x14, #5
    movk    x14, #1, lsl #32       // W14 = 5
    mov     w15, #0x7fffffff
    mov     z1.b, #90
    mov     z1.b, p3/m, za0h.b[w12, 15]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.b, #90
    mov     z1.b, p2/m, za0v.b[w13, 7]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.b, #90
    mov     z1.b, p7/m, za0v.b[w14, 0]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.b, #90
    mov     z1.h, p3/m, za1h.h[w14, 7]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.b, #90
    mov     z1.h, p1/m, za0v.h[w15, 3]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.b, #90
    mov     z1.h, p7/m, za1v.h[w12, 0]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.b, #90
    mov     z1.s, p2/m, za3h.s[w12, 1]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.b, #90
    mov     z1.s, p3/m, za2v.s[w13, 3]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.b, #90
    mov     z1.s, p6/m, za1v.s[w14, 2]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.b, #90
    mov     z1.d, p3/m, za7h.d[w14, 1]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.b, #90
    mov     z1.d, p1/m, za5v.d[w15, 0]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.b, #90
    mov     z1.d, p7/m, za2v.d[w12, 1]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.b, #90
    mov     z1.q, p3/m, za15h.q[w12, 0]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.b, #90
    mov     z1.q, p2/m, za9v.q[w13, 0]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.b, #90
    mov     z1.q, p4/m, za0v.q[w14, 0]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1
    mov     z1.b, #90
    mov     z1.q, p7/m, za6h.q[w15, 0]
    st1w    { z1.s }, p6, [x28]
    addsvl  x28, x28, #1

    // ---- 5.4 mova Z -> ZA at every size, merging into the filled ZA
    mov     x0, #0x5e54
    str     x0, [x28], #8
    add     x9, x20, #2048
    ld1w    { z2.s }, p6/z, [x9]
    mov     w12, #0
    mov     w13, #-1
    mov     w15, #0x7fffffff
    mov     za0h.b[w12, 3], p3/m, z2.b
    mov     za0v.b[w13, 9], p1/m, z2.b
    mov     za1h.h[w14, 2], p2/m, z2.h
    mov     za0v.h[w15, 7], p4/m, z2.h
    mov     za2h.s[w12, 3], p1/m, z2.s
    mov     za3v.s[w13, 0], p3/m, z2.s
    mov     za6h.d[w14, 1], p4/m, z2.d
    mov     za4v.d[w15, 0], p2/m, z2.d
    mov     za13h.q[w12, 0], p4/m, z2.q
    mov     za7v.q[w13, 0], p3/m, z2.q
    mov     za10v.q[w14, 0], p7/m, z2.q
    mov     za1v.s[w15, 1], p7/m, z2.s
    bl      put_za
    bl      flush

/* ====================================================================
 * Section 6: fmopa / fmops (fp32), special values
 * ==================================================================== */
    mov     x0, #0x5ec6
    str     x0, [x28], #8
    // ---- 6.1 onto ZA rows of special values, partial predicates
    mov     x0, #0x5e61
    str     x0, [x28], #8
    bl      mk_preds
    mov     x2, x21
    bl      fill_za                // ZA row 4r+t = fsp[4r+t ..]
    bl      put_za
    bl      flush
    bl      mk_preds
    mov     x2, x21
    bl      fill_za
    bl      load_fz                // z0..z3 = fsp windows at 0, 5, 11, 17
    fmopa   za0.s, p6/m, p6/m, z0.s, z1.s
    fmopa   za1.s, p1/m, p2/m, z1.s, z2.s
    fmops   za2.s, p2/m, p3/m, z2.s, z3.s
    fmops   za3.s, p6/m, p5/m, z3.s, z0.s
    bl      put_za
    bl      flush

    // ---- 6.2 from zero: signed zeros, chains
    mov     x0, #0x5e62
    str     x0, [x28], #8
    bl      mk_preds
    bl      load_fz
    zero    {za}
    fmopa   za0.s, p6/m, p6/m, z0.s, z0.s
    fmops   za1.s, p6/m, p6/m, z1.s, z2.s
    fmopa   za2.s, p4/m, p6/m, z3.s, z1.s
    fmopa   za2.s, p6/m, p4/m, z2.s, z3.s
    fmops   za3.s, p5/m, p1/m, z0.s, z3.s
    fmopa   za3.s, p6/m, p6/m, z2.s, z1.s
    bl      put_za
    bl      flush

    // ---- 6.3 ordinary numbers onto special values, accumulation
    mov     x0, #0x5e63
    str     x0, [x28], #8
    bl      mk_preds
    mov     x2, x21
    bl      fill_za
    bl      load_fz
    fmov    z4.s, #1.50000000
    fmov    z5.s, #-0.18750000
    fmov    z6.s, #31.00000000
    fmopa   za0.s, p6/m, p6/m, z4.s, z5.s
    fmopa   za0.s, p6/m, p6/m, z0.s, z6.s
    fmops   za1.s, p6/m, p6/m, z6.s, z6.s
    fmopa   za1.s, p6/m, p6/m, z1.s, z4.s
    fmopa   za2.s, p1/m, p6/m, z5.s, z2.s
    fmops   za3.s, p6/m, p3/m, z3.s, z5.s
    fmops   za3.s, p2/m, p2/m, z1.s, z6.s
    bl      put_za
    bl      flush

    // ---- 6.4 rounding: many products of inexact values into one tile
    mov     x0, #0x5e64
    str     x0, [x28], #8
    bl      mk_preds
    zero    {za}
    add     x9, x21, #1024         // fsp words 256.. : windows that overlap 6.1's
    mov     x10, #0
    fmov    z4.s, #0.12500000
    fmov    z5.s, #-1.93750000
fm_chain:
    ld1w    { z0.s }, p6/z, [x20, x10, lsl #2]   // tab words: tiny positive floats
    fmopa   za0.s, p6/m, p6/m, z0.s, z4.s
    fmopa   za1.s, p6/m, p5/m, z4.s, z0.s
    fmops   za2.s, p1/m, p6/m, z0.s, z5.s
    fmopa   za3.s, p6/m, p6/m, z5.s, z4.s
    add     x10, x10, #7
    cmp     x10, #70
    b.lo    fm_chain
    bl      put_za
    bl      flush

    // ---- the end
    smstop
    mov     x0, #0x5ecf
    str     x0, [x28], #8
    bl      flush
    mov     x0, #0                 // exit(0)
    mov     x8, #93
    svc     #0

/* ====================================================================
 * Helpers
 * ==================================================================== */

// put_flags: 16 bytes at x28: 1/0 for eq ne hs lo mi pl vs vc hi ls ge lt gt le, 0, 0.
// Reads NZCV, changes nothing but w0 and memory.
put_flags:
    stp     xzr, xzr, [x28]
    mov     w0, #1
    b.ne    pf_eq
    strb    w0, [x28, #0]
pf_eq:
    b.eq    pf_ne
    strb    w0, [x28, #1]
pf_ne:
    b.lo    pf_hs
    strb    w0, [x28, #2]
pf_hs:
    b.hs    pf_lo
    strb    w0, [x28, #3]
pf_lo:
    b.pl    pf_mi
    strb    w0, [x28, #4]
pf_mi:
    b.mi    pf_pl
    strb    w0, [x28, #5]
pf_pl:
    b.vc    pf_vs
    strb    w0, [x28, #6]
pf_vs:
    b.vs    pf_vc
    strb    w0, [x28, #7]
pf_vc:
    b.ls    pf_hi
    strb    w0, [x28, #8]
pf_hi:
    b.hi    pf_ls
    strb    w0, [x28, #9]
pf_ls:
    b.lt    pf_ge
    strb    w0, [x28, #10]
pf_ge:
    b.ge    pf_lt
    strb    w0, [x28, #11]
pf_lt:
    b.le    pf_gt
    strb    w0, [x28, #12]
pf_gt:
    b.gt    pf_le
    strb    w0, [x28, #13]
pf_le:
    add     x28, x28, #16
    ret

// put_p0: the raw bits of P0, one byte (0/1) per bit: SVL/8 bytes.
// Needs SM=1, ZA=1, p7 = ptrue .b.  Uses ZA array row 0, z29, w15.
put_p0:
    mov     w15, #0
    mov     z29.b, #0
    mov     za0h.b[w15, 0], p7/m, z29.b
    mov     z29.b, #1
    mov     za0h.b[w15, 0], p0/m, z29.b
    mov     z29.b, p7/m, za0h.b[w15, 0]
    st1w    { z29.s }, p7, [x28]
    addsvl  x28, x28, #1
    ret

// put_p0s: tab's first vector stored under P0 (.s lanes) over zeros: SVL/8 bytes.
// Needs SM=1, p6 = ptrue .s.  Uses z29.
put_p0s:
    mov     z29.s, #0
    st1w    { z29.s }, p6, [x28]
    ld1w    { z29.s }, p6/z, [x20]
    st1w    { z29.s }, p0, [x28]
    addsvl  x28, x28, #1
    ret

// put_za: the whole ZA array, (SVL/8)^2 bytes: for each row r of the
// 32-bit tiles, za0h.s[r], za1h.s[r], za2h.s[r], za3h.s[r].
// Needs SM=1, ZA=1, p7 all true.  Uses x0, x1, w15.
put_za:
    cntw    x1
    mov     w15, #0
pz_loop:
    st1w    {za0h.s[w15, 0]}, p7, [x28]
    addsvl  x28, x28, #1
    st1w    {za1h.s[w15, 0]}, p7, [x28]
    addsvl  x28, x28, #1
    st1w    {za2h.s[w15, 0]}, p7, [x28]
    addsvl  x28, x28, #1
    st1w    {za3h.s[w15, 0]}, p7, [x28]
    addsvl  x28, x28, #1
    add     w15, w15, #1
    cmp     w15, w1
    b.lo    pz_loop
    ret

// fill_za: every ZA row from a sliding window of words at x2: in put_za's
// order, row n (n = 0, 1, 2, ...) = words x2[n .. n+VL-1].
// Needs SM=1, ZA=1, p7 all true.  Uses x0, x1, x2, w15.
fill_za:
    cntw    x1
    mov     w15, #0
fz_loop:
    ld1w    {za0h.s[w15, 0]}, p7/z, [x2]
    add     x2, x2, #4
    ld1w    {za1h.s[w15, 0]}, p7/z, [x2]
    add     x2, x2, #4
    ld1w    {za2h.s[w15, 0]}, p7/z, [x2]
    add     x2, x2, #4
    ld1w    {za3h.s[w15, 0]}, p7/z, [x2]
    add     x2, x2, #4
    add     w15, w15, #1
    cmp     w15, w1
    b.lo    fz_loop
    ret

// load_fz: z0..z3 = fsp words from 0, 5, 11 and 17.  Uses x0.
load_fz:
    ld1w    { z0.s }, p6/z, [x21]
    add     x0, x21, #20
    ld1w    { z1.s }, p6/z, [x0]
    add     x0, x21, #44
    ld1w    { z2.s }, p6/z, [x0]
    add     x0, x21, #68
    ld1w    { z3.s }, p6/z, [x0]
    ret

// mk_preds: the partial predicates of sections 4-6.  Uses x0.
//   p1 = ptrue .s, vl5   p2 = ptrue .d (every other .s lane)
//   p3 = ptrue .h, vl7   p4 = whilelt .b 0..16 (17 bits)   p5 = ptrue .s, mul3
mk_preds:
    ptrue   p1.s, vl5
    ptrue   p2.d
    ptrue   p3.h, vl7
    mov     x0, #17
    whilelt p4.b, xzr, x0
    ptrue   p5.s, mul3
    ret

// leaf_add40: x0 += 40.
leaf_add40:
    add     x0, x0, #40
    ret

// flush: write(1, out, x28 - out) and rewind x28.  Writes with PSTATE.SM
// and ZA off (smstop) and restores SVCR afterwards (msr), so Z, P and ZA
// are zeroed if they were on; p6/p7 are set again when streaming.
// Uses x0, x1, x2, x7, x8.
flush:
    mrs     x7, SVCR
    smstop
    mov     x1, x27
    sub     x2, x28, x27
    cmp     x2, #0x40, lsl #12     // more than 256 KiB: the buffer overflowed
    b.hi    fatal_overflow
    cbz     x2, flush_done
flush_loop:
    mov     x0, #1
    mov     x8, #64
    svc     #0
    cmp     x0, #0
    b.le    fatal_write
    add     x1, x1, x0
    subs    x2, x2, x0
    b.ne    flush_loop
flush_done:
    mov     x28, x27
    msr     SVCR, x7
    ubfx    x1, x7, #0, #1         // SVCR.SM
    cbz     x1, flush_ret
    ptrue   p7.b
    ptrue   p6.s
flush_ret:
    ret

fatal_overflow:
    mov     x0, #3
    mov     x8, #93
    svc     #0
fatal_write:
    mov     x0, #2
    mov     x8, #93
    svc     #0

/* ====================================================================
 * Data
 * ==================================================================== */
    .data
    .balign 16
// 23 fp32 values (bit patterns): fsp repeats them.
specials:
    .word 0x3f800000, 0x80000000, 0x00000000, 0x7f800000   // 1.0, -0.0, +0.0, +inf
    .word 0xff800000, 0x7fc00000, 0x7f800001, 0x7fd23456   // -inf, default NaN, signalling NaN, NaN with payload
    .word 0xffc00001, 0x40400000, 0xc0200000, 0x7f7fffff   // -NaN, 3.0, -2.5, largest normal
    .word 0x00800000, 0x00000001, 0x7149f2ca, 0x8d000000   // smallest normal, smallest subnormal, 1e30, -3.9e-31
    .word 0x3dcccccd, 0x3eaaaaab, 0xc0e00000, 0x60ad78ec   // 0.1, 1/3, -7.0, 1e20
    .word 0x0d800000, 0x477fe000, 0xbf800000               // 7.9e-31, 65504.0, -1.0

    .bss
    .balign 64
tab:        .skip 4096             // 1024 words, filled at start
fsp:        .skip 1280             // 320 fp32 values, filled at start
scratch:    .skip 2048             // load/store tests; x22 points at its middle
out:        .skip 524288           // output buffer (256 KiB used at most, then a margin)
