#!/usr/bin/env python3
"""Extracts verb forms with a default CAMEO code from the PETRARCH2 CAMEO verb dictionary.

Usage: generate_cameo_verbs.py CAMEO.2.0.txt cameo_event_codes.derived.tsv > Sources/ReadoutCore/Resources/kb/cameo-verbs.tsv

Only verbs whose own line carries a code that maps to a PLOVER type are kept (patterns with
objects are left to the hand-written lexicon). The CAMEO verb dictionary is MIT licensed
(Open Event Data Alliance, PETRARCH2); the output credits it.
"""
import re
import sys

def regular_forms(verb):
    v = verb.lower()
    forms = {v}
    if v.endswith("e"):
        forms |= {v + "s", v + "d", v[:-1] + "ing"}
    elif v.endswith("y") and len(v) > 2 and v[-2] not in "aeiou":
        forms |= {v[:-1] + "ies", v[:-1] + "ied", v + "ing"}
    elif re.search(r"(s|sh|ch|x|z)$", v):
        forms |= {v + "es", v + "ed", v + "ing"}
    else:
        forms |= {v + "s", v + "ed", v + "ing"}
    return forms

def main():
    dictionary, codes_path = sys.argv[1], sys.argv[2]
    plover = {}
    with open(codes_path) as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            cols = dict(zip(header, line.rstrip("\n").split("\t")))
            if cols.get("plover_event"):
                plover[cols["code"]] = cols["plover_event"]
    in_verbs = False
    out = {}
    block = None
    with open(dictionary, encoding="latin-1") as f:
        for raw in f:
            line = raw.split("#")[0].rstrip()
            if raw.startswith("####### VERB PATTERNS"):
                in_verbs = True
                continue
            if raw.startswith("######## TRANSFORMATIONS"):
                break
            if in_verbs and line.startswith("---"):
                h = re.search(r"\[([0-9]+)\]", line)
                block = h.group(1) if h else None
                continue
            if not in_verbs or not line or line.startswith("-") or line[0].isspace():
                continue
            m = re.match(r"^(\+?[A-Z_'\-]+)\s*(\{[^}]*\})?\s*(\[([0-9]+)\])?", line)
            if not m:
                continue
            weak = not m.group(4)
            code = m.group(4) or block
            if code not in plover:
                continue
            head = m.group(1)
            if head.startswith("+"):
                words = head[1:].strip("_").lower().replace("_", " ")
                forms = {words}
                if m.group(2):
                    for item in re.split(r"[\s,]+", m.group(2).strip("{} ")):
                        if item.startswith("+"):
                            forms.add(item[1:].strip("_").lower().replace("_", " "))
            else:
                if m.group(2):
                    forms = {head.lower()} | {x.lower() for x in re.split(r"[\s,]+", m.group(2).strip("{} ")) if x}
                else:
                    forms = regular_forms(head)
            for form in forms:
                if form and (form not in out or (out[form][1] and not weak)):
                    out[form] = (code, weak)
    for form in sorted(out):
        code, weak = out[form]
        print(f"{form}\t{code}\t{'w' if weak else 's'}")

main()
