import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPortfolioFile } from '../../../utils/portfolio/import';
import { migrateDecision } from '../../../utils/schema/migrations';
import { decisionV1toV2, v1ToV2 } from '../../../utils/schema/migrations/v1-to-v2';

const FIXTURES = path.resolve(__dirname, '../../fixtures/portfolio');

describe('portfolio log v1 → v2', () => {
  it('gives each decision the one history step v1 knew (its state at the last update) and no reasons', () => {
    const read = readPortfolioFile(readFileSync(path.join(FIXTURES, 'v1.json'), 'utf8'));
    if (!read.ok) throw new Error(read.error);
    expect(read.version).toBe(1);
    const byId = new Map(read.decisions.map((d) => [d.id, d]));
    expect(byId.get('v1-hold')?.history).toEqual([
      { at: '2026-11-20T09:05:00.000Z', status: 'hold', followUpAt: '2026-12-01' },
    ]);
    expect(byId.get('v1-declined')?.history).toEqual([
      { at: '2026-11-20T09:05:00.000Z', status: 'declined', followUpAt: null },
    ]);
    for (const decision of read.decisions) expect(decision.declineReasons).toEqual([]);
  });

  it('reads a v2 file as written: its reasons and full history are kept', () => {
    const read = readPortfolioFile(readFileSync(path.join(FIXTURES, 'v2.json'), 'utf8'));
    if (!read.ok) throw new Error(read.error);
    const byId = new Map(read.decisions.map((d) => [d.id, d]));
    expect(byId.get('v2-declined')?.declineReasons).toEqual(['rate', 'liability']);
    expect(byId.get('v2-accepted')?.history.map((h) => h.status)).toEqual(['hold', 'accepted']);
  });

  it('leaves what it cannot read for the import to report, and never overwrites existing v2 fields', () => {
    expect(decisionV1toV2('not a decision')).toBe('not a decision');
    expect(decisionV1toV2(null)).toBeNull();
    const already = { id: 'x', status: 'declined', declineReasons: ['scam'], history: [] };
    expect(decisionV1toV2(already)).toEqual(already);
    expect(v1ToV2({ schemaVersion: 1, decisions: 'oops' })).toEqual({ schemaVersion: 2, decisions: 'oops' });
  });
});

describe('one decision record brought to the current version (the database upgrade)', () => {
  const v1 = { id: 'x', status: 'hold', followUpAt: '2026-12-01', updatedAt: '2026-11-20T09:05:00.000Z' };

  it('applies the same steps as a log: a version 1 record gains its one history step', () => {
    expect(migrateDecision(v1, 1)).toEqual({
      ...v1,
      declineReasons: [],
      history: [{ at: v1.updatedAt, status: 'hold', followUpAt: '2026-12-01' }],
    });
  });

  it('leaves a current record as it is, and refuses a version it has no step for', () => {
    expect(migrateDecision(v1, 2)).toBe(v1);
    expect(() => migrateDecision(v1, 0)).toThrow(RangeError);
  });
});
