# tests/diff/families/sve_perm_q.py — ZIP/UZP/TRN of 128-bit quadwords
# (F64MM, decode/isa/sve_perm_vector.decode), outside streaming mode (they
# need FEAT_SME_FA64 there).  Each case is skipped at VL 128, where the Arm
# ARM says UNDEFINED (`if VL < esize * 2`) and qemu 11.1 executes it
# (tests/unit/test_exec_x_perm.c pins the Arm ARM's side).
FAMILY = dict(
    decode=['sve_perm_vector'],
    mode='sve',
    kind='int',
    done=True,
    cases=[dict(insn=['mov x15, #0', 'addvl x15, x15, #1', 'cmp x15, #16', 'b.eq 1f',
                      '%s {zd}.q, {zn}.q, {zm}.q' % op, '1:'], T='d')
           for op in ('zip1', 'zip2', 'uzp1', 'uzp2', 'trn1', 'trn2')] +
          [dict(insn=['mov x15, #0', 'addvl x15, x15, #1', 'cmp x15, #16', 'b.eq 1f',
                      'zip2 {zd}.q, {zd}.q, {zd}.q', '1:'], T='d')],
)
