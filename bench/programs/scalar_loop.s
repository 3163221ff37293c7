/* bench/programs/scalar_loop.s - integer and branch code: per iteration a
 * load, an add, a store, a subtract that sets flags and a conditional
 * branch (5 instructions).  ITER iterations; bench/exec runs it under
 * qemu-aarch64 and smesim.
 */
    .equ ITER, 36000000             // 180 M instructions
    .text
    .global _start
_start:
    adrp    x0, cell
    add     x0, x0, :lo12:cell
    movz    x2, #(ITER >> 16), lsl #16
    movk    x2, #(ITER & 0xffff)
1:  ldr     x1, [x0]
    add     x1, x1, #3
    str     x1, [x0]
    subs    x2, x2, #1
    b.ne    1b
    ldr     x0, [x0]
    ubfx    x0, x0, #0, #8
    mov     x8, #93
    svc     #0

    .data
    .balign 8
cell:
    .quad   0
