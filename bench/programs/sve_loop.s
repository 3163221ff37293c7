/* bench/programs/sve_loop.s - a streaming SVE loop: per iteration two LD1W,
 * an FMLA, an ST1W, a SUBS and a B.NE (6 instructions).  ITER iterations;
 * at the end it writes the stored vector to standard output, so a run can
 * be compared with qemu-aarch64's byte for byte.
 */
    .equ ITER, 1 << 20
    .text
    .global _start
_start:
    smstart sm
    ptrue   p0.s
    adrp    x0, buf
    add     x0, x0, :lo12:buf
    adrp    x3, out
    add     x3, x3, :lo12:out
    movz    x2, #(ITER >> 16), lsl #16
    movk    x2, #(ITER & 0xffff)
1:  ld1w    { z0.s }, p0/z, [x0]
    ld1w    { z1.s }, p0/z, [x0, #1, mul vl]
    fmla    z2.s, p0/m, z0.s, z1.s
    st1w    { z2.s }, p0, [x3]
    subs    x2, x2, #1
    b.ne    1b
    smstop  sm
    mov     x0, #1                  // write(1, out, 256)
    mov     x1, x3
    mov     x2, #256
    mov     x8, #64
    svc     #0
    mov     x0, #0
    mov     x8, #93
    svc     #0

    .data
    .balign 64
buf:
    .float  1.5, -0.25, 3.0, 0.125, 1.0, 2.0, -1.0, 0.5
    .float  0.75, 1.25, -2.5, 4.0, 0.1, 0.2, 0.3, 0.4
    .rept 112
    .float  0.01
    .endr
    .balign 64
out:
    .skip   256
