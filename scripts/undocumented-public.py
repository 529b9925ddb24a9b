#!/usr/bin/env python3
"""Lists public Swift declarations without a `///` doc comment (the project's convention).

Usage: scripts/undocumented-public.py [FILE_OR_DIR ...]   (default: Sources)
Prints `file:line: declaration` for each public type, member, initialiser and each case of a public
enum that has no `///` line above it (attributes in between are allowed). Exits 1 when it lists any.
It reads text line by line (no parser): braces inside strings and multi-line string literals
are skipped roughly, so treat a row as a place to look.
"""
import os, re, sys

DECL = re.compile(r'^\s*(@[\w.]+(\([^)]*\))?\s+)*(public|open)\s+[A-Za-z@(]')
TYPE = re.compile(r'^\s*(@[\w.]+(\([^)]*\))?\s+)*((public|open|internal|private|fileprivate|package|final|indirect)\s+)*(enum|struct|class|actor|protocol|extension)\b')
CASE = re.compile(r'^\s*case\s+[A-Za-z_`]')


def swift_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, _, names in os.walk(path):
                if '/.build' in root:
                    continue
                yield from (os.path.join(root, n) for n in sorted(names) if n.endswith('.swift'))
        elif path.endswith('.swift'):
            yield path


def documented(lines, i):
    j = i - 1
    while j >= 0 and lines[j].strip().startswith('@'):
        j -= 1
    return j >= 0 and (lines[j].strip().startswith('///') or lines[j].strip().endswith('*/'))


def scan(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    stack = []          # one entry per open brace: True when it opens a public enum's body
    in_literal = False  # inside a """ multi-line string
    rows = []
    for i, line in enumerate(lines):
        if line.count('"""') % 2 == 1:
            in_literal = not in_literal
            continue
        if in_literal:
            continue
        code = re.sub(r'"(\\.|[^"\\])*"', '""', line.split('//')[0])
        stripped = code.strip()
        public_enum_body = bool(stack) and stack[-1]
        if DECL.match(code) and not re.search(r'\b(import|extension)\b', stripped.split('{')[0]):
            if not documented(lines, i):
                rows.append((i + 1, line.strip()))
        elif public_enum_body and CASE.match(code) and not stripped.endswith(':'):
            if not documented(lines, i):
                rows.append((i + 1, line.strip()))
        opens_public_enum = bool(TYPE.match(code)) and re.search(r'\b(public|open)\b', code) and re.search(r'\benum\b', code)
        for ch in code:
            if ch == '{':
                stack.append(bool(opens_public_enum))
                opens_public_enum = False
            elif ch == '}' and stack:
                stack.pop()
    return rows


def main():
    paths = sys.argv[1:] or ['Sources']
    count = 0
    for path in swift_files(paths):
        for line, text in scan(path):
            print(f'{path}:{line}: {text}')
            count += 1
    return 1 if count else 0


if __name__ == '__main__':
    sys.exit(main())
