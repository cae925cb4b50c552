#!/usr/bin/env node
// Performance budgets, measured against baselines taken in the same run (these machines are shared and
// noisy, so only same-run ratios and medians mean anything). Prints figures; exits non-zero when a budget
// is exceeded. Parts: content-script size, analysis speed and 5 MB capture, page script time added per load,
// the overlay, the journal.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const parts = [
  ['content script size', ['node', 'scripts/bench-size.mjs']],
  ['analysis and 5 MB capture', ['npx', 'vitest', 'run', '--config', 'vitest.bench.config.ts']],
  ['page load', ['node', 'scripts/bench-page.mjs']],
  ['overlay', ['node', 'scripts/bench-overlay.mjs']],
  ['journal', ['node', 'scripts/bench-journal.mjs']],
];

if (!existsSync(path.join(root, '.output/chrome-mv3/manifest.json')) || process.env.SKIP_BUILD !== '1') {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let failed = 0;
for (const [name, [command, ...args]] of parts) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, SKIP_BUILD: '1' } });
  if (run.status !== 0) {
    failed++;
    console.log(`!! ${name}: over budget or failed (exit ${run.status})`);
  }
}
console.log(failed ? `\nbench: ${failed} part(s) over budget or failed` : '\nbench: every budget met');
process.exit(failed ? 1 : 0);
