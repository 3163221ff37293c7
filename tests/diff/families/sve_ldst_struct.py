# tests/diff/families/sve_ldst_struct.py — SVE structure loads and stores
# (decode/isa/sve_ldst_struct.decode): LD2-LD4/ST2-ST4 of bytes ... doublewords
# (streaming) and the SVE2.1 quadword forms LD2Q-ST4Q (non-streaming),
# scalar plus scalar and scalar plus immediate; the register lists start at
# several registers, wrapping past z31.  x16 is the middle of a 20 KiB area.
# Format: docs/diff-tests.md.
SIZES = [('b', '', 'b'), ('h', ', lsl #1', 'h'), ('w', ', lsl #2', 's'), ('d', ', lsl #3', 'd')]
FIRST = {2: (0, 31, 13), 3: (30, 7, 20), 4: (29, 0, 11)}
IMMS = {2: '-16|-8|-2|0|2|14', 3: '-24|-6|0|3|21', 4: '-32|-8|0|4|28'}


def regs(n, first, T):
    names = ['zt%d' % i for i in range(n)]
    lst = ', '.join('{%s}.%s' % (nm, T) for nm in names)
    fixed = {nm: [(first + i) % 32] for i, nm in enumerate(names)}
    return '{{ ' + lst + ' }}', fixed


cases = []
for n in (2, 3, 4):
    for k, first in enumerate(FIRST[n]):
        for t, sh, T in SIZES + [('q', ', lsl #4', 'q')]:
            lst, fixed = regs(n, first, T)
            mode = 'sve' if t == 'q' else 'ssve'
            R = dict(fixed)
            if k == 0:
                cases.append(dict(insn='ld%d%s %s, {pg}/z, [{xbase}, {xm}%s]' % (n, t, lst, sh), T=T,
                                  regs=R, xvals={'xm': (-40, 40)}, mode=mode))
                cases.append(dict(insn='st%d%s %s, {pg}, [{xbase}, {xm}%s]' % (n, t, lst, sh), T=T,
                                  regs=R, xvals={'xm': (-40, 40)}, mode=mode))
            else:
                cases.append(dict(insn='ld%d%s %s, {pg}/z, [{xbase}, #{choice:%s}, mul vl]' % (n, t, lst, IMMS[n]),
                                  T=T, regs=R, mode=mode))
                cases.append(dict(insn='st%d%s %s, {pg}, [{xbase}, #{choice:%s}, mul vl]' % (n, t, lst, IMMS[n]),
                                  T=T, regs=R, mode=mode))

FAMILY = dict(
    decode=['sve_ldst_struct'],
    done=True,
    mode='ssve',
    kind='int',
    memory=20480,
    cases_default=240,
    cases=cases,
)
