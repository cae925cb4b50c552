import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildPortfolioLog, portfolioFileName, serializePortfolioLog } from '../../../utils/portfolio/export';
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
      schemaVersion: 1,
      exportedAt: '2026-11-22T10:00:00.000Z',
      app: { name: 'Gig Screener', version: '0.1.0' },
    });
    const reparsed = portfolioLogSchema.parse(JSON.parse(serializePortfolioLog(log)));
    expect(reparsed).toEqual(log);
  });

  it('refuses to build a log holding an invalid decision', () => {
    const bad = { ...makeDecision(), status: 'maybe' } as never;
    expect(() => buildPortfolioLog(createDefaultProfile(), [bad], { now: new Date(), appVersion: '0.1.0' })).toThrow();
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
