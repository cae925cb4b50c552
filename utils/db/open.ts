import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import type { Decision } from '../schema/decision';
import { mergeDecisions } from '../schema/decision-records';
import { migrateDecision } from '../schema/migrations';
import type { Profile } from '../schema/profile';

export const DB_NAME = 'gig-screener';
export const DB_VERSION = 3;
const CHANGE_CHANNEL = 'gig-screener:journal';
/** The profile store holds one record, under this key. */
export const PROFILE_KEY = 'profile';

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

export type JournalErrorCode = 'quota' | 'storage' | 'invalid';

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

/** The schema version of the records a database version holds: version 3 changed only an index. */
function recordVersionOf(databaseVersion: number): number {
  return databaseVersion < 2 ? 1 : 2;
}

/**
 * Versions 1 and 2 → 3, on the upgrade's own transaction (only its requests are awaited, so it stays
 * open): each record is brought to the current schema version by the same migrations as an imported
 * log; version 3 keeps one decision per offer key. Duplicates that older versions let in (two tabs, a
 * retried save) are merged, the later change winning and both histories kept, under the id of the first
 * one decided; then the key index becomes unique.
 */
async function upgradeRecords(
  transaction: IDBPTransaction<JournalSchema, ('decisions' | 'profile' | 'meta')[], 'versionchange'>,
  oldVersion: number,
): Promise<void> {
  const store = transaction.objectStore('decisions');
  if (store.indexNames.contains('by-key')) store.deleteIndex('by-key');
  const stored = await store.getAll();
  const from = recordVersionOf(oldVersion);
  const migrated = from < recordVersionOf(DB_VERSION);
  const records = migrated ? stored.map((d) => migrateDecision(d, from) as Decision) : stored;
  const groups = new Map<string, Decision[]>();
  const writes: Promise<unknown>[] = [];
  for (const record of records) {
    const key = record?.offer?.key;
    if (typeof key !== 'string') {
      if (migrated) writes.push(store.put(record));
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
    if (merged !== first || migrated) writes.push(store.put(merged));
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

/** Runs a write on the open journal, tells every page the journal changed, and names any failure. */
export async function write<T>(work: (db: IDBPDatabase<JournalSchema>) => Promise<T>): Promise<T> {
  try {
    const result = await work(await openJournal());
    notifyChange();
    return result;
  } catch (error) {
    throw toJournalError(error);
  }
}

/** Runs a read on the open journal and names any failure. */
export async function read<T>(work: (db: IDBPDatabase<JournalSchema>) => Promise<T>): Promise<T> {
  try {
    return await work(await openJournal());
  } catch (error) {
    throw toJournalError(error);
  }
}
