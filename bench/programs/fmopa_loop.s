/* bench/programs/fmopa_loop.s - the FMOPA-bound loop of ../shared/ORACLES.md:
 * per iteration two LD1W, four FMOPA (one per fp32 tile), SUBS, B.NE.
 * ITER iterations; a benchmark runs it under qemu-aarch64 and smesim.
 */
    .equ ITER, 3 << 16              // 196,608 iterations
    .text
    .global _start
_start:
    smstart
    ptrue   p0.s
    adrp    x0, buf
    add     x0, x0, :lo12:buf
    movz    x2, #(ITER >> 16), lsl #16
    movk    x2, #(ITER & 0xffff)
1:  ld1w    { z0.s }, p0/z, [x0]
    ld1w    { z1.s }, p0/z, [x0, #1, mul vl]
    fmopa   za0.s, p0/m, p0/m, z0.s, z1.s
    fmopa   za1.s, p0/m, p0/m, z1.s, z0.s
    fmopa   za2.s, p0/m, p0/m, z0.s, z0.s
    fmopa   za3.s, p0/m, p0/m, z1.s, z1.s
    subs    x2, x2, #1
    b.ne    1b
    smstop
    mov     x0, #0
    mov     x8, #93
    svc     #0

    .data
    .balign 64
buf:
    .float  1.5, -0.25, 3.0, 0.125, 1.0, 2.0, -1.0, 0.5
    .skip   1024
