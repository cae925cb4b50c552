import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { type Capacity, capacityOf } from '../capacity';
import { cleanReasons, mergeHistories, withHistory } from '../decisions';
import { decisionV1toV2 } from '../portfolio/migrations/v1-to-v2';
import { type Decision, decisionSchema } from '../schema/decision';
import { createDefaultProfile, type Profile, profileSchema } from '../schema/profile';

export const DB_NAME = 'gig-screener';
export const DB_VERSION = 2;
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
          decisions.createIndex('by-key', 'offer.key');
          decisions.createIndex('by-created', 'createdAt');
          decisions.createIndex('by-updated', 'updatedAt');
          decisions.createIndex('by-status', 'status');
          decisions.createIndex('by-followup', 'followUpAt');
          db.createObjectStore('profile');
          db.createObjectStore('meta');
        }
        if (oldVersion === 1) {
          // Version 2 of the record: decline reasons and the status history (see the v1-to-v2 migration).
          void (async () => {
            let cursor = await transaction.objectStore('decisions').openCursor();
            while (cursor) {
              await cursor.update(decisionV1toV2(cursor.value) as Decision);
              cursor = await cursor.continue();
            }
          })();
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

/** Saves (inserts or replaces) one decision after validating it. */
export async function saveDecision(decision: Decision): Promise<Decision> {
  const valid = validate(decision);
  return write(async (db) => {
    const tx = db.transaction('decisions', 'readwrite');
    // The stored history wins over the caller's copy: another page may have added to it meanwhile.
    const stored = await tx.store.get(valid.id);
    const saved = { ...valid, history: withHistory(stored?.history ?? valid.history, valid) };
    await Promise.all([tx.store.put(saved), tx.done]);
    return saved;
  });
}

/** Reads one decision by id. */
export function getDecision(id: string): Promise<Decision | undefined> {
  return read((db) => db.get('decisions', id));
}

/** The most recently updated decision recorded for an offer's canonical key. */
export function getDecisionByKey(key: string): Promise<Decision | undefined> {
  return read(async (db) => {
    const all = await db.getAllFromIndex('decisions', 'by-key', key);
    return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  });
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

/** Every decision's id with its `updatedAt`, for merging an import. */
export function listVersions(): Promise<Map<string, string>> {
  return read(async (db) => {
    const out = new Map<string, string>();
    let cursor = await db.transaction('decisions').store.index('by-updated').openKeyCursor();
    while (cursor) {
      out.set(cursor.primaryKey, cursor.key);
      cursor = await cursor.continue();
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
 * write fails. Where the journal already holds a decision, the two histories are merged, so a copy from
 * another device cannot erase steps recorded here.
 */
export async function putDecisions(decisions: readonly Decision[]): Promise<void> {
  const valid = decisions.map(validate);
  await write(async (db) => {
    const tx = db.transaction('decisions', 'readwrite');
    // Only this transaction's own requests are awaited in between, so it stays open until the last put.
    const puts = valid.map(async (d) => {
      const stored = await tx.store.get(d.id);
      await tx.store.put(stored ? { ...d, history: mergeHistories(stored.history ?? [], d.history) } : d);
    });
    await Promise.all([...puts, tx.done]);
  });
}

/** Replaces the whole journal (and the profile, when given) in one transaction. */
export async function replaceJournal(profile: Profile | null, decisions: readonly Decision[]): Promise<void> {
  const valid = decisions.map(validate);
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
