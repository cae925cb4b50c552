/**
 * One step per schema version: `MIGRATIONS[n]` turns a log of version n into version n + 1, each in its
 * own file (`v1-to-v2.ts`…) with a fixture of the older version in test/fixtures/portfolio/. Version 1 is
 * the first published format, so there is nothing to migrate yet; a test walks every step and fixture.
 */
export const MIGRATIONS: Readonly<Record<number, (log: Record<string, unknown>) => Record<string, unknown>>> = {};

/** The oldest version this build can read. */
export const OLDEST_READABLE_VERSION = 1;
