import { PORTFOLIO_SCHEMA_VERSION } from '../portfolio';
import { decisionV1toV2, v1ToV2 } from './v1-to-v2';

type Migration = (value: Record<string, unknown>) => Record<string, unknown>;

/**
 * One step per schema version: `MIGRATIONS[n]` turns a log of version n into version n + 1, each in its
 * own file (`v1-to-v2.ts`…) with a fixture of that version in test/fixtures/portfolio/ (`v1.json`…).
 * test/utils/portfolio/import.test.ts walks every step and every fixture; migrations.test.ts checks each step.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: v1ToV2,
};

/** The same steps for one decision record: what the database upgrade applies to the records it holds. */
export const DECISION_MIGRATIONS: Readonly<Record<number, (record: unknown) => unknown>> = {
  1: decisionV1toV2,
};

/** The oldest version this build can read. */
export const OLDEST_READABLE_VERSION = 1;

/** A decision record of schema version `from`, brought step by step to the current version. */
export function migrateDecision(record: unknown, from: number): unknown {
  let out = record;
  for (let version = from; version < PORTFOLIO_SCHEMA_VERSION; version++) {
    const step = DECISION_MIGRATIONS[version];
    if (!step) throw new RangeError(`No migration for decision records of version ${version}`);
    out = step(out);
  }
  return out;
}
