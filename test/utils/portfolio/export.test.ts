import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  buildPortfolioEnvelope,
  buildPortfolioLog,
  portfolioFileName,
  portfolioLogParts,
  prepareDecisionLines,
  serializePortfolioLog,
} from '../../../utils/portfolio/export';
import { portfolioLogSchema } from '../../../utils/schema/portfolio';
import { createDefaultProfile } from '../../../utils/schema/profile';
import { makeDecision } from '../fixtures';

const SCHEMA_FILE = path.resolve(__dirname, '../../../docs/portfolio-log.schema.json');

describe('portfolio log export', () => {
  it('wraps the profile and decisions in the versioned envelope, and reads back equal', () => {
    const now = new Date('2026-11-22T10:00:00.000Z');
    const log = buildPortfolioLog(createDefaultProfile(), [makeDecision()], { now, appVersion: '0.1.0' });
    expect(log).toMatchObject({
      format: 'gig-screener.portfolio-log',
      schemaVersion: 2,
      exportedAt: '2026-11-22T10:00:00.000Z',
      app: { name: 'Gig Screener', version: '0.1.0' },
    });
    const reparsed = portfolioLogSchema.parse(JSON.parse(serializePortfolioLog(log)));
    expect(reparsed).toEqual(log);
  });

  it('refuses to build a log around an invalid profile', () => {
    const profile = createDefaultProfile();
    const bad = { ...profile, preferences: { ...profile.preferences, weeklyHours: -5 } };
    expect(() => buildPortfolioLog(bad, [makeDecision()], { now: new Date(), appVersion: '0.1.0' })).toThrow();
  });

  it('writes one decision per line after the indented envelope, and an empty journal as []', () => {
    const now = new Date('2026-11-22T10:00:00.000Z');
    const decisions = [makeDecision({ id: 'a' }), makeDecision({ id: 'b', note: 'line one\nline two' })];
    const text = serializePortfolioLog(buildPortfolioLog(createDefaultProfile(), decisions, { now, appVersion: '1' }));
    const lines = text.split('\n');
    expect(lines.filter((line) => line.startsWith('    {"id":'))).toHaveLength(2);
    expect(lines[1]).toBe('  "format": "gig-screener.portfolio-log",');
    expect(JSON.parse(text).decisions.map((d: { id: string }) => d.id)).toEqual(['a', 'b']);
    const empty = serializePortfolioLog(buildPortfolioLog(createDefaultProfile(), [], { now, appVersion: '1' }));
    expect(JSON.parse(empty).decisions).toEqual([]);
    expect(empty.endsWith('  "decisions": []\n}\n')).toBe(true);
  });

  it('a file composed from lines prepared slice by slice is the same file as one serialized at once', async () => {
    const now = new Date('2026-11-22T10:00:00.000Z');
    const profile = createDefaultProfile();
    for (const count of [0, 1, 7, 12]) {
      const decisions = Array.from({ length: count }, (_, i) => makeDecision({ id: `d-${i}`, note: `n${i}` }));
      const queue: (() => void)[] = [];
      const pending = prepareDecisionLines(
        decisions,
        (work) => queue.push(work),
        () => true,
        5,
      );
      while (queue.length) queue.shift()?.();
      const body = await pending;
      expect(body).not.toBeNull();
      const envelope = buildPortfolioEnvelope(profile, { now, appVersion: '1' });
      const text = await new Blob(portfolioLogParts(envelope, body as Blob, count)).text();
      expect(text).toBe(serializePortfolioLog(buildPortfolioLog(profile, decisions, { now, appVersion: '1' })));
    }
  });

  it('stops preparing, with nothing to use, once the journal changes', async () => {
    const decisions = Array.from({ length: 20 }, (_, i) => makeDecision({ id: `d-${i}` }));
    const queue: (() => void)[] = [];
    let wanted = true;
    const pending = prepareDecisionLines(
      decisions,
      (work) => queue.push(work),
      () => wanted,
      5,
    );
    queue.shift()?.();
    wanted = false;
    while (queue.length) queue.shift()?.();
    expect(await pending).toBeNull();
  });

  it.each([
    [new Date(2026, 10, 22, 23, 59), 'gig-screener-log-2026-11-22.json'],
    [new Date(2027, 0, 3, 0, 1), 'gig-screener-log-2027-01-03.json'],
  ])('names the file by the local date (%s)', (now, name) => {
    expect(portfolioFileName(now)).toBe(name);
  });

  it('ships a JSON Schema in docs/ that matches the zod schema (UPDATE_SCHEMA=1 rewrites it)', () => {
    // io 'input': the schema describes what an import accepts (defaults may be left out).
    const generated = `${JSON.stringify(z.toJSONSchema(portfolioLogSchema, { io: 'input' }), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated);
    expect(
      existsSync(SCHEMA_FILE),
      'docs/portfolio-log.schema.json is missing: run UPDATE_SCHEMA=1 npx vitest run test/utils/portfolio',
    ).toBe(true);
    expect(
      readFileSync(SCHEMA_FILE, 'utf8'),
      'docs/portfolio-log.schema.json is stale: run UPDATE_SCHEMA=1 npx vitest run test/utils/portfolio',
    ).toBe(generated);
  });
});
