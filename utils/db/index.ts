import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import { type Capacity, capacityOf } from '../capacity';
import { cleanReasons, foldDecisions, mergeDecisions, withHistory } from '../decisions';
import { decisionV1toV2 } from '../portfolio/migrations/v1-to-v2';
import { type Decision, decisionSchema } from '../schema/decision';
import { createDefaultProfile, type Profile, profileSchema } from '../schema/profile';

export const DB_NAME = 'gig-screener';
export const DB_VERSION = 3;
const CHANGE_CHANNEL = 'gig-screener:journal';
const PROFILE_KEY = 'profile';

/** The journal's IndexedDB layout. */
export interface JournalSchema extends DBSchema {
  decisions: {
    key: string;
    value: Decision;
    indexes: {
      'by-key': string;
      'by-created': string;
      'by-updated': string;
      'by-status': string;
      'by-followup': string;
    };
  };
  profile: { key: string; value: Profile };
  meta: { key: string; value: unknown };
}

export type JournalErrorCode = 'quota' | 'storage' | 'invalid' | 'blocked';

/** A journal operation that failed; `code` says what the user should be told. */
export class JournalError extends Error {
  readonly code: JournalErrorCode;
  constructor(code: JournalErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'JournalError';
    this.code = code;
  }
}

function isQuotaError(error: unknown): boolean {
  // Quota failures surface as QuotaExceededError directly, or as the error of an aborted transaction.
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if (typeof e === 'object' && 'name' in e && (e as { name: unknown }).name === 'QuotaExceededError') return true;
    e = (e as { cause?: unknown; error?: unknown }).cause ?? (e as { error?: unknown }).error;
  }
  return false;
}

function toJournalError(error: unknown): JournalError {
  if (error instanceof JournalError) return error;
  if (isQuotaError(error)) {
    return new JournalError('quota', 'The browser has no storage space left for the journal; nothing was written.', {
      cause: error,
    });
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new JournalError('storage', `The journal could not be written (${detail}).`, { cause: error });
}

let opening: Promise<IDBPDatabase<JournalSchema>> | null = null;

/** Opens (once) the journal database, upgrading it version by version. */
export function openJournal(): Promise<IDBPDatabase<JournalSchema>> {
  if (!opening) {
    opening = openDB<JournalSchema>(DB_NAME, DB_VERSION, {
      // One step per version. Record changes run on the upgrade's own transaction: if one fails, the
      // whole upgrade is rolled back and the journal stays as it was.
      upgrade(db, oldVersion, _newVersion, transaction) {
        if (oldVersion < 1) {
          const decisions = db.createObjectStore('decisions', { keyPath: 'id' });
          // One decision per offer: the database itself refuses a second record for the same key.
          decisions.createIndex('by-key', 'offer.key', { unique: true });
          decisions.createIndex('by-created', 'createdAt');
          decisions.createIndex('by-updated', 'updatedAt');
          decisions.createIndex('by-status', 'status');
          decisions.createIndex('by-followup', 'followUpAt');
          db.createObjectStore('profile');
          db.createObjectStore('meta');
        } else if (oldVersion < 3) {
          void upgradeRecords(transaction, oldVersion).catch(() => {
            // Anything unexpected rolls the whole upgrade back: the journal stays as it was.
            try {
              transaction.abort();
            } catch {
              // Already finished or aborted.
            }
          });
        }
      },
      blocking(_current, _blocked, event) {
        // A newer version wants to open (an update in another page): step aside.
        (event.target as IDBDatabase | null)?.close();
        opening = null;
      },
      terminated() {
        opening = null;
      },
    }).catch((error: unknown) => {
      opening = null;
      throw toJournalError(error);
    });
  }
  return opening;
}

/**
 * Versions 1 and 2 → 3, on the upgrade's own transaction (only its requests are awaited, so it stays
 * open): version 2 records gained decline reasons and a history (see the v1-to-v2 migration); version 3
 * keeps one decision per offer key. Duplicates that older versions let in (two tabs, a retried save) are
 * merged, the later change winning and both histories kept, under the id of the first one decided;
 * then the key index becomes unique.
 */
async function upgradeRecords(
  transaction: IDBPTransaction<JournalSchema, ('decisions' | 'profile' | 'meta')[], 'versionchange'>,
  oldVersion: number,
): Promise<void> {
  const store = transaction.objectStore('decisions');
  if (store.indexNames.contains('by-key')) store.deleteIndex('by-key');
  const all = await store.getAll();
  const records = oldVersion < 2 ? all.map((d) => decisionV1toV2(d) as Decision) : all;
  const groups = new Map<string, Decision[]>();
  const writes: Promise<unknown>[] = [];
  for (const record of records) {
    const key = record?.offer?.key;
    if (typeof key !== 'string') {
      if (oldVersion < 2) writes.push(store.put(record));
      continue;
    }
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
    const [first, ...rest] = group as [Decision, ...Decision[]];
    const merged = rest.reduce(mergeDecisions, first);
    for (const other of rest) writes.push(store.delete(other.id));
    if (merged !== first || oldVersion < 2) writes.push(store.put(merged));
  }
  await Promise.all(writes);
  store.createIndex('by-key', 'offer.key', { unique: true });
}

/** Closes the cached connection (tests, and before deleting the database). */
export async function closeJournal(): Promise<void> {
  const pending = opening;
  opening = null;
  if (pending) (await pending.catch(() => null))?.close();
}

function notifyChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANGE_CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `listener` whenever any extension page or the background writes to the journal. */
export function onJournalChange(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANGE_CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}

function validate(decision: unknown): Decision {
  const parsed = decisionSchema.safeParse(decision);
  if (!parsed.success) {
    throw new JournalError('invalid', `Invalid decision: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  }
  return parsed.data;
}

async function write<T>(work: (db: IDBPDatabase<JournalSchema>) => Promise<T>): Promise<T> {
  try {
    const result = await work(await openJournal());
    notifyChange();
    return result;
  } catch (error) {
    throw toJournalError(error);
  }
}

async function read<T>(work: (db: IDBPDatabase<JournalSchema>) => Promise<T>): Promise<T> {
  try {
    return await work(await openJournal());
  } catch (error) {
    throw toJournalError(error);
  }
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

/** Weekly hours available (profile) against accepted work still in progress. */
export async function readCapacity(): Promise<Capacity> {
  const [profile, work] = await Promise.all([
    getProfile(),
    listJournalRows((d) => ({ status: d.status, outcome: d.outcome, checklist: d.checklist })),
  ]);
  return capacityOf(work, profile.preferences.weeklyHours);
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

/** Replaces the whole journal (and the profile, when given) in one transaction; one record per offer. */
export async function replaceJournal(profile: Profile | null, decisions: readonly Decision[]): Promise<void> {
  const valid = foldDecisions(decisions.map(validate));
  const validProfile = profile ? profileSchema.parse(profile) : null;
  await write(async (db) => {
    const tx = db.transaction(['decisions', 'profile'], 'readwrite');
    const store = tx.objectStore('decisions');
    const ops: Promise<unknown>[] = [store.clear(), ...valid.map((d) => store.put(d))];
    if (validProfile) ops.push(tx.objectStore('profile').put(validProfile, PROFILE_KEY));
    await Promise.all([...ops, tx.done]);
  });
}

/** Deletes every decision (the profile stays). */
export async function clearJournal(): Promise<void> {
  await write((db) => db.clear('decisions'));
}

/** The saved profile, or a default one when none was saved yet. */
export function getProfile(): Promise<Profile> {
  return read(async (db) => {
    const stored = await db.get('profile', PROFILE_KEY);
    const parsed = profileSchema.safeParse(stored ?? {});
    return parsed.success ? parsed.data : createDefaultProfile();
  });
}

/** Saves the profile after validating it. */
export async function saveProfile(profile: Profile): Promise<Profile> {
  const parsed = profileSchema.safeParse(profile);
  if (!parsed.success) throw new JournalError('invalid', `Invalid profile: ${parsed.error.issues[0]?.message}`);
  return write(async (db) => {
    await db.put('profile', parsed.data, PROFILE_KEY);
    return parsed.data;
  });
}

/** Reads a small value from the meta store (export reminders and the like). */
export function getMeta<T>(key: string): Promise<T | undefined> {
  return read(async (db) => (await db.get('meta', key)) as T | undefined);
}

/** Writes a small value to the meta store. */
export async function setMeta(key: string, value: unknown): Promise<void> {
  await write(async (db) => {
    await db.put('meta', value, key);
  });
}
