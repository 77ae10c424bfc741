// Writes docs/rules.md from the rules' metadata. The rules are TypeScript, so tsc compiles just the registry and the
// renderer (and what they import) into node_modules/.cache, where imports of dependencies still resolve; the test
// test/docs/rules-doc.test.ts renders with the same module and fails when the committed file is stale.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = path.join(root, 'node_modules', '.cache', 'hostgw-docs');
const out = path.join(cache, 'out');

rmSync(cache, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'package.json'), '{ "type": "module" }\n');
writeFileSync(
  path.join(cache, 'tsconfig.json'),
  JSON.stringify({
    extends: path.join(root, 'tsconfig.json'),
    compilerOptions: { noEmit: false, rootDir: path.join(root, 'src'), outDir: out, sourceMap: false },
    files: [path.join(root, 'src/rules/index.ts'), path.join(root, 'src/report/rule-docs.ts')],
    include: [],
  }),
);
try {
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(cache, 'tsconfig.json')],
    { stdio: 'inherit' },
  );
  const { RULES } = await import(pathToFileURL(path.join(out, 'rules/index.js')).href);
  const { RULE_DOCS_PATH, renderRuleDocs } = await import(pathToFileURL(path.join(out, 'report/rule-docs.js')).href);
  const target = path.join(root, RULE_DOCS_PATH);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, renderRuleDocs(RULES.map((rule) => rule.meta)));
  console.log(`wrote ${RULE_DOCS_PATH} (${RULES.length} rules)`);
} finally {
  rmSync(cache, { recursive: true, force: true });
}
