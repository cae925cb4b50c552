// Runs the real-browser tests: ensures Chromium, Firefox and a CJK font, builds both extensions, then `node --test` on
// every test/e2e/*.e2e.mjs file (Node 20 needs explicit paths). Extra arguments pick files.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const E2E_DIR = join(ROOT, 'test/e2e');

function step(label, command, args) {
  const started = Date.now();
  console.log(`\n> ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const code = result.status ?? 1;
  console.log(`> ${label}: exit ${code} in ${seconds} s`);
  return code;
}

const browsers = step('browsers', process.execPath, [join(ROOT, 'scripts/ensure-browsers.mjs')]);
if (browsers !== 0) process.exit(browsers);

if (process.env.SKIP_BUILD === '1') {
  console.log('\n> build: skipped (SKIP_BUILD=1)');
} else {
  const build = step('build', 'npx', ['wxt', 'build']);
  if (build !== 0) process.exit(build);
  const firefox = step('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
  if (firefox !== 0) process.exit(firefox);
}

const picked = process.argv.slice(2);
const files = (
  picked.length > 0
    ? picked.map((file) => resolve(file))
    : readdirSync(E2E_DIR)
        .filter((name) => name.endsWith('.e2e.mjs'))
        .sort()
        .map((name) => join(E2E_DIR, name))
).map((file) => relative(ROOT, file));
if (files.length === 0) {
  console.error('No e2e test files found under test/e2e/');
  process.exit(1);
}

process.exit(step('e2e', process.execPath, ['--test', '--test-concurrency=1', ...files]));
