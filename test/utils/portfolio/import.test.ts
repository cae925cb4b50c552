import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeJournal, listDecisions, listVersions, putDecisions, saveDecision } from '../../../utils/db';
import { buildPortfolioLog, serializePortfolioLog } from '../../../utils/portfolio/export';
import { MAX_IMPORT_BYTES, previewImport, readPortfolioFile } from '../../../utils/portfolio/import';
import type { Decision } from '../../../utils/schema/decision';
import { MIGRATIONS, OLDEST_READABLE_VERSION } from '../../../utils/schema/migrations';
import { PORTFOLIO_SCHEMA_VERSION, portfolioLogSchema } from '../../../utils/schema/portfolio';
import { createDefaultProfile } from '../../../utils/schema/profile';
import { makeDecision as baseDecision } from '../fixtures';

/** A decision for its own offer: the offer key follows the id (the journal keeps one decision per key). */
const makeDecision = (overrides: Partial<Decision> = {}) => {
  const d = baseDecision(overrides);
  return overrides.offer ? d : { ...d, offer: { ...d.offer, key: `lancers:work:${d.id}` } };
};

const FIXTURES = path.resolve(__dirname, '../../fixtures/portfolio');
const NOW = new Date('2026-11-24T10:00:00.000Z');
const logOf = (decisions: Decision[]) =>
  serializePortfolioLog(buildPortfolioLog(createDefaultProfile(), decisions, { now: NOW, appVersion: '0.1.0' }));

beforeEach(async () => {
  await closeJournal();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeJournal();
});

describe('reading a portfolio log', () => {
  it('reads back what export wrote', () => {
    const decisions = [makeDecision({ id: 'a' }), makeDecision({ id: 'b', status: 'declined' })];
    const read = readPortfolioFile(logOf(decisions));
    expect(read.ok && read.decisions).toEqual(decisions);
  });

  it.each([
    ['a file over the size cap', 'x'.repeat(MAX_IMPORT_BYTES + 1), 'too-large'],
    ['malformed JSON', '{"format": "gig-screener.portfolio-log",', 'malformed'],
    ['deep nesting', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'too-deep'],
    ['a huge string', JSON.stringify({ note: 'x'.repeat(300_000) }), 'string-too-long'],
    ['a prototype key', '{"format":"gig-screener.portfolio-log","__proto__":{"polluted":true}}', 'forbidden-key'],
    ['a constructor key deep inside', '{"a":[{"b":{"constructor":{"prototype":{}}}}]}', 'forbidden-key'],
    ['some other JSON file', '{"name":"package","version":"1.0.0"}', 'not-a-log'],
    ['a newer version', '{"format":"gig-screener.portfolio-log","schemaVersion":99,"decisions":[]}', 'newer-version'],
    [
      'a version before the first',
      '{"format":"gig-screener.portfolio-log","schemaVersion":0,"decisions":[]}',
      'older-version',
    ],
  ])('refuses %s with a clear code', (_name, text, code) => {
    const read = readPortfolioFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toBe(code);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports an invalid record by its place and reason, and keeps the rest', () => {
    const text = logOf([makeDecision({ id: 'good' })]).replace(
      '"decisions": [',
      '"decisions": [{"id": "bad", "status": "maybe"},',
    );
    const read = readPortfolioFile(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.decisions.map((d) => d.id)).toEqual(['good']);
    expect(read.invalid).toHaveLength(1);
    expect(read.invalid[0]?.index).toBe(0);
  });

  it('has a migration for every step and a fixture for every version, each read into the current schema', () => {
    for (let v = OLDEST_READABLE_VERSION; v <= PORTFOLIO_SCHEMA_VERSION; v++) {
      if (v < PORTFOLIO_SCHEMA_VERSION) expect(MIGRATIONS[v], `no migration from v${v}`).toBeTypeOf('function');
      const file = path.join(FIXTURES, `v${v}.json`);
      expect(existsSync(file), `no fixture ${file}`).toBe(true);
      const read = readPortfolioFile(readFileSync(file, 'utf8'));
      expect(read.ok).toBe(true);
      if (!read.ok) continue;
      expect(read.invalid).toEqual([]);
      expect(
        portfolioLogSchema.safeParse({
          format: 'gig-screener.portfolio-log',
          schemaVersion: PORTFOLIO_SCHEMA_VERSION,
          exportedAt: NOW.toISOString(),
          app: { name: 'Gig Screener', version: '0' },
          profile: read.profile ?? createDefaultProfile(),
          decisions: read.decisions,
        }).success,
      ).toBe(true);
    }
  });
});

describe('merging an import into the journal', () => {
  it('adds new decisions, updates older copies, keeps newer local ones', async () => {
    await putDecisions([
      makeDecision({ id: 'old-here', note: 'local', updatedAt: '2026-11-01T00:00:00.000Z' }),
      makeDecision({ id: 'new-here', note: 'local', updatedAt: '2026-11-20T00:00:00.000Z' }),
    ]);
    const read = readPortfolioFile(
      logOf([
        makeDecision({ id: 'old-here', note: 'from file', updatedAt: '2026-11-10T00:00:00.000Z' }),
        makeDecision({ id: 'new-here', note: 'from file', updatedAt: '2026-11-05T00:00:00.000Z' }),
        makeDecision({ id: 'only-in-file' }),
      ]),
    );
    if (!read.ok) throw new Error(read.error);
    const preview = previewImport(read, await listVersions());
    expect(preview.added.map((d) => d.id)).toEqual(['only-in-file']);
    expect(preview.updated.map((d) => d.id)).toEqual(['old-here']);
    expect(preview.unchanged.map((d) => d.id)).toEqual(['new-here']);
    await putDecisions([...preview.added, ...preview.updated]);
    const notes = Object.fromEntries((await listDecisions()).map((d) => [d.id, d.note]));
    expect(notes).toEqual({ 'old-here': 'from file', 'new-here': 'local', 'only-in-file': 'Good client' });
  });

  it('changes nothing when any record of the batch cannot be written', async () => {
    await saveDecision(makeDecision({ id: 'kept' }));
    const broken = { ...makeDecision({ id: 'broken' }), status: 'maybe' } as unknown as Decision;
    await expect(putDecisions([makeDecision({ id: 'fine' }), broken])).rejects.toThrow();
    expect((await listDecisions()).map((d) => d.id)).toEqual(['kept']);
  });

  it('export → wipe → import gives back the same journal', async () => {
    const journal = Array.from({ length: 25 }, (_, i) =>
      makeDecision({ id: `d-${i}`, createdAt: new Date(Date.UTC(2026, 10, 1, i)).toISOString() }),
    );
    await putDecisions(journal);
    const text = logOf(await listDecisions());
    globalThis.indexedDB = new IDBFactory();
    await closeJournal();
    const read = readPortfolioFile(text);
    if (!read.ok) throw new Error(read.error);
    const preview = previewImport(read, await listVersions());
    await putDecisions(preview.added);
    const byId = (list: Decision[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await listDecisions())).toEqual(byId(journal));
  });
});
