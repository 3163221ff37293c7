"""decode/gen/template.py — assembly templates: reading decode/kinds.def and
compiling a template into a token tree.

A template is literal text with placeholders:
  <kind:f>, <kind:f1,f2,...>   an operand of `kind` taking those fields;
  <f>                          the same as <u:f>;
  <kind.P:f>                   a kind parameter: one character from the
                               kind's list (`<z.s:zd>`), or the name of a
                               field whose value is the parameter's index in
                               that list (`<z.esz:zd>`; names of two or more
                               characters);
  <?f=v,g=w:text>              optional text, printed unless every f=v holds.
Tokens: ("lit", text) | ("op", kind, param, pslot-name, [names])
        | ("opt", [(name, value)], [tokens]).
"""

import re

from .errors import GenError


class Kind:
    def __init__(self, name, nfields, params, classes):
        self.name, self.nfields, self.params, self.classes = name, nfields, params, classes


def read_kinds(path):
    """KIND(name, nfields, "params", class0, ..., class4) lines."""
    kinds = {}
    rx = re.compile(r'^KIND\((\w+),\s*(\d+),\s*"([^"]*)",\s*(\w+),\s*(\w+),\s*(\w+),\s*(\w+),\s*(\w+)\)')
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = rx.match(line.strip())
            if m:
                n = int(m.group(2))
                kinds[m.group(1)] = Kind(m.group(1), n, m.group(3),
                                         [m.group(4 + i) for i in range(n)])
    if not kinds:
        raise GenError(path, "no KIND(...) lines")
    return kinds


def compile_template(text, slotnames, kinds, where):
    """-> (mnemonic, tokens).  slotnames: the names placeholders may use."""
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
        close = text.find(">", pos + 1)
        if close < 0:
            raise GenError(where, "unterminated '<' in template")
        inner = text[pos + 1:close]
        pos = close + 1
        if ":" in inner:
            kspec, flds = inner.split(":", 1)
        else:
            kspec, flds = "u", inner
        kname, _, param = kspec.partition(".")
        kind = kinds.get(kname)
        if kind is None:
            raise GenError(where, f"unknown operand kind '{kname}' (see decode/kinds.def)")
        lit_param, pslot = None, None
        if param:
            if len(param) == 1:
                if param not in kind.params:
                    raise GenError(where, f"kind '{kname}' does not take parameter '{param}'"
                                   f" (it takes one of '{kind.params}')" if kind.params
                                   else f"kind '{kname}' takes no parameter")
                lit_param = kind.params.index(param)
            else:
                if not kind.params:
                    raise GenError(where, f"kind '{kname}' takes no parameter")
                if param not in slotnames:
                    raise GenError(where, f"parameter '{param}' of <{kspec}> is no known field")
                pslot = param
        names = [f.strip() for f in flds.split(",")]
        if len(names) != kind.nfields:
            raise GenError(where, f"kind '{kname}' takes {kind.nfields} field(s), got {len(names)}")
        for n in names:
            if n not in slotnames:
                raise GenError(where, f"template uses unknown field '{n}'")
        return ("op", kname, lit_param, pslot, names)

    toks = parse_seq(stop=False)
    if not toks or toks[0][0] != "lit" or not toks[0][1].strip():
        raise GenError(where, "template must start with the mnemonic")
    first = toks[0][1]
    mn, sep, rest = first.partition(" ")
    if not re.fullmatch(r"[a-z][a-z0-9.]*", mn):
        raise GenError(where, f"bad mnemonic '{mn}' (lower case expected)")
    body = ([("lit", sep + rest)] if sep else []) + toks[1:]
    return mn, body


def template_ops(toks, acc=None):
    """Every ("op", ...) token of a template, in order, optional ones too."""
    acc = [] if acc is None else acc
    for t in toks:
        if t[0] == "op":
            acc.append(t)
        elif t[0] == "opt":
            template_ops(t[2], acc)
    return acc


def template_names(toks):
    """Every name a template mentions: operand fields, parameters, conditions."""
    names = set()

    def walk(ts):
        for t in ts:
            if t[0] == "op":
                names.update(t[4])
                if t[3]:
                    names.add(t[3])
            elif t[0] == "opt":
                names.update(n for n, _ in t[1])
                walk(t[2])
    walk(toks)
    return names
