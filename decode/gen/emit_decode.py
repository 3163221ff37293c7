"""decode/gen/emit_decode.py — the decoder: one small extraction function
per distinct body (patterns of one format usually share it) and a decision
tree over fixed bits that reaches them, written to decode_tree.c."""

from .cexpr import bit_diagram, c_extract, rewrite


def decoder_body(p):
    """C statements filling p's argument slots from w; returns the text."""
    slot = {n: i for i, n in enumerate(p.argset.members)}
    lines = []
    for f in p.fields.values():
        lines.append(f"    a->v[{slot[f.name]}] = {c_extract(f)};")
    for k, v in p.consts.items():
        lines.append(f"    a->v[{slot[k]}] = {v};")
    for n, e in p.lets:
        lines.append(f"    a->v[{slot[n]}] = {rewrite(e, slot, p.where)};")
    own = set(p.fields) | set(p.consts) | {n for n, _ in p.lets}
    for n in p.argset.members:
        if n not in own:
            lines.append(f"    a->v[{slot[n]}] = 0;")
    if "if" in p.attrs:
        lines.append(f"    return ({rewrite(p.attrs['if'], slot, p.where)});")
    else:
        lines.append("    return 1;")
    return "\n".join(lines)


def build_tree(items, known):
    """items: ('p', Pattern) or ('g', [Pattern...]) in file order; `known`
    is the mask of bits tested on the way here."""
    if len(items) <= 1:
        return ("seq", items, known)
    common = 0xFFFFFFFF & ~known
    for it in items:
        common &= item_mask(it)
    if common == 0:
        return ("seq", items, known)
    buckets = {}
    for it in items:
        buckets.setdefault(item_val(it) & common, []).append(it)
    if len(buckets) == 1:
        (val, lst), = buckets.items()
        return ("check", common, val, build_tree(lst, known | common))
    return ("switch", common,
            {v: build_tree(lst, known | common) for v, lst in sorted(buckets.items())})


def item_mask(it):
    """The bits every pattern of the item fixes to the same value: a group
    whose members differ in a bit must not be placed by that bit."""
    if it[0] == "p":
        return it[1].fixmask
    m, v0 = 0xFFFFFFFF, it[1][0].fixval
    for p in it[1]:
        m &= p.fixmask & ~(p.fixval ^ v0)
    return m


def item_val(it):
    return it[1].fixval if it[0] == "p" else it[1][0].fixval


def bit_runs(mask):
    """Contiguous runs of set bits, most significant first: [(lsb, len)]."""
    runs, bit = [], 31
    while bit >= 0:
        if (mask >> bit) & 1:
            top = bit
            while bit >= 0 and (mask >> bit) & 1:
                bit -= 1
            runs.append((bit + 1, top - bit))
        else:
            bit -= 1
    return runs


def compact(mask, var="w"):
    """C expression gathering the bits of mask from var into a dense index
    (most significant run first), and a function mapping a value of
    `var & mask` to its index."""
    runs = bit_runs(mask)
    parts, shift = [], 0
    for lsb, ln in reversed(runs):
        e = f"(({var} >> {lsb}) & {hex((1 << ln) - 1)}u)"
        parts.append(f"({e} << {shift})" if shift else e)
        shift += ln

    def index(val):
        i, sh = 0, 0
        for lsb, ln in reversed(runs):
            i |= ((val >> lsb) & ((1 << ln) - 1)) << sh
            sh += ln
        return i
    return " | ".join(reversed(parts)), index


def emit_tree(node, out, ind, fname):
    sp = "    " * ind
    kind = node[0]
    if kind == "seq":
        known = node[2]
        for it in node[1]:
            for p in ([it[1]] if it[0] == "p" else it[1]):
                out.append(f"{sp}/* {p.name}: {bit_diagram(p)}  ({p.where}) */")
                rest = p.fixmask & ~known
                cond = f"(w & {rest:#010x}u) == {p.fixval & rest:#010x}u && " if rest else ""
                out.append(f"{sp}if ({cond}{fname[p.name]}(w, a)) return SMESIM_INSN_{p.name};")
    elif kind == "check":
        _, mask, val, sub = node
        out.append(f"{sp}if ((w & {mask:#010x}u) == {val:#010x}u) {{")
        emit_tree(sub, out, ind + 1, fname)
        out.append(f"{sp}}}")
    else:
        # switch on the tested bits gathered into a dense index, so the
        # compiler can make a jump table of the cases
        _, mask, cases = node
        expr, index = compact(mask)
        out.append(f"{sp}switch ({expr}) {{  /* w & {mask:#010x} */")
        for v, sub in cases.items():
            out.append(f"{sp}case {index(v)}:  /* {v:#010x} */")
            emit_tree(sub, out, ind + 1, fname)
            out.append(f"{sp}    break;")
        out.append(f"{sp}default:")
        out.append(f"{sp}    break;")
        out.append(f"{sp}}}")


def emit_decode(src, hdr):
    o = [hdr, '#include "decode/decode_impl.h"', ""]
    bodies, fname = {}, {}
    for p in src.patterns:
        body = decoder_body(p)
        if body not in bodies:
            name = f"dec_{p.name}"
            bodies[body] = name
            o.append(f"/* {p.name} and patterns with the same fields ({p.where}) */")
            o.append(f"static inline int {name}(uint32_t w, smesim_args *a)")
            o.append("{")
            o.append("    (void)w;")
            o.append("    (void)a;")
            o.append(body)
            o.append("}")
            o.append("")
        fname[p.name] = bodies[body]
    items, seen_groups = [], {}
    for p in src.patterns:
        if p.group is None:
            items.append(("p", p))
        elif p.group in seen_groups:
            seen_groups[p.group][1].append(p)
        else:
            it = ("g", [p])
            seen_groups[p.group] = it
            items.append(it)
    tree = build_tree(items, 0)
    o.append("int smesim_decode_args(uint32_t w, smesim_args *a)")
    o.append("{")
    emit_tree(tree, o, 1, fname)
    o.append("    return SMESIM_INSN_UNDEF;")
    o.append("}")
    o.append("")
    return "\n".join(o)
