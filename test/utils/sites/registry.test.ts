// @vitest-environment happy-dom

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapters, SUPPORTED_HOST_MATCHES } from '../../../utils/sites';
import { PAGES } from './load';

const SITES_DIR = path.resolve(__dirname, '../../../utils/sites');
const NOT_ADAPTERS = new Set(['index.ts', 'capture.ts']);

/** Each adapter file's own exports: the adapter and the offer URLs it was checked against. */
const modules = import.meta.glob<{ exampleUrls?: readonly string[] }>('../../../utils/sites/*.ts', { eager: true });
const examplesOf = (id: string) => modules[`../../../utils/sites/${id}.ts`]?.exampleUrls ?? [];
const adapterFiles = readdirSync(SITES_DIR).filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f));

describe('site adapter registry', () => {
  it.each(adapterFiles)('%s is registered under its file name, with a fixture, a test and example URLs', (file) => {
    const id = file.replace(/\.ts$/, '');
    const adapter = adapters.find((a) => a.id === id);
    expect(adapter, `${file} is not in utils/sites/index.ts`).toBeDefined();
    expect(examplesOf(id).length, `${file} exports no exampleUrls`).toBeGreaterThan(0);
    expect(existsSync(path.join(PAGES, id)), `test/fixtures/pages/${id}/ is missing`).toBe(true);
    const ownTest = path.join(__dirname, `${id}.test.ts`);
    const tested =
      existsSync(ownTest) ||
      readFileSync(path.join(__dirname, 'adapters.test.ts'), 'utf8').includes(`describe('${id}'`);
    expect(tested, `no test/utils/sites/${id}.test.ts`).toBe(true);
  });

  it.each(adapterFiles)('%s imports only the shared helpers, so a site’s script can carry it alone', (file) => {
    const source = readFileSync(path.join(SITES_DIR, file), 'utf8');
    // Type-only imports vanish from the bundle; every value import must come from the shared lib.
    const imports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((spec) => !spec?.startsWith('./lib/'))).toEqual([]);
  });

  it('lists no adapter without a file', () => {
    expect(adapters.map((a) => `${a.id}.ts`).sort()).toEqual([...adapterFiles].sort());
  });

  it('asks host access for sites only, never all URLs', () => {
    expect(SUPPORTED_HOST_MATCHES.length).toBeGreaterThan(0);
    for (const pattern of SUPPORTED_HOST_MATCHES) expect(pattern).toMatch(/^\*:\/\/\*\.[a-z0-9-]+\.[a-z.]+\/.*$/);
  });

  it('recognises each adapter’s example URLs as its own offers', () => {
    for (const adapter of adapters) {
      for (const url of examplesOf(adapter.id)) {
        expect(adapter.isOffer(new URL(url), new DOMParser().parseFromString('', 'text/html'))).toBe(true);
      }
    }
  });
});
