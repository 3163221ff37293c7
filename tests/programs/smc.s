/* tests/programs/smc.s — code that writes code: a routine run, rewritten,
 * and run again; an instruction rewritten just before it runs, in the same
 * block; and data written on a page that holds code.  Its exit status sums
 * what each step got, so smesim and qemu-aarch64 must agree on it (the
 * expected value is worked in the comments: 1 + 42 + 7 + 5 = 55).
 * The code lives in a writable and executable section.
 */
    .section .text.rw, "awx"
    .global _start
_start:
    mov     x20, #0
    /* 1. run a routine, rewrite its first instruction, run it again */
    bl      routine                 // x0 = 1
    add     x20, x20, x0
    adr     x1, routine
    ldr     w2, mov42               // mov x0, #42
    str     w2, [x1]
    bl      routine                 // x0 = 42 now
    add     x20, x20, x0            // 43
    /* 2. rewrite the next instruction of this very block; ISB makes the
     *    new instruction the one fetched (Arm ARM B2.2.5, concurrent
     *    modification and execution of instructions) */
    adr     x1, 1f
    ldr     w2, mov7                // mov x0, #7
    str     w2, [x1]
    isb
1:  mov     x0, #0                  // replaced: x0 = 7
    add     x20, x20, x0            // 50
    /* 3. data on a page that holds code: writes go through, code runs on */
    adr     x1, cell
    mov     x2, #5
    str     x2, [x1]
    ldr     x0, [x1]
    add     x20, x20, x0            // 55
    mov     x0, x20
    mov     x8, #93
    svc     #0

routine:
    mov     x0, #1
    ret

    .balign 4
mov42:  mov x0, #42
mov7:   mov x0, #7
    .balign 8
cell:   .quad 0
