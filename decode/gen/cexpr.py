"""decode/gen/cexpr.py — small C helpers shared by the emitters: field
extraction, rewriting expressions over names into C over argument slots,
string literals, bit diagrams."""

import re

from .errors import GenError


def c_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def c_extract(f, var="w"):
    """C expression giving field f (after its transform) from word var."""
    expr, total = None, 0
    for pos, ln in reversed(f.parts):          # least significant part first
        part = f"(((int64_t){var} >> {pos}) & {hex((1 << ln) - 1)})"
        if total:
            part = f"({part} << {total})"
        expr = part if expr is None else f"{part} | {expr}"
        total += ln
    if f.signed:
        expr = f"smesim_sext({expr}, {f.width})"
    if f.func:
        expr = f"tf_{f.func}({expr})"
    return expr


def rewrite(expr, slot_of, where, locals_=(), lvar="L", avar="a"):
    """An expression over argument names (and alias locals) -> C over
    avar->v[slot] and lvar[i]."""
    if re.search(r"[{}]", expr):
        raise GenError(where, "braces are not allowed in expressions")

    def sub(m):
        n = m.group(0)
        if n in slot_of:
            return f"{avar}->v[{slot_of[n]}]"
        if n in locals_:
            return f"{lvar}[{list(locals_).index(n)}]"
        return n
    return re.sub(r"\b[A-Za-z_]\w*\b", sub, expr)


def bit_diagram(p):
    s = []
    for bit in range(31, -1, -1):
        s.append(str((p.fixval >> bit) & 1) if (p.fixmask >> bit) & 1 else ".")
    return " ".join("".join(s[i:i + 4]) for i in range(0, 32, 4))


def cname(group):
    """A timing group's C name: dots become underscores."""
    return group.replace(".", "_")
