#!/usr/bin/env node
// Content scripts load on every job page: their gzip size is a budget. Baseline: the same files without
// compression, and React + react-dom's gzip size for scale.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP = 15 * 1024;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, '.output/chrome-mv3/content-scripts');
let gz = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const bytes = readFileSync(path.join(dir, file));
  const z = gzipSync(bytes, { level: 9 }).length;
  gz += z;
  console.log(`${file}: ${(bytes.length / 1024).toFixed(1)} kB raw, ${(z / 1024).toFixed(1)} kB gzip`);
}
const reactGzip = gzipSync(
  readFileSync(path.join(root, 'node_modules/react-dom/cjs/react-dom-client.production.js')),
).length;
console.log(
  `content scripts total: ${(gz / 1024).toFixed(1)} kB gzip (budget ${BUDGET_GZIP / 1024} kB; ` +
    `${((gz / reactGzip) * 100).toFixed(0)}% of react-dom's ${(reactGzip / 1024).toFixed(0)} kB gzip)`,
);
process.exit(gz <= BUDGET_GZIP ? 0 : 1);
