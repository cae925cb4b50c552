#!/usr/bin/env node
// Content scripts load on every job page: each site's script (the shared core and that site's adapters) has
// a gzip budget. Baselines: the generic script (the shared core with no adapter), and react-dom for scale.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP = 12 * 1024;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, '.output/chrome-mv3/content-scripts');
const reactGzip = gzipSync(
  readFileSync(path.join(root, 'node_modules/react-dom/cjs/react-dom-client.production.js')),
).length;
const sizes = readdirSync(dir)
  .filter((f) => f.endsWith('.js'))
  .map((file) => {
    const bytes = readFileSync(path.join(dir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
const core = sizes.find((s) => s.file === 'offer.js')?.gzip ?? 0;
const kb = (n) => (n / 1024).toFixed(1);
let worst = 0;
for (const { file, raw, gzip } of sizes) {
  worst = Math.max(worst, gzip);
  const vsCore = core ? ` (core ${file === 'offer.js' ? 'itself' : `+${kb(gzip - core)} kB`})` : '';
  console.log(`${file.padEnd(16)} ${kb(raw).padStart(6)} kB raw  ${kb(gzip).padStart(5)} kB gzip${vsCore}`);
}
console.log(
  `largest content script: ${kb(worst)} kB gzip (budget ${BUDGET_GZIP / 1024} kB per site; ` +
    `${((worst / reactGzip) * 100).toFixed(0)}% of react-dom's ${kb(reactGzip)} kB gzip)`,
);
process.exit(worst <= BUDGET_GZIP ? 0 : 1);
