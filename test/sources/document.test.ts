import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { SourceDocument } from '../../src/sources/document.js';
import { removeTempDirs, snapshotOf, writeFileIn } from './helpers.js';

afterAll(removeTempDirs);

const NODES_JSON = `{
    "apiVersion": "v1",
    "items": [
        {
            "kind": "Node",
            "metadata": {
                "name": "a"
            },
            "spec": {
                "podCIDRs": [
                    "10.42.0.0/24",
                    "fd00:10:244::/64"
                ]
            }
        }
    ],
    "kind": "List"
}
`;

const NODES_YAML = `apiVersion: v1
items:
- kind: Node
  metadata:
    name: a
  spec:
    podCIDRs:
    - 10.42.0.0/24
    - fd00:10:244::/64
kind: List
---
kind: ConfigMap
metadata:
  name: kube-flannel-cfg
data:
  net-conf.json: |
    {"Network": "10.42.0.0/16"}
`;

async function caught(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('SourceDocument.position', () => {
  it('resolves JSON paths to the line and column of the value', async () => {
    const doc = await SourceDocument.parse('nodes.json', NODES_JSON);
    expect(doc.syntax).toBe('json');
    expect(doc.position({ doc: 0, path: [] })).toEqual({ line: 1, column: 1 });
    expect(doc.position({ doc: 0, path: ['items', 0] })).toEqual({ line: 4, column: 9 });
    expect(doc.position({ doc: 0, path: ['items', 0, 'metadata', 'name'] })).toEqual({ line: 7, column: 25 });
    expect(doc.position({ doc: 0, path: ['items', 0, 'spec', 'podCIDRs', 1] })).toEqual({ line: 12, column: 21 });
    expect(doc.position({ doc: 0, path: ['kind'] })).toEqual({ line: 17, column: 13 });
  });

  it('resolves JSON paths to the property name when asked for the key', async () => {
    const doc = await SourceDocument.parse('nodes.json', NODES_JSON);
    expect(doc.position({ doc: 0, path: ['items', 0, 'metadata', 'name'] }, true)).toEqual({ line: 7, column: 17 });
  });

  it('resolves YAML paths, document by document', async () => {
    const doc = await SourceDocument.parse('nodes.yaml', NODES_YAML);
    expect(doc.syntax).toBe('yaml');
    expect(doc.values).toHaveLength(2);
    expect(doc.position({ doc: 0, path: ['items', 0] })).toEqual({ line: 3, column: 3 });
    expect(doc.position({ doc: 0, path: ['items', 0, 'metadata', 'name'] })).toEqual({ line: 5, column: 11 });
    expect(doc.position({ doc: 0, path: ['items', 0, 'spec', 'podCIDRs', 1] })).toEqual({ line: 9, column: 7 });
    expect(doc.position({ doc: 1, path: [] })).toEqual({ line: 12, column: 1 });
    expect(doc.position({ doc: 1, path: ['metadata', 'name'] })).toEqual({ line: 14, column: 9 });
    expect(doc.position({ doc: 1, path: ['data', 'net-conf.json'] })).toEqual({ line: 16, column: 18 });
  });

  it('resolves YAML paths to the key when asked for it', async () => {
    const doc = await SourceDocument.parse('nodes.yaml', NODES_YAML);
    expect(doc.position({ doc: 0, path: ['items', 0, 'metadata', 'name'] }, true)).toEqual({ line: 5, column: 5 });
    expect(doc.position({ doc: 1, path: ['data'] }, true)).toEqual({ line: 15, column: 1 });
  });

  it('returns undefined for paths that are not in the document', async () => {
    const json = await SourceDocument.parse('nodes.json', NODES_JSON);
    const yaml = await SourceDocument.parse('nodes.yaml', NODES_YAML);
    expect(json.position({ doc: 0, path: ['items', 3] })).toBeUndefined();
    expect(yaml.position({ doc: 0, path: ['items', 0, 'status'] })).toBeUndefined();
    expect(yaml.position({ doc: 5, path: [] })).toBeUndefined();
  });

  it('counts columns after a byte-order mark and CRLF line endings as an editor does', async () => {
    const doc = await SourceDocument.parse('nodes.json', `\uFEFF${NODES_JSON.replace(/\n/g, '\r\n')}`);
    expect(doc.position({ doc: 0, path: ['items', 0, 'metadata', 'name'] })).toEqual({ line: 7, column: 25 });
    const yaml = await SourceDocument.parse('nodes.yaml', `\uFEFF${NODES_YAML.replace(/\n/g, '\r\n')}`);
    expect(yaml.position({ doc: 1, path: ['metadata', 'name'] })).toEqual({ line: 14, column: 9 });
  });

  it('gives the same lines as counting them one by one, in files far longer than one block of lines', async () => {
    // Lines are counted a block at a time; an item on either side of a block boundary must still come out right.
    const items = Array.from({ length: 1_500 }, (_, i) => ({
      name: `node-${i}`,
      ...(i % 3 === 0 ? { tags: ['a', 'b'] } : {}),
    }));
    for (const eol of ['\n', '\r\n']) {
      const text = JSON.stringify({ items }, null, 2).replace(/\n/g, eol);
      const doc = await SourceDocument.parse('nodes.json', text);
      const wanted = [0, 1, 84, 85, 255, 256, 257, 511, 512, 1_024, 1_499];
      const positions = doc.positions(wanted.map((i) => ({ doc: 0, path: ['items', i, 'name'] })));
      wanted.forEach((i, k) => {
        const offset = text.indexOf(`"node-${i}"`);
        const before = text.slice(0, offset);
        expect(positions[k], `items[${i}]`).toEqual({
          line: before.split('\n').length,
          column: offset - (before.lastIndexOf('\n') + 1) + 1,
        });
      });
    }
  });
});

describe('SourceDocument.parse errors', () => {
  it('reports the line and column of a JSON syntax error', async () => {
    const error = await caught(() => SourceDocument.parse('n.json', '{\n    "kind": "List"\n    "items": []\n}\n'));
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ file: 'n.json', line: 3, column: 5, message: 'invalid JSON: comma expected' });
  });

  it('calls a JSON dump cut short a truncated dump', async () => {
    const error = await caught(() => SourceDocument.parse('n.json', NODES_JSON.slice(0, 120)));
    expect(error).toMatchObject({ file: 'n.json', message: 'invalid JSON: unexpected end of input (truncated dump?)' });
    expect((error as UserError).line).toBeGreaterThan(1);
  });

  it('reports the position of a YAML syntax error', async () => {
    const error = await caught(() =>
      SourceDocument.parse('n.yaml', 'kind: Node\nmetadata:\n    name: a\n  labels: {}\n'),
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({
      file: 'n.yaml',
      line: 4,
      column: 1,
      message: 'invalid YAML: All mapping items must start at the same column',
    });
  });

  it.each([
    ['an empty file', ''],
    ['whitespace only', '  \n\n'],
    ['comments only', '# kubectl printed nothing\n'],
  ])('refuses %s', async (_, text) => {
    expect(await caught(() => SourceDocument.parse('e.yaml', text))).toMatchObject({
      name: 'UserError',
      file: 'e.yaml',
      message: 'empty file',
    });
  });

  it('refuses binary content', async () => {
    expect(
      await caught(() => SourceDocument.parse('b.json', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR')),
    ).toMatchObject({ message: 'not a text file (binary content)' });
  });
});

describe('YAML alias bombs', () => {
  function billionLaughs(levels: number, width: number, flow = false): string {
    const lines = [`a0: &a0 [${Array(width).fill('"lol"').join(', ')}]`];
    for (let i = 1; i < levels; i++)
      lines.push(
        `a${i}: &a${i} [${Array(width)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    return flow ? `{${lines.join(',\n')}}\n` : `${lines.join('\n')}\n`;
  }

  it.each([
    ['block style', false],
    ['flow style, which is first tried as JSON', true],
  ])('refuses a billion-laughs document (%s) quickly with a UserError', async (_, flow) => {
    const started = Date.now();
    const error = await caught(() => SourceDocument.parse('bomb.yaml', billionLaughs(10, 10, flow)));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ file: 'bomb.yaml', message: expect.stringMatching(/^invalid YAML: .*alias/i) });
  });

  it('refuses a bomb read from disk through runCheck', async () => {
    const file = await writeFileIn(
      'bomb.yaml',
      `kind: Node\nmetadata:\n  name: a\n${billionLaughs(9, 9)
        .replace(/^/gm, '  ')
        .replace(/^ {2}a0/, 'labels:\n  a0')
        .trimEnd()}\n`,
    );
    const started = Date.now();
    await expect(snapshotOf(file)).rejects.toMatchObject({
      name: 'UserError',
      file,
      message: expect.stringMatching(/^invalid YAML: .*alias/i),
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('still reads documents that use a few aliases', async () => {
    const doc = await SourceDocument.parse('ok.yaml', 'base: &b {os: linux}\nnodes:\n  - *b\n  - *b\n');
    expect(doc.values).toEqual([{ base: { os: 'linux' }, nodes: [{ os: 'linux' }, { os: 'linux' }] }]);
  });
});

describe('__proto__ keys', () => {
  const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
  const before = prototypeKeys();

  afterEach(() => {
    // A failing test must not leave a polluted prototype behind for the others.
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it.each([
    ['JSON', '{"__proto__": {"polluted": "yes"}, "kind": "x", "metadata": {"__proto__": {"polluted": "yes"}}}'],
    ['YAML', '__proto__:\n  polluted: yes\nkind: x\nmetadata:\n  __proto__: {polluted: yes}\n'],
    ['YAML flow', '{"__proto__": {"polluted": "yes"}, kind: x}'],
  ])('do not pollute Object.prototype when parsing %s', async (_, text) => {
    const doc = await SourceDocument.parse('p', text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeKeys()).toEqual(before);
    const value = doc.values[0] as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value.kind).toBe('x');
  });

  it('do not pollute Object.prototype when nodes carrying them are read and merged', async () => {
    const node = (extra: string) => `  - kind: Node
    __proto__: {polluted: yes}
    metadata:
      name: a
      __proto__: {polluted: yes}
      labels:
        __proto__: {polluted: yes}
        kubernetes.io/os: linux
    spec:
      podCIDR: 10.42.0.0/24
      __proto__: {podCIDR: 10.99.0.0/24}
    status:
      addresses:
        - {type: InternalIP, address: ${extra}}
`;
    const file = await writeFileIn(
      'nodes.yaml',
      `apiVersion: v1\nkind: List\nitems:\n${node('10.0.0.1')}${node('10.0.0.2')}`,
    );
    const json = await writeFileIn(
      'nodes.json',
      '{"kind": "Node", "__proto__": {"polluted": "yes"}, "metadata": {"name": "b", "__proto__": {"polluted": "yes"}}, "spec": {"podCIDR": "10.42.1.0/24"}}\n',
    );
    const snapshot = await snapshotOf(file, json);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeKeys()).toEqual(before);
    expect(snapshot.nodes.map((n) => [n.name, n.os, n.internalIps, n.podCidrs.map((c) => c.text)])).toEqual([
      ['a', 'linux', ['10.0.0.1'], ['10.42.0.0/24']],
      ['b', 'unknown', [], ['10.42.1.0/24']],
    ]);
  });
});
