# tests/diff/families/sve_fp_cvt.py — SVE floating-point conversions
# (decode/isa/sve_fp_cvt.decode, and BFCVT/BFCVTNT of sve_bf16.decode):
# every size pair; T is the container (the larger size), which the
# predicate counts in.  FPCR.AHP is among the fields: SVE conversions
# (FPConvertSVE) ignore it.  Format: docs/diff-tests.md.
def cv(text, T, zn, kind_n='fp'):
    return dict(insn=text, T=T, zsize={'zn': zn}, zkind={'zn': kind_n})

FAMILY = dict(
    decode=['sve_fp_cvt'],
    mode='ssve',
    done=True,
    kind='fp',
    fpcr=('DN', 'FZ', 'RMode', 'FZ16', 'AH', 'FIZ', 'AHP'),
    cases=[
        cv('fcvt {zd}.h, {pg}/m, {zn}.s', 's', 's'),
        cv('fcvt {zd}.s, {pg}/m, {zn}.h', 's', 'h'),
        cv('fcvt {zd}.h, {pg}/m, {zn}.d', 'd', 'd'),
        cv('fcvt {zd}.d, {pg}/m, {zn}.h', 'd', 'h'),
        cv('fcvt {zd}.s, {pg}/m, {zn}.d', 'd', 'd'),
        cv('fcvt {zd}.d, {pg}/m, {zn}.s', 'd', 's'),
        cv('fcvtz{choice:s|u} {zd}.h, {pg}/m, {zn}.h', 'h', 'h'),
        cv('fcvtz{choice:s|u} {zd}.s, {pg}/m, {zn}.h', 's', 'h'),
        cv('fcvtz{choice:s|u} {zd}.d, {pg}/m, {zn}.h', 'd', 'h'),
        cv('fcvtz{choice:s|u} {zd}.s, {pg}/m, {zn}.s', 's', 's'),
        cv('fcvtz{choice:s|u} {zd}.s, {pg}/m, {zn}.d', 'd', 'd'),
        cv('fcvtz{choice:s|u} {zd}.d, {pg}/m, {zn}.s', 'd', 's'),
        cv('fcvtz{choice:s|u} {zd}.d, {pg}/m, {zn}.d', 'd', 'd'),
        cv('{choice:s|u}cvtf {zd}.h, {pg}/m, {zn}.h', 'h', 'h', 'int'),
        cv('{choice:s|u}cvtf {zd}.h, {pg}/m, {zn}.s', 's', 's', 'int'),
        cv('{choice:s|u}cvtf {zd}.h, {pg}/m, {zn}.d', 'd', 'd', 'int'),
        cv('{choice:s|u}cvtf {zd}.s, {pg}/m, {zn}.s', 's', 's', 'int'),
        cv('{choice:s|u}cvtf {zd}.d, {pg}/m, {zn}.s', 'd', 's', 'int'),
        cv('{choice:s|u}cvtf {zd}.s, {pg}/m, {zn}.d', 'd', 'd', 'int'),
        cv('{choice:s|u}cvtf {zd}.d, {pg}/m, {zn}.d', 'd', 'd', 'int'),
        cv('fcvtx {zd}.s, {pg}/m, {zn}.d', 'd', 'd'),
        cv('fcvtxnt {zd}.s, {pg}/m, {zn}.d', 'd', 'd'),
        cv('fcvtnt {zd}.h, {pg}/m, {zn}.s', 's', 's'),
        cv('fcvtnt {zd}.s, {pg}/m, {zn}.d', 'd', 'd'),
        cv('fcvtlt {zd}.s, {pg}/m, {zn}.h', 's', 'h'),
        cv('fcvtlt {zd}.d, {pg}/m, {zn}.s', 'd', 's'),
        cv('bfcvt {zd}.h, {pg}/m, {zn}.s', 's', 's'),
        cv('bfcvtnt {zd}.h, {pg}/m, {zn}.s', 's', 's'),
        dict(insn='fcvt {zd}.h, {pg}/m, {zd}.s', T='s'),
        dict(insn='fcvtnt {zd}.h, {pg}/m, {zd}.s', T='s'),
        dict(insn='fcvtlt {zd}.s, {pg}/m, {zd}.h', T='s'),
    ],
)
