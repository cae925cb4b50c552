import type { IDBPTransaction } from 'idb';
import { type Decision, decisionSchema } from '../schema/decision';
import { cleanReasons, mergeDecisions, withHistory } from '../schema/decision-records';
import { JournalError, type JournalSchema, read, write } from './open';

function validate(decision: unknown): Decision {
  const parsed = decisionSchema.safeParse(decision);
  if (!parsed.success) {
    throw new JournalError('invalid', `Invalid decision: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  }
  return parsed.data;
}

type DecisionsTx = IDBPTransaction<JournalSchema, ['decisions'], 'readwrite'>;

/**
 * Merges decisions into the journal inside `tx`: each lands on the journal's record for its offer key
 * (or, failing that, its id), later change winning and both histories kept; a decision for an offer the
 * journal does not hold yet is added. Answers each decision as it now stands. Every read is issued
 * before any write and only this transaction's requests are awaited, so it stays open and no other
 * writer can come in between.
 */
async function mergeInto(tx: DecisionsTx, incoming: readonly Decision[]): Promise<Decision[]> {
  const byKeyIndex = tx.store.index('by-key');
  const found = await Promise.all(
    incoming.flatMap((d) => [tx.store.get(d.id), byKeyIndex.get(d.offer.key)] as Promise<Decision | undefined>[]),
  );
  const records = new Map<string, Decision>();
  const owners = new Map<string, string>();
  for (const record of found) {
    if (!record) continue;
    records.set(record.id, record);
    owners.set(record.offer.key, record.id);
  }
  const puts = new Map<string, Decision>();
  const results: Decision[] = [];
  for (const d of incoming) {
    const ownerId = owners.get(d.offer.key);
    const byKey = ownerId === undefined ? undefined : records.get(ownerId);
    const byId = records.get(d.id);
    // Another record with this id but for another offer is left as it is: the offer's own record wins.
    const target = byKey ?? byId;
    const next = target ? mergeDecisions(target, d) : { ...d, history: withHistory(d.history, d) };
    if (target && target.offer.key !== next.offer.key && owners.get(target.offer.key) === target.id) {
      owners.delete(target.offer.key);
    }
    records.set(next.id, next);
    owners.set(next.offer.key, next.id);
    if (next !== target) puts.set(next.id, next);
    results.push(next);
  }
  await Promise.all([...puts.values()].map((d) => tx.store.put(d)));
  return results;
}

/**
 * Saves one decision after validating it. A decision for an offer the journal already holds (from
 * another tab or window, or a retry whose first answer was lost) updates that one record, which keeps
 * its id: the later change wins and both steps stay in its history. Saving the same thing twice changes
 * nothing. Answers the decision as stored.
 */
export async function saveDecision(decision: Decision): Promise<Decision> {
  const valid = validate(decision);
  return write(async (db) => {
    const tx = db.transaction('decisions', 'readwrite');
    const [saved] = await Promise.all([mergeInto(tx, [valid]), tx.done]);
    return saved[0] as Decision;
  });
}

/** Reads one decision by id. */
export function getDecision(id: string): Promise<Decision | undefined> {
  return read((db) => db.get('decisions', id));
}

/** The decision recorded for an offer's canonical key (there is at most one). */
export function getDecisionByKey(key: string): Promise<Decision | undefined> {
  return read((db) => db.getFromIndex('decisions', 'by-key', key));
}

/** Sorts in place by creation time, newest first (ISO strings sort as dates); ties by id, for a stable order. */
function newestFirst(decisions: Decision[]): Decision[] {
  return decisions.sort((a, b) =>
    a.createdAt === b.createdAt ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.createdAt < b.createdAt ? 1 : -1,
  );
}

/** Decisions, newest created first, optionally one page of them. */
export function listDecisions(opts: { limit?: number; offset?: number } = {}): Promise<Decision[]> {
  const { limit = Number.POSITIVE_INFINITY, offset = 0 } = opts;
  return read(async (db) => {
    if (limit === Number.POSITIVE_INFINITY && offset === 0) {
      // The whole journal (export): one getAll over the store (a plain scan, faster than walking the
      // index), then newest first.
      return newestFirst(await db.getAll('decisions'));
    }
    const out: Decision[] = [];
    let skipped = 0;
    let cursor = await db.transaction('decisions').store.index('by-created').openCursor(null, 'prev');
    while (cursor && out.length < limit) {
      if (skipped < offset) skipped++;
      else out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  });
}

/**
 * Every decision as a journal row (title, status, dates, search text…), newest created first. The full
 * decisions are not kept: ten thousand of them with their captured text would be tens of megabytes.
 */
export function listJournalRows<T>(
  toRow: (decision: Decision) => T,
  /** Also given every decision, newest first, from the same read (the side panel prepares its export). */
  alsoAll?: (decisions: readonly Decision[]) => void,
): Promise<T[]> {
  // One getAll is far faster than a cursor step per record (each step is a round trip to the database).
  return read(async (db) => {
    const all = newestFirst(await db.getAll('decisions'));
    alsoAll?.(all);
    const out: T[] = new Array(all.length);
    for (let i = 0; i < all.length; i++) out[i] = toRow(all[i] as Decision);
    return out;
  });
}

/** Sets one status on many decisions in one transaction: all change, or none. */
export function setStatuses(
  ids: readonly string[],
  status: Decision['status'],
  now: Date = new Date(),
): Promise<number> {
  return write(async (db) => {
    const tx = db.transaction('decisions', 'readwrite');
    let changed = 0;
    for (const id of ids) {
      const existing = await tx.store.get(id);
      if (!existing || existing.status === status) continue;
      const next = validate({
        ...existing,
        status,
        followUpAt: status === 'hold' ? existing.followUpAt : null,
        declineReasons: cleanReasons(status, existing.declineReasons),
        updatedAt: now.toISOString(),
      });
      await tx.store.put({ ...next, history: withHistory(existing.history ?? [], next) });
      changed++;
    }
    await tx.done;
    return changed;
  });
}

/** What an import needs to know of a decision in the journal. */
export interface JournalVersion {
  updatedAt: string;
  /** The offer's canonical key. */
  key: string;
}

/** Every decision's id with its `updatedAt` and offer key, for merging an import. */
export function listVersions(): Promise<Map<string, JournalVersion>> {
  return read(async (db) => {
    const out = new Map<string, JournalVersion>();
    const tx = db.transaction('decisions');
    // Two key-only walks (no record is read): the dates, then the offer keys.
    let byUpdated = await tx.store.index('by-updated').openKeyCursor();
    while (byUpdated) {
      out.set(byUpdated.primaryKey, { updatedAt: byUpdated.key, key: '' });
      byUpdated = await byUpdated.continue();
    }
    let byKey = await tx.store.index('by-key').openKeyCursor();
    while (byKey) {
      const version = out.get(byKey.primaryKey);
      if (version) version.key = byKey.key;
      byKey = await byKey.continue();
    }
    return out;
  });
}

/** How many decisions the journal holds. */
export function countDecisions(): Promise<number> {
  return read((db) => db.count('decisions'));
}

/** Deletes one decision and returns it, so the caller can offer Undo. */
export function deleteDecision(id: string): Promise<Decision | undefined> {
  return write(async (db) => {
    const tx = db.transaction('decisions', 'readwrite');
    const existing = await tx.store.get(id);
    if (existing) await tx.store.delete(id);
    await tx.done;
    return existing;
  });
}

/** Puts a deleted decision back (Undo). */
export async function restoreDecision(decision: Decision): Promise<void> {
  await saveDecision(decision);
}

/**
 * Writes many decisions (an import) in one transaction: all of them, or none if any is invalid or the
 * write fails. Each is merged by offer key as well as by id (see `saveDecision`), so a copy from another
 * device cannot erase steps recorded here, nor add a second record for an offer.
 */
export async function putDecisions(decisions: readonly Decision[]): Promise<void> {
  const valid = decisions.map(validate);
  await write(async (db) => {
    const tx = db.transaction('decisions', 'readwrite');
    await Promise.all([mergeInto(tx, valid), tx.done]);
  });
}
