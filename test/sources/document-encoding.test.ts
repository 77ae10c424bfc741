import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceDocument } from '../../src/sources/document.js';

/** Windows PowerShell 5.1 writes UTF-16 LE with `>`, UTF-16 BE with `Out-File -Encoding BigEndianUnicode`. */
describe('SourceDocument.load: byte-order marks', () => {
  const text = '{\r\n    "DestinationPrefix":  "10.244.1.0/24",\r\n    "NextHop":  "192.168.10.12"\r\n}\r\n';
  const dir = mkdtempSync(join(tmpdir(), 'encoding-'));
  const cases: [string, Buffer][] = [
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).swap16()],
  ];
  for (const [name, bytes] of cases) {
    it(`reads ${name} with CRLF`, async () => {
      const file = join(dir, `${name.replace(/\W+/g, '-')}.json`);
      writeFileSync(file, bytes);
      const document = await SourceDocument.load(file);
      expect(document.values).toEqual([{ DestinationPrefix: '10.244.1.0/24', NextHop: '192.168.10.12' }]);
    });
  }
});
