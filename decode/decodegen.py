#!/usr/bin/env python3
"""decode/decodegen.py — turns the *.decode pattern files into C tables.

Reads decode/kinds.def and one or more pattern files; writes into an output
directory: insn_list.h (the X-macro list of instructions, features and timing
groups), fields.h, decode_tree.c (the decoder), forms.c (templates, aliases,
encoder, operand access) and sweep.txt (field-sweeping test encodings).
The pattern-file format is described in docs/decode-format.md.  Standard
library only.  Exit status 1 with `file:line: message` on any error.
"""

import os
import random
import re
import sys

MODES = ("any", "sve", "sme", "sm", "za", "sm_za")
MEMS = ("none", "ld", "st")
ACCESS = ("r", "w", "rw")
IMPLICIT = ("nzcv", "za", "zt0", "ffr", "sm", "x30", "sp")
KIND_PARAMS = {  # which single-character parameters a kind accepts
    "z": "bhsdq", "p": "bhsdq", "za": "bhsdq", "zas": "bhsdq",
    "label": "p", "rext": "01234",
}


class GenError(Exception):
    def __init__(self, where, msg):
        super().__init__(f"{where}: {msg}")


# ---------------------------------------------------------------- kinds.def
def read_kinds(path):
    kinds = {}
    rx = re.compile(r"^KIND\((\w+),\s*(\d+),\s*(\w+),\s*(\w+),\s*(\w+),\s*(\w+)\)")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = rx.match(line.strip())
            if m:
                n = int(m.group(2))
                kinds[m.group(1)] = (n, [m.group(3 + i) for i in range(n)])
    if not kinds:
        raise GenError(path, "no KIND(...) lines")
    return kinds


# ---------------------------------------------------------------- fields
class Field:
    """A field: one or more bit ranges concatenated (first is most
    significant), optionally signed, optionally transformed by a named C
    function tf_<name> (with inverse tf_<name>_inv)."""

    def __init__(self, name, parts, signed, func, where):
        self.name, self.parts, self.signed, self.func, self.where = (
            name, parts, signed, func, where)
        self.width = sum(l for _, l in parts)

    def mask(self):
        m = 0
        for pos, ln in self.parts:
            m |= ((1 << ln) - 1) << pos
        return m


def parse_field_spec(tok, where):
    """'pos:len' or 'pos:sLEN' -> (pos, len, signed)."""
    m = re.fullmatch(r"(\d+):(s?)(\d+)", tok)
    if not m:
        raise GenError(where, f"bad field part '{tok}' (want pos:len or pos:slen)")
    pos, ln = int(m.group(1)), int(m.group(3))
    if ln == 0 or pos + ln > 32:
        raise GenError(where, f"field part '{tok}' lies outside the 32-bit word")
    return pos, ln, m.group(2) == "s"


# ---------------------------------------------------------------- bits
def parse_bits(tokens, where):
    """Bit tokens (MSB first) -> (fixmask, fixval, ignmask, {name: Field}).
    Tokens are runs of 0 1 . - and inline fields name:len / name:slen;
    '.' is a bit some field or format defines, '-' a bit the encoding ignores."""
    pos = 32
    fixmask = fixval = ignmask = 0
    fields = {}
    for tok in tokens:
        m = re.fullmatch(r"([A-Za-z_]\w*):(s?)(\d+)", tok)
        if m:
            ln = int(m.group(3))
            pos -= ln
            if pos < 0:
                raise GenError(where, "more than 32 bits")
            name = m.group(1)
            if name in fields:
                raise GenError(where, f"field '{name}' appears twice in the bits")
            fields[name] = Field(name, [(pos, ln)], m.group(2) == "s", None, where)
            continue
        if not re.fullmatch(r"[01.\-]+", tok):
            raise GenError(where, f"bad bit token '{tok}'")
        for ch in tok:
            pos -= 1
            if pos < 0:
                raise GenError(where, "more than 32 bits")
            if ch in "01":
                fixmask |= 1 << pos
                fixval |= int(ch) << pos
            elif ch == "-":
                ignmask |= 1 << pos
    if pos != 0:
        raise GenError(where, f"bits add up to {32 - pos}, not 32")
    return fixmask, fixval, ignmask, fields


# ---------------------------------------------------------------- templates
class Tok:
    """Compiled template token: ('lit', text) | ('op', kind, param, [slots])
    | ('opt', [(slot, value)], [Tok...])."""


def compile_template(text, slotnames, kinds, where):
    """Parse a template into a token tree.  slotnames: names usable inside
    placeholders (fields and alias locals)."""
    pos = 0

    def parse_seq(stop):
        nonlocal pos
        out, lit = [], []
        while pos < len(text):
            ch = text[pos]
            if stop and ch == ">":
                break
            if ch == "<":
                if lit:
                    out.append(("lit", "".join(lit)))
                    lit = []
                out.append(parse_placeholder())
                continue
            if ch == ">":
                raise GenError(where, f"unbalanced '>' in template at column {pos + 1}")
            lit.append(ch)
            pos += 1
        if lit:
            out.append(("lit", "".join(lit)))
        return out

    def parse_placeholder():
        nonlocal pos
        end_hdr = pos + 1
        if text.startswith("<?", pos):
            colon = text.find(":", pos)
            if colon < 0:
                raise GenError(where, "optional group '<?' without ':'")
            conds = []
            for c in text[pos + 2:colon].split(","):
                m = re.fullmatch(r"\s*(\w+)\s*=\s*(-?\d+)\s*", c)
                if not m or m.group(1) not in slotnames:
                    raise GenError(where, f"bad optional-group condition '{c.strip()}'"
                                   " (want field=value with a known field)")
                conds.append((m.group(1), int(m.group(2))))
            pos = colon + 1
            body = parse_seq(stop=True)
            if pos >= len(text) or text[pos] != ">":
                raise GenError(where, "unterminated optional group")
            pos += 1
            return ("opt", conds, body)
        close = text.find(">", end_hdr)
        if close < 0:
            raise GenError(where, "unterminated '<' in template")
        inner = text[end_hdr:close]
        pos = close + 1
        if ":" in inner:
            kspec, flds = inner.split(":", 1)
        else:
            kspec, flds = "u", inner
        kind, _, param = kspec.partition(".")
        if kind not in kinds:
            raise GenError(where, f"unknown operand kind '{kind}' (see decode/kinds.def)")
        if param and (len(param) != 1 or param not in KIND_PARAMS.get(kind, "")):
            raise GenError(where, f"kind '{kind}' does not take parameter '{param}'")
        names = [f.strip() for f in flds.split(",")]
        if len(names) != kinds[kind][0]:
            raise GenError(where, f"kind '{kind}' takes {kinds[kind][0]} field(s), got {len(names)}")
        for n in names:
            if n not in slotnames:
                raise GenError(where, f"template uses unknown field '{n}'")
        return ("op", kind, param, names)

    toks = parse_seq(stop=False)
    # the mnemonic is the leading literal up to the first blank
    if not toks or toks[0][0] != "lit" or not toks[0][1].strip():
        raise GenError(where, "template must start with the mnemonic")
    first = toks[0][1]
    mn, sep, rest = first.partition(" ")
    if not re.fullmatch(r"[a-z][a-z0-9.]*", mn):
        raise GenError(where, f"bad mnemonic '{mn}' (lower case expected)")
    body = ([("lit", sep + rest)] if sep else []) + toks[1:]
    return mn, body


def template_slots(toks, acc=None):
    """Every (kind, param, name, index-in-kind) the template mentions."""
    acc = [] if acc is None else acc
    for t in toks:
        if t[0] == "op":
            for i, n in enumerate(t[3]):
                acc.append((t[1], t[2], n, i))
        elif t[0] == "opt":
            template_slots(t[2], acc)
    return acc


# ---------------------------------------------------------------- patterns
class Pattern:
    def __init__(self):
        self.name = None
        self.where = None
        self.fixmask = self.fixval = self.ignmask = 0
        self.fields = {}      # name -> Field
        self.consts = {}      # name -> int (decodetree-style field=value)
        self.attrs = {}
        self.template = None
        self.mnemonic = None
        self.toks = None
        self.group = None     # group id for intended overlaps
        self.bits_text = ""
        self.index = None


class Alias:
    def __init__(self):
        self.name = self.base = self.where = None
        self.template = self.cond = self.let = self.set = None
        self.locals = []
        self.mnemonic = self.toks = None


class Source:
    def __init__(self):
        self.fields = {}    # global %fields
        self.formats = {}   # @name -> (fixmask, fixval, fields, consts, attrs, bits_text)
        self.patterns = []
        self.aliases = []
        self.groups = 0


def logical_lines(path):
    """Yield (lineno, text): comments stripped, continuation lines (indented,
    starting with a template or a key=value) joined to the line before."""
    cur, cur_no = None, 0
    with open(path, encoding="utf-8") as fh:
        for no, raw in enumerate(fh, 1):
            line = strip_comment(raw.rstrip("\n"))
            if not line.strip():
                continue
            body = line.strip()
            if (line[0] in " \t" and cur is not None and cur not in ("{", "}")
                    and (body.startswith('"') or re.match(r"[a-z_]+=", body))):
                cur += " " + body
                continue
            if cur is not None:
                yield cur_no, cur
            cur, cur_no = line.strip(), no
    if cur is not None:
        yield cur_no, cur


def split_words(line, where):
    """Split on blanks, except inside double quotes.  A token that is wholly
    quoted keeps a leading '"' as a marker (the template); key="v w" becomes
    key=v w."""
    words, cur, q, quoted_whole = [], [], False, False
    for ch in line + " ":
        if ch == '"':
            if not q and not cur:
                quoted_whole = True
            q = not q
            continue
        if ch in " \t" and not q:
            if cur or quoted_whole:
                w = "".join(cur)
                words.append('"' + w if quoted_whole else w)
            cur, quoted_whole = [], False
            continue
        cur.append(ch)
    if q:
        raise GenError(where, "unterminated double quote")
    return words


def strip_comment(line):
    out, q = [], False
    for ch in line:
        if ch == '"':
            q = not q
        if ch == "#" and not q:
            break
        out.append(ch)
    return "".join(out)


def split_attrs(words, where):
    """key=value words -> dict; other words returned separately."""
    attrs, rest = {}, []
    for w in words:
        if "=" in w and re.match(r"^[a-z]+=", w) and w.split("=", 1)[0] in (
                "feat", "time", "mode", "mem", "exec", "acc", "if", "let", "set", "flops"):
            k, v = w.split("=", 1)
            if k in attrs:
                raise GenError(where, f"attribute '{k}' given twice")
            attrs[k] = v
        else:
            rest.append(w)
    return attrs, rest


def parse_file(path, src, kinds):
    group = None
    for no, line in logical_lines(path):
        where = f"{path}:{no}"
        words = split_words(line, where)
        if line == "{":
            if group is not None:
                raise GenError(where, "nested overlap groups are not supported")
            src.groups += 1
            group = src.groups
            continue
        if line == "}":
            if group is None:
                raise GenError(where, "'}' without '{'")
            group = None
            continue
        head = words[0]
        if head.startswith("%"):
            name = head[1:]
            func, parts = None, []
            signed = False
            for w in words[1:]:
                if w.startswith("!function="):
                    func = w.split("=", 1)[1]
                else:
                    pos, ln, s = parse_field_spec(w, where)
                    if not parts:
                        signed = s
                    elif s:
                        raise GenError(where, "only the first (most significant) part may be signed")
                    parts.append((pos, ln))
            if not parts:
                raise GenError(where, f"field %{name} has no bits")
            if name in src.fields:
                raise GenError(where, f"field %{name} defined twice")
            src.fields[name] = Field(name, parts, signed, func, where)
        elif head.startswith("@"):
            name = head[1:]
            attrs, rest = split_attrs(words[1:], where)
            fm, fv, ig, flds, consts, refs, bits = split_bits(rest, src, where)
            if refs:
                raise GenError(where, f"format @{name} may not use another format")
            if name in src.formats:
                raise GenError(where, f"format @{name} defined twice")
            src.formats[name] = (fm, fv, ig, flds, consts, attrs, bits)
        elif head == "alias":
            a = Alias()
            a.where = where
            attrs, rest = split_attrs(words[1:], where)
            a.asmonly = "asmonly" in rest
            rest = [r for r in rest if r != "asmonly"]
            if len(rest) != 3 or not rest[2].startswith('"'):
                raise GenError(where, 'alias wants: alias NAME BASE "template" [if=] [let=] [set=] [asmonly]')
            a.name, a.base, a.template = rest[0], rest[1], rest[2][1:]
            for k in attrs:
                if k not in ("if", "let", "set"):
                    raise GenError(where, f"alias does not take '{k}='")
            a.cond, a.let, a.set = attrs.get("if"), attrs.get("let"), attrs.get("set")
            src.aliases.append(a)
        else:
            p = Pattern()
            p.name, p.where, p.group = head, where, group
            if not re.fullmatch(r"[A-Z][A-Za-z0-9_]*", head):
                raise GenError(where, f"pattern name '{head}' must start with a capital letter")
            attrs, rest = split_attrs(words[1:], where)
            templ = [w[1:] for w in rest if w.startswith('"')]
            rest = [w for w in rest if not w.startswith('"')]
            if len(templ) != 1:
                raise GenError(where, f"pattern {head} needs exactly one quoted template")
            p.template = templ[0]
            fm, fv, ig, flds, consts, refs, bits = split_bits(rest, src, where)
            p.fixmask, p.fixval, p.ignmask = fm, fv, ig
            p.fields, p.consts, p.bits_text = flds, consts, bits
            merged = {}
            if len(refs) > 1:
                raise GenError(where, "a pattern takes at most one format")
            for r in refs:
                fmt = src.formats.get(r)
                if fmt is None:
                    raise GenError(where, f"unknown format @{r}")
                ffm, ffv, fig, ffl, fco, fat, fbits = fmt
                if (ffv ^ p.fixval) & ffm & p.fixmask:
                    raise GenError(where, f"fixed bits disagree with format @{r}")
                p.fixmask |= ffm
                p.fixval |= ffv
                p.ignmask |= fig
                for k, v in ffl.items():
                    if k in p.fields:
                        raise GenError(where, f"field '{k}' given by both pattern and @{r}")
                    p.fields[k] = v
                for k, v in fco.items():
                    p.consts.setdefault(k, v)
                merged.update(fat)
                p.bits_text = (bits + " " if bits else "") + "@" + r
            merged.update(attrs)
            p.attrs = merged
            src.patterns.append(p)
    if group is not None:
        raise GenError(path, "unterminated '{' group")


def split_bits(words, src, where):
    """Bits tokens, %field references, @format references and name=value
    constants -> (fixmask, fixval, fields, consts, format refs, bits text)."""
    bits, refs, consts, frefs = [], [], {}, []
    for w in words:
        if w.startswith("@"):
            refs.append(w[1:])
        elif w.startswith("%"):
            frefs.append((w[1:], w[1:]))
        elif re.fullmatch(r"[A-Za-z_]\w*=%[A-Za-z_]\w*", w):
            k, v = w.split("=%")
            frefs.append((k, v))
        elif re.fullmatch(r"[A-Za-z_]\w*=-?\d+", w):
            k, v = w.split("=")
            consts[k] = int(v)
        else:
            bits.append(w)
    if bits:
        fm, fv, ig, flds = parse_bits(bits, where)
    else:
        fm, fv, ig, flds = 0, 0, 0, {}
    for name, r in frefs:
        if r not in src.fields:
            raise GenError(where, f"unknown field %{r}")
        if name in flds:
            raise GenError(where, f"field '{name}' given twice")
        d = src.fields[r]
        flds[name] = Field(name, d.parts, d.signed, d.func, d.where)
    return fm, fv, ig, flds, consts, refs, " ".join(bits)


# ---------------------------------------------------------------- checking
def check(src, kinds):
    names = set()
    for p in src.patterns:
        w = p.where
        for fname in list(p.fields) + list(p.consts):
            if fname == "val":
                raise GenError(w, "'val' is reserved (smesim_fields.val[] indexes the fields)")
        if p.name in names:
            raise GenError(w, f"pattern name {p.name} used twice")
        names.add(p.name)
        covered = p.fixmask | p.ignmask
        for f in p.fields.values():
            fm = f.mask()
            if fm & p.fixmask:
                raise GenError(w, f"field '{f.name}' overlaps fixed bits")
            if fm & covered:
                raise GenError(w, f"field '{f.name}' overlaps another field")
            covered |= fm
        if covered != 0xFFFFFFFF:
            missing = 0xFFFFFFFF & ~covered
            raise GenError(w, f"bits {missing:#010x} are neither fixed, ignored ('-') nor in a field")
        for k in p.consts:
            if k in p.fields:
                raise GenError(w, f"'{k}' is both a field and a constant")
        for k in ("feat", "time"):
            if k not in p.attrs:
                raise GenError(w, f"pattern {p.name} has no {k}=")
        p.attrs.setdefault("mode", "any")
        p.attrs.setdefault("mem", "none")
        p.attrs.setdefault("exec", p.name)
        p.attrs.setdefault("flops", "0")
        if not p.attrs["flops"].isdigit():
            raise GenError(w, "flops= wants a whole number (operations per active element)")
        if p.attrs["mode"] not in MODES:
            raise GenError(w, f"mode '{p.attrs['mode']}' is not one of {', '.join(MODES)}")
        if p.attrs["mem"] not in MEMS:
            raise GenError(w, f"mem '{p.attrs['mem']}' is not one of {', '.join(MEMS)}")
        slotnames = set(p.fields) | set(p.consts)
        p.mnemonic, p.toks = compile_template(p.template, slotnames, kinds, w)
        used = template_slots(p.toks)
        for f in p.fields:
            if f not in {u[2] for u in used} and f not in cond_names(p.attrs.get("if", "")):
                raise GenError(w, f"field '{f}' is neither printed nor tested")
        p.access = parse_access(p, used, kinds)
    byname = {p.name: p for p in src.patterns}
    for a in src.aliases:
        base = byname.get(a.base)
        if base is None:
            raise GenError(a.where, f"alias {a.name}: unknown base pattern {a.base}")
        a.locals = []
        if a.let:
            for stmt in a.let.split(";"):
                m = re.fullmatch(r"\s*([a-z_]\w*)\s*=\s*(.+?)\s*", stmt)
                if not m:
                    raise GenError(a.where, f"bad let statement '{stmt}'")
                if m.group(1) in base.fields:
                    raise GenError(a.where, f"let may not assign field '{m.group(1)}'")
                a.locals.append(m.group(1))
        if len(a.locals) > 4:
            raise GenError(a.where, "at most 4 let values")
        slotnames = set(base.fields) | set(base.consts) | set(a.locals)
        a.mnemonic, a.toks = compile_template(a.template, slotnames, kinds, a.where)
        if a.locals and not a.set:
            raise GenError(a.where, "an alias with let= needs set= to assemble")
    check_overlaps(src)


def cond_names(expr):
    return set(re.findall(r"[A-Za-z_]\w*", expr or ""))


def parse_access(p, used, kinds):
    """acc=name:mode,... -> list of (class, param, name-or-implicit, mode)."""
    spec = p.attrs.get("acc", "")
    where = p.where
    cls_of = {}
    for kind, param, name, idx in used:
        cls = kinds[kind][1][idx]
        if cls != "NONE" and name not in cls_of:
            cls_of[name] = (cls, param, kind)
    out = []
    seen = set()
    for item in filter(None, spec.split(",")):
        m = re.fullmatch(r"(\w+):(r|w|rw)", item)
        if not m:
            raise GenError(where, f"bad access item '{item}' (want name:r|w|rw)")
        name, mode = m.groups()
        if name in IMPLICIT:
            out.append(("IMPLICIT", "", name, mode))
        elif name in cls_of:
            cls, param, kind = cls_of[name]
            out.append((cls, param or "", name, mode))
        else:
            raise GenError(where, f"access names '{name}', which is no register operand"
                           f" of the template nor one of {', '.join(IMPLICIT)}")
        seen.add(name)
    for name in cls_of:
        if name not in seen:
            raise GenError(where, f"register operand '{name}' has no access in acc=")
    return out


def overlap(a, b):
    common = a.fixmask & b.fixmask
    return ((a.fixval ^ b.fixval) & common) == 0


def check_overlaps(src):
    pats = src.patterns
    for i, a in enumerate(pats):
        for b in pats[i + 1:]:
            if overlap(a, b) and not (a.group is not None and a.group == b.group):
                raise GenError(b.where, f"pattern {b.name} overlaps {a.name} ({a.where})"
                               " outside an overlap group { }")


# ---------------------------------------------------------------- C helpers
def c_extract(f, var="w"):
    """C expression extracting field f (before transform) from var."""
    expr = None
    total = 0
    for pos, ln in reversed(f.parts):  # least significant part first
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


def rewrite_expr(expr, fieldnames, localnames, where, fvar="f", lvar="L"):
    """A C expression over field and local names -> C over f->field, L[i]."""
    def sub(m):
        n = m.group(0)
        if n in fieldnames:
            return f"{fvar}->{n}"
        if n in localnames:
            return f"{lvar}[{localnames.index(n)}]"
        return n
    if re.search(r"[{}]", expr):
        raise GenError(where, "braces are not allowed in expressions")
    return re.sub(r"\b[A-Za-z_]\w*\b", sub, expr)


def bit_diagram(p):
    s = []
    for bit in range(31, -1, -1):
        if (p.fixmask >> bit) & 1:
            s.append(str((p.fixval >> bit) & 1))
        else:
            s.append(".")
    return " ".join("".join(s[i:i + 4]) for i in range(0, 32, 4))


# ---------------------------------------------------------------- decode tree
def build_tree(items, known):
    """items: list of ('p', Pattern) or ('g', [Pattern...]), file order.
    `known` is the mask of bits already tested on the way to this node."""
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
        # all agree on the common bits: remember them and look deeper
        (val, lst), = buckets.items()
        return ("check", common, val, build_tree(lst, known | common))
    return ("switch", common,
            {v: build_tree(lst, known | common) for v, lst in sorted(buckets.items())})


def item_mask(it):
    if it[0] == "p":
        return it[1].fixmask
    m = 0xFFFFFFFF
    for p in it[1]:
        m &= p.fixmask
    return m


def item_val(it):
    if it[0] == "p":
        return it[1].fixval
    return it[1][0].fixval


def emit_tree(node, out, ind):
    sp = "    " * ind
    kind = node[0]
    if kind == "seq":
        known = node[2]
        for it in node[1]:
            for p in ([it[1]] if it[0] == "p" else it[1]):
                out.append(f"{sp}/* {p.name}: {bit_diagram(p)}  ({p.where}) */")
                rest = p.fixmask & ~known            # bits the path here has not tested
                cond = f"(w & {rest:#010x}u) == {p.fixval & rest:#010x}u && " if rest else ""
                out.append(f"{sp}if ({cond}dec_{p.name}(w, f)) return SMESIM_INSN_{p.name};")
    elif kind == "check":
        _, mask, val, sub = node
        out.append(f"{sp}if ((w & {mask:#010x}u) == {val:#010x}u) {{")
        emit_tree(sub, out, ind + 1)
        out.append(f"{sp}}}")
    else:
        _, mask, cases = node
        out.append(f"{sp}switch (w & {mask:#010x}u) {{")
        for v, sub in cases.items():
            out.append(f"{sp}case {v:#010x}u:")
            emit_tree(sub, out, ind + 1)
            out.append(f"{sp}    break;")
        out.append(f"{sp}default:")
        out.append(f"{sp}    break;")
        out.append(f"{sp}}}")


# ---------------------------------------------------------------- emitters
HEADER = "/* Generated by decode/decodegen.py from {srcs}; do not edit. */\n"


def all_field_names(src):
    names = []
    for p in src.patterns:
        for n in list(p.fields) + list(p.consts):
            if n not in names:
                names.append(n)
    return sorted(names)


def emit_insn_list(src, feats, groups, hdr):
    o = [hdr, "#ifndef SMESIM_GEN_INSN_LIST_H", "#define SMESIM_GEN_INSN_LIST_H", ""]
    o.append("/* X(id, exec function, mnemonic, feature, timing group, mode, memory,\n"
             "     arithmetic operations per active element) */")
    o.append("#define SMESIM_FOREACH_INSN(X) \\")
    for p in src.patterns:
        a = p.attrs
        o.append(f"    X({p.name}, {a['exec']}, \"{p.mnemonic}\", {a['feat']}, "
                 f"{a['time']}, {a['mode']}, {a['mem']}, {a['flops']}) \\")
    o.append("")
    o.append("#define SMESIM_FOREACH_FEATURE(X) \\")
    for f in feats:
        o.append(f"    X({f}) \\")
    o.append("")
    o.append("#define SMESIM_FOREACH_TGROUP(X) \\")
    for g in groups:
        o.append(f"    X({g}) \\")
    o.append("")
    o.append(f"#define SMESIM_NUM_PATTERNS {len(src.patterns)}")
    o.append(f"#define SMESIM_NUM_ALIASES {len(src.aliases)}")
    o += ["", "#endif", ""]
    return "\n".join(o)


def emit_fields(names, hdr):
    o = [hdr, "#ifndef SMESIM_GEN_FIELDS_H", "#define SMESIM_GEN_FIELDS_H", ""]
    o.append("/* every field name that any pattern uses, sorted */")
    o.append("#define SMESIM_FOREACH_FIELD(X) \\")
    for n in names:
        o.append(f"    X({n}) \\")
    o.append("")
    o.append(f"#define SMESIM_NUM_FIELDS {len(names)}")
    o += ["", "#endif", ""]
    return "\n".join(o)


def emit_decode(src, hdr):
    o = [hdr, '#include "decode/decode_impl.h"', ""]
    for p in src.patterns:
        o.append(f"/* {p.name}  {p.bits_text}\n   {bit_diagram(p)}  ({p.where}) */")
        o.append(f"static inline int dec_{p.name}(uint32_t w, smesim_fields *f)")
        o.append("{")
        o.append("    (void)w;")
        o.append("    (void)f;")
        for f in p.fields.values():
            o.append(f"    f->{f.name} = {c_extract(f)};")
        for k, v in p.consts.items():
            o.append(f"    f->{k} = {v};")
        if "if" in p.attrs:
            expr = rewrite_expr(p.attrs["if"], set(p.fields) | set(p.consts), [], p.where)
            o.append(f"    return ({expr});")
        else:
            o.append("    return 1;")
        o.append("}")
        o.append("")
    items = []
    seen_groups = {}
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
    o.append("int smesim_decode_fields(uint32_t w, smesim_fields *f)")
    o.append("{")
    emit_tree(tree, o, 1)
    o.append("    return SMESIM_INSN_UNDEF;")
    o.append("}")
    o.append("")
    return "\n".join(o)


def emit_forms(src, fieldnames, hdr):
    """Templates (as token arrays), forms (pattern and alias texts, in
    printing preference), alias functions, encoder, access tables."""
    o = [hdr, '#include "decode/decode_impl.h"', ""]
    fidx = {n: i for i, n in enumerate(fieldnames)}
    nf = len(fieldnames)
    toks_out = []   # C initialisers of smesim_tok
    conds_out = []  # C initialisers of smesim_optcond

    def slot(name, locals_):
        if name in locals_:
            return nf + locals_.index(name)
        return fidx[name]

    def flatten(toks, locals_):
        start = len(toks_out)
        for t in toks:
            if t[0] == "lit":
                toks_out.append(f'{{SMESIM_TOK_LIT, 0, 0, 0, {{0, 0, 0, 0}}, {c_str(t[1])}, 0, 0}}')
            elif t[0] == "op":
                sl = [slot(n, locals_) for n in t[3]] + [0] * (4 - len(t[3]))
                par = f"'{t[2]}'" if t[2] else "0"
                toks_out.append(f"{{SMESIM_TOK_OP, SMESIM_KIND_{t[1]}, {par}, {len(t[3])}, "
                                f"{{{', '.join(map(str, sl))}}}, 0, 0, 0}}")
            else:
                conds, body = t[1], t[2]
                me = len(toks_out)
                toks_out.append(None)
                c0 = len(conds_out)
                for n, v in conds:
                    conds_out.append(f"{{{slot(n, locals_)}, {v}}}")
                flatten(body, locals_)
                toks_out.append("{SMESIM_TOK_END, 0, 0, 0, {0, 0, 0, 0}, 0, 0, 0}")
                toks_out[me] = (f"{{SMESIM_TOK_OPT, 0, 0, 0, {{0, 0, 0, 0}}, 0, {c0}, {len(conds)}}}")
        return start, len(toks_out) - start

    byname = {p.name: p for p in src.patterns}
    forms = []  # (insn name, mnemonic, tokstart, ntok, cond fn, let fn, set fn, nlocals, where)
    alias_fns = []
    aliases_of = {}
    for i, a in enumerate(src.aliases):
        aliases_of.setdefault(a.base, []).append((i, a))
    for p in src.patterns:
        mine = aliases_of.get(p.name, [])
        ordered = [x for x in mine if not x[1].asmonly] + [None] + [x for x in mine if x[1].asmonly]
        for entry in ordered:
            if entry is None:
                ts, tn = flatten(p.toks, [])
                forms.append((p.name, p.mnemonic, ts, tn, "0", "0", "0", 0, 0,
                              f"{p.name} ({p.where})"))
                continue
            i, a = entry
            base = byname[a.base]
            fnames = set(base.fields) | set(base.consts)
            ts, tn = flatten(a.toks, a.locals)
            cfn = lfn = sfn = "0"
            if a.cond:
                cfn = f"alias_cond_{i}"
                alias_fns.append(f"/* {a.name} ({a.where}) */\nstatic int {cfn}(const smesim_fields *f)\n"
                                 f"{{\n    return {rewrite_expr(a.cond, fnames, a.locals, a.where)};\n}}\n")
            if a.let:
                lfn = f"alias_let_{i}"
                body = "".join(f"    {rewrite_expr(s.strip(), fnames, a.locals, a.where)};\n"
                               for s in a.let.split(";") if s.strip())
                alias_fns.append(f"static void {lfn}(const smesim_fields *f, int64_t *L)\n"
                                 f"{{\n    (void)f;\n{body}}}\n")
            if a.set:
                sfn = f"alias_set_{i}"
                body = "".join(f"    {rewrite_expr(s.strip(), fnames, a.locals, a.where)};\n"
                               for s in a.set.split(";") if s.strip())
                alias_fns.append(f"static void {sfn}(smesim_fields *f, const int64_t *L)\n"
                                 f"{{\n    (void)L;\n{body}}}\n")
            forms.append((p.name, a.mnemonic, ts, tn, cfn, lfn, sfn, len(a.locals),
                          1 if a.asmonly else 0, f"{a.name} ({a.where})"))

    o += alias_fns
    o.append(f"const smesim_tok smesim_toks[{max(1, len(toks_out))}] = {{")
    for t in toks_out:
        o.append(f"    {t},")
    o.append("};")
    o.append(f"const smesim_optcond smesim_optconds[{max(1, len(conds_out))}] = {{")
    for c in conds_out:
        o.append(f"    {c},")
    o.append("};")
    o.append(f"const smesim_form smesim_forms[{len(forms)}] = {{")
    for fm in forms:
        o.append(f"    /* {fm[9]} */")
        o.append(f"    {{SMESIM_INSN_{fm[0]}, \"{fm[1]}\", {fm[2]}, {fm[3]}, {fm[4]}, {fm[5]}, {fm[6]}, "
                 f"{fm[7]}, {fm[8]}}},")
    o.append("};")
    o.append(f"const unsigned smesim_num_forms = {len(forms)};")
    # per insn: first form index and count (printing preference order)
    first = {}
    for i, fm in enumerate(forms):
        first.setdefault(fm[0], [i, 0])[1] += 1
    o.append("const uint16_t smesim_insn_forms[SMESIM_NUM_PATTERNS][2] = {")
    for p in src.patterns:
        o.append(f"    {{{first[p.name][0]}, {first[p.name][1]}}}, /* {p.name} */")
    o.append("};")
    # mnemonic index for the assembler: forms sorted by mnemonic (stable)
    order = sorted(range(len(forms)), key=lambda i: forms[i][1])
    o.append(f"const uint16_t smesim_forms_by_mnemonic[{len(forms)}] = {{")
    o.append("    " + ", ".join(str(i) for i in order))
    o.append("};")
    o.append("")
    # encoder
    o.append("int smesim_encode_fields(int id, const smesim_fields *f, uint32_t *word)")
    o.append("{")
    o.append("    uint64_t raw;")
    o.append("    uint32_t w;")
    o.append("    (void)raw;")
    o.append("    switch (id) {")
    for p in src.patterns:
        o.append(f"    case SMESIM_INSN_{p.name}:")
        o.append(f"        w = {p.fixval:#010x}u;")
        for k, v in p.consts.items():
            o.append(f"        if (f->{k} != {v}) return -{fidx[k] + 1};")
        for fl in p.fields.values():
            val = f"f->{fl.name}"
            bad = f"return -{fidx[fl.name] + 1}"
            if fl.func:
                o.append(f"        if (!tf_{fl.func}_inv({val}, &raw)) {bad};")
            else:
                o.append(f"        raw = (uint64_t){val};")
            if fl.signed:
                o.append(f"        if (!smesim_fits_s((int64_t)raw, {fl.width})) {bad};")
            else:
                o.append(f"        if (raw >> {fl.width}) {bad};")
            shift = 0
            for pos, ln in reversed(fl.parts):
                o.append(f"        w |= (uint32_t)((raw >> {shift}) & {hex((1 << ln) - 1)}) << {pos};")
                shift += ln
        o.append("        break;")
    o.append("    default:")
    o.append("        return 0;")
    o.append("    }")
    o.append("    *word = w;")
    o.append("    return 1;")
    o.append("}")
    o.append("")
    # each pattern's fixed bits, for tests that aim words at it
    o.append("const uint32_t smesim_pattern_bits[SMESIM_NUM_PATTERNS][2] = {")
    for p in src.patterns:
        o.append(f"    {{{p.fixmask:#010x}u, {p.fixval:#010x}u}}, /* {p.name} */")
    o.append("};")
    o.append("")
    # constants a pattern sets (decodetree's field=value)
    o.append("void smesim_preset_consts(int id, smesim_fields *f)")
    o.append("{")
    o.append("    switch (id) {")
    for p in src.patterns:
        if p.consts:
            sets = " ".join(f"f->{k} = {v};" for k, v in p.consts.items())
            o.append(f"    case SMESIM_INSN_{p.name}: {sets} break;")
    o.append("    default: (void)f; break;")
    o.append("    }")
    o.append("}")
    o.append("")
    # access
    acc_out = []
    acc_first = []
    for p in src.patterns:
        start = len(acc_out)
        for cls, param, name, mode in p.access:
            m = {"r": "SMESIM_ACC_R", "w": "SMESIM_ACC_W", "rw": "SMESIM_ACC_RW"}[mode]
            if cls == "IMPLICIT":
                acc_out.append(f"{{SMESIM_CLASS_IMPLICIT, SMESIM_IMPL_{name}, 0, {m}}}")
            else:
                par = f"'{param}'" if param else "0"
                acc_out.append(f"{{SMESIM_CLASS_{cls}, {fidx[name]}, {par}, {m}}}")
        acc_first.append((start, len(acc_out) - start, p.name))
    o.append(f"const smesim_accspec smesim_accspecs[{max(1, len(acc_out))}] = {{")
    for a in acc_out:
        o.append(f"    {a},")
    o.append("};")
    o.append("const uint16_t smesim_insn_acc[SMESIM_NUM_PATTERNS][2] = {")
    for s, n, name in acc_first:
        o.append(f"    {{{s}, {n}}}, /* {name} */")
    o.append("};")
    o.append("")
    return "\n".join(o)


def c_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------- sweep
def sweep_words(p, seed):
    """Encodings of pattern p that sweep each field: every value for small
    fields, extremes and random values for wide ones."""
    rnd = random.Random(seed)
    free = [f for f in p.fields.values()]
    total_free = sum(f.width for f in free)

    def word(values):
        w = p.fixval
        for f in free:
            raw = values[f.name]
            shift = 0
            for pos, ln in reversed(f.parts):
                w |= ((raw >> shift) & ((1 << ln) - 1)) << pos
                shift += ln
        return w

    def randvals():
        return {f.name: rnd.getrandbits(f.width) for f in free}

    out = []
    if total_free <= 10:
        for v in range(1 << total_free):
            vals, sh = {}, 0
            for f in free:
                vals[f.name] = (v >> sh) & ((1 << f.width) - 1)
                sh += f.width
            out.append(word(vals))
        return out
    out.append(word({f.name: 0 for f in free}))
    out.append(word({f.name: (1 << f.width) - 1 for f in free}))
    for f in free:
        if f.width <= 6:
            choices = range(1 << f.width)
        else:
            top = (1 << f.width) - 1
            choices = sorted({0, 1, 2, top, top - 1, 1 << (f.width - 1),
                              (1 << (f.width - 1)) - 1} |
                             {rnd.getrandbits(f.width) for _ in range(6)})
        for c in choices:
            vals = randvals()
            vals[f.name] = c
            out.append(word(vals))
    for _ in range(16):
        out.append(word(randvals()))
    seen, uniq = set(), []
    for w in out:
        if w not in seen:
            seen.add(w)
            uniq.append(w)
    return uniq


def alias_pins(a, base):
    """Field values an alias needs: `f == n` conjuncts of its condition and
    `f = n` statements of its set=, for aiming the sweep at it."""
    pins = {}
    if a.cond and "||" not in a.cond:
        for m in re.finditer(r"(?<![!<>=])\b([a-z_]\w*)\s*==\s*(-?\d+)", a.cond):
            if m.group(1) in base.fields:
                pins[m.group(1)] = int(m.group(2))
    if a.set:
        for stmt in a.set.split(";"):
            m = re.fullmatch(r"\s*([a-z_]\w*)\s*=\s*(-?\d+)\s*", stmt)
            if m and m.group(1) in base.fields:
                pins[m.group(1)] = int(m.group(2))
    return pins


def pinned_words(p, pins, seed):
    """Encodings of p with the pinned fields fixed (given as values after
    the field transform) and the others zero, all-ones and random."""
    rnd = random.Random(seed)
    raw = {}
    for name, val in pins.items():
        f = p.fields[name]
        r = val
        if f.func and f.func.startswith("times_"):
            r = val // int(f.func.split("_")[1])
        elif f.func and f.func.startswith("plus_"):
            r = val - int(f.func.split("_")[1])
        raw[name] = r & ((1 << f.width) - 1)
    out = []
    for k in range(10):
        w = p.fixval
        for f in p.fields.values():
            v = raw.get(f.name)
            if v is None:
                v = 0 if k == 0 else (1 << f.width) - 1 if k == 1 else rnd.getrandbits(f.width)
            shift = 0
            for pos, ln in reversed(f.parts):
                w |= ((v >> shift) & ((1 << ln) - 1)) << pos
                shift += ln
        out.append(w)
    return out


# ---------------------------------------------------------------- main
def generate(decode_files, kinds_path, outdir):
    kinds = read_kinds(kinds_path)
    src = Source()
    for f in decode_files:
        parse_file(f, src, kinds)
    if not src.patterns:
        raise GenError(decode_files[0] if decode_files else "?", "no patterns")
    check(src, kinds)
    feats = sorted({p.attrs["feat"] for p in src.patterns})
    groups = sorted({p.attrs["time"] for p in src.patterns})
    fieldnames = all_field_names(src)
    srcs = ", ".join(os.path.relpath(f) if not os.path.isabs(f) else f for f in decode_files)
    hdr = HEADER.format(srcs=srcs)
    outputs = {
        "insn_list.h": emit_insn_list(src, feats, groups, hdr),
        "fields.h": emit_fields(fieldnames, hdr),
        "decode_tree.c": emit_decode(src, hdr),
        "forms.c": emit_forms(src, fieldnames, hdr),
    }
    sw = ["# Generated by decode/decodegen.py from " + srcs + "; pattern word"]
    byname = {p.name: p for p in src.patterns}
    aimed = {}
    for a in src.aliases:
        pins = alias_pins(a, byname[a.base])
        if pins:
            aimed.setdefault(a.base, []).extend(pinned_words(byname[a.base], pins, a.name))
    for p in src.patterns:
        seen = set()
        for w in sweep_words(p, p.name) + aimed.get(p.name, []):
            if w not in seen:
                seen.add(w)
                sw.append(f"{p.name} {w:08x}")
    outputs["sweep.txt"] = "\n".join(sw) + "\n"
    os.makedirs(outdir, exist_ok=True)
    for name, text in outputs.items():
        path = os.path.join(outdir, name)
        old = None
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                old = fh.read()
        if old != text:  # keep timestamps when nothing changed
            tmp = path + ".tmp"
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, path)
    return src


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description="Generate smesim's decoder, "
                                 "disassembler, assembler and instruction list "
                                 "from *.decode pattern files.")
    ap.add_argument("--kinds", required=True, help="path of decode/kinds.def")
    ap.add_argument("--out", required=True, help="output directory (build/gen)")
    ap.add_argument("files", nargs="+", help="pattern files")
    args = ap.parse_args(argv)
    try:
        generate(args.files, args.kinds, args.out)
    except GenError as e:
        print(f"decodegen: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"decodegen: {e.filename}: {e.strerror}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
