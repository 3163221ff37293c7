"""decode/gen/emit_print.py — the disassembler as straight-line C: one small
function per distinct template (mnemonic, literals, operand printers called
with their slots and parameters, optional groups as ifs), so printing an
instruction is a call, not an interpretation of tokens.  The token arrays
stay for the assembler, which runs templates backwards."""

from .cexpr import c_str


class Printers:
    def __init__(self):
        self.bodies = {}      # body text -> function name
        self.out = []

    def function(self, mnemonic, toks, slot, where):
        lines = []
        pend = [mnemonic]     # literal text waiting to be written

        def flush(ind):
            if pend and pend[0]:
                text = "".join(pend)
                lines.append(f"{ind}smesim_sb_putn(sb, {c_str(text)}, {len(text.encode())});")
            pend.clear()

        def walk(ts, ind):
            for t in ts:
                if t[0] == "lit":
                    pend.append(t[1])
                elif t[0] == "op":
                    flush(ind)
                    _, kind, lit, pname, names = t
                    sl = [slot(n) for n in names]
                    param = f"(int)s[{slot(pname)}]" if pname else str(-1 if lit is None else lit)
                    if sl == list(range(sl[0], sl[0] + len(sl))):
                        arg = f"&s[{sl[0]}]"
                        lines.append(f"{ind}smesim_kprint_{kind}(sb, {param}, {arg});")
                    else:
                        vals = ", ".join(f"s[{x}]" for x in sl)
                        lines.append(f"{ind}{{ const int64_t v[] = {{ {vals} }}; "
                                     f"smesim_kprint_{kind}(sb, {param}, v); }}")
                else:
                    flush(ind)
                    conds = " && ".join(f"s[{slot(n)}] == {v}" for n, v in t[1])
                    lines.append(f"{ind}if (!({conds})) {{")
                    walk(t[2], ind + "    ")
                    flush(ind + "    ")
                    lines.append(f"{ind}}}")
        walk(toks, "    ")
        flush("    ")
        body = "\n".join(lines)
        name = self.bodies.get(body)
        if name is None:
            name = f"print_{len(self.bodies)}"
            self.bodies[body] = name
            self.out.append(f"/* {mnemonic} ... ({where}) */\n"
                            f"static void {name}(smesim_sb *sb, const int64_t *s)\n{{\n"
                            f"    (void)s;\n{body}\n}}\n")
        return name
