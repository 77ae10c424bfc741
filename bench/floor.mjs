// The least any checker must do with a dump directory: read every file and parse the JSON ones.
// `node bench/floor.mjs DIR` prints the number of top-level items parsed so the work is observable.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/floor.mjs DIR');
  process.exit(2);
}

let items = 0;
for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
  if (!entry.isFile()) continue;
  const text = readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8');
  if (!entry.name.endsWith('.json')) continue;
  const doc = JSON.parse(text);
  items += Array.isArray(doc) ? doc.length : Object.keys(doc).length;
}
console.log(items);
