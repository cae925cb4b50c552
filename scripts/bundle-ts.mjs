// Bundles a TypeScript entry of the project for node with rolldown (from the project's own node_modules),
// so that scripts run the very code the extension ships. Returns the imported module.
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

// The bundle is self-contained (its dependencies are inlined), so it can live outside the project.
const OUT = join(tmpdir(), 'gig-screener-scripts');

export async function importTs(entry) {
  mkdirSync(OUT, { recursive: true });
  // One file per entry and process: two entries named index.ts must not share a module cache entry.
  const file = join(OUT, `${entry.replace(/\.tsx?$/, '').replace(/[^\w-]+/g, '_')}-${process.pid}.mjs`);
  await build({
    input: resolve(ROOT, entry),
    platform: 'node',
    logLevel: 'warn',
    resolve: { alias: { '@': ROOT, '~': ROOT } },
    output: { file, format: 'esm' },
  });
  const mod = await import(pathToFileURL(file).href);
  rmSync(file, { force: true });
  return mod;
}
