import { v1ToV2 } from './v1-to-v2';

/**
 * One step per schema version: `MIGRATIONS[n]` turns a log of version n into version n + 1, each in its
 * own file (`v1-to-v2.ts`…) with a fixture of that version in test/fixtures/portfolio/ (`v1.json`…).
 * test/utils/portfolio/import.test.ts walks every step and every fixture; migrations.test.ts checks each step.
 */
export const MIGRATIONS: Readonly<Record<number, (log: Record<string, unknown>) => Record<string, unknown>>> = {
  1: v1ToV2,
};

/** The oldest version this build can read. */
export const OLDEST_READABLE_VERSION = 1;
