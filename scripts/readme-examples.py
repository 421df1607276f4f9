#!/usr/bin/env python3
"""Copies the marked regions of ReadmeExamplesIT (smpp-client) and ReadmeJdbcExampleIT (smpp-jdbc) into README.md's tagged code blocks (ReadmeSyncTest checks them)."""
import re, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
examples = ['smpp-client/src/test/java/dev/smppkit/client/it/ReadmeExamplesIT.java',
            'smpp-jdbc/src/test/java/dev/smppkit/jdbc/ReadmeJdbcExampleIT.java']
regions = {}
for example in examples:
    src = (root / example).read_text()
    for m in re.finditer(r'(?m)^([ \t]*)// README:begin (\S+)\n(.*?)^[ \t]*// README:end', src, re.S):
        indent = m.group(1)
        lines = [l[len(indent):] if l.startswith(indent) else l.strip() for l in m.group(3).split('\n')]
        regions[m.group(2)] = '\n'.join(lines).rstrip()
readme = (root / 'README.md').read_text()
def block(m):
    return m.group(1) + regions[m.group(2)] + '\n```'
readme = re.sub(r'(<!-- example: (\S+) -->\n```java\n)(?:.*?\n)?```', block, readme, flags=re.S)
(root / 'README.md').write_text(readme)
print('updated', sorted(regions))
