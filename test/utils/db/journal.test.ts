import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  closeJournal,
  countDecisions,
  deleteDecision,
  getDecision,
  getDecisionByKey,
  getProfile,
  JournalError,
  listDecisions,
  openJournal,
  putDecisions,
  restoreDecision,
  saveDecision,
  saveProfile,
  setStatuses,
} from '../../../utils/db';
import type { Decision } from '../../../utils/schema/decision';
import { makeDecision } from '../fixtures';

beforeEach(async () => {
  await closeJournal();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeJournal();
});

const at = (i: number) => new Date(Date.UTC(2026, 10, 1 + i)).toISOString();
const numbered = (i: number, extra: Partial<Decision> = {}) =>
  makeDecision({
    id: `d-${i}`,
    createdAt: at(i),
    updatedAt: at(i),
    offer: { ...makeDecision().offer, key: `key-${i}`, title: `Offer ${i}` },
    ...extra,
  });

describe('journal repository', () => {
  it('saves, reads back, updates and lists newest first', async () => {
    await saveDecision(numbered(1));
    await saveDecision(numbered(3));
    await saveDecision(numbered(2));
    expect((await listDecisions()).map((d) => d.id)).toEqual(['d-3', 'd-2', 'd-1']);
    expect((await listDecisions({ limit: 1, offset: 1 })).map((d) => d.id)).toEqual(['d-2']);
    await saveDecision({ ...numbered(1), status: 'declined', note: 'changed' });
    expect(await getDecision('d-1')).toMatchObject({ status: 'declined', note: 'changed' });
    expect(await countDecisions()).toBe(3);
  });

  it('finds the one decision for an offer key', async () => {
    await saveDecision(numbered(1, { offer: { ...numbered(1).offer, key: 'same' }, updatedAt: at(5) }));
    await saveDecision(numbered(2, { offer: { ...numbered(2).offer, key: 'same' }, updatedAt: at(7) }));
    // The second save of the same offer updated the first record: its id, the later content.
    expect(await getDecisionByKey('same')).toMatchObject({ id: 'd-1', offer: { title: 'Offer 2' } });
    expect(await countDecisions()).toBe(1);
    expect(await getDecisionByKey('none')).toBeUndefined();
  });

  it('deletes with a way back', async () => {
    await saveDecision(numbered(1));
    const deleted = await deleteDecision('d-1');
    expect(await countDecisions()).toBe(0);
    await restoreDecision(deleted as Decision);
    expect(await getDecision('d-1')).toEqual(numbered(1));
  });

  it('keeps everything across a close and reopen', async () => {
    await saveDecision(numbered(1));
    await saveProfile({ ...(await getProfile()), mutedFlags: ['nda'] });
    await closeJournal();
    expect((await listDecisions()).map((d) => d.id)).toEqual(['d-1']);
    expect((await getProfile()).mutedFlags).toEqual(['nda']);
  });

  it('creates the stores and indexes of the current version', async () => {
    const db = await openJournal();
    expect([...db.objectStoreNames].sort()).toEqual(['decisions', 'meta', 'profile']);
    const tx = db.transaction('decisions');
    expect([...tx.store.indexNames].sort()).toEqual(['by-created', 'by-followup', 'by-key', 'by-status', 'by-updated']);
  });

  it('refuses an invalid decision and writes nothing', async () => {
    const bad = { ...numbered(1), status: 'maybe' } as unknown as Decision;
    await expect(saveDecision(bad)).rejects.toMatchObject({ code: 'invalid' });
    expect(await countDecisions()).toBe(0);
  });

  it('writes a batch all or nothing', async () => {
    await saveDecision(numbered(9));
    const batch = [numbered(1), numbered(2), { ...numbered(3), createdAt: 'yesterday' } as Decision];
    await expect(putDecisions(batch)).rejects.toBeInstanceOf(JournalError);
    expect((await listDecisions()).map((d) => d.id)).toEqual(['d-9']);
    await putDecisions([numbered(1), numbered(2)]);
    expect(await countDecisions()).toBe(3);
  });

  it('turns a full disk into a quota error and keeps the earlier decisions', async () => {
    await saveDecision(numbered(1));
    const db = await openJournal();
    const realTransaction = db.transaction.bind(db);
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const spy = vi.spyOn(db, 'transaction').mockImplementation(((...args: Parameters<typeof db.transaction>) => {
      const tx = realTransaction(...args);
      if (args[1] === 'readwrite') {
        (tx.store as unknown as { put: unknown }).put = () => Promise.reject(quota);
      }
      return tx;
    }) as typeof db.transaction);
    const error = await saveDecision(numbered(2)).catch((e: unknown) => e);
    spy.mockRestore();
    expect(error).toBeInstanceOf(JournalError);
    expect((error as JournalError).code).toBe('quota');
    expect((await listDecisions()).map((d) => d.id)).toEqual(['d-1']);
  });

  it('gives a default profile before one is saved, and refuses an invalid one', async () => {
    expect((await getProfile()).skills).toEqual([]);
    await expect(saveProfile({ ...(await getProfile()), uiLanguage: 'fr' } as never)).rejects.toMatchObject({
      code: 'invalid',
    });
  });
});

describe('status history and the version 2 records', () => {
  it('appends to the stored history on each change of status, even from a stale copy', async () => {
    const first = numbered(1, { status: 'hold', followUpAt: '2026-11-05', history: [] });
    await saveDecision(first);
    // Another page accepts it…
    await saveDecision({ ...first, status: 'accepted', followUpAt: null, updatedAt: at(3) });
    // …while this page, still holding the first copy, declines it.
    await saveDecision({ ...first, status: 'declined', followUpAt: null, updatedAt: at(4) });
    const stored = await getDecision('d-1');
    expect(stored?.history.map((h) => h.status)).toEqual(['hold', 'accepted', 'declined']);
    // A note edited without a change of status adds nothing.
    await saveDecision({ ...(stored as Decision), note: 'client paid late', updatedAt: at(5) });
    expect((await getDecision('d-1'))?.history).toHaveLength(3);
  });

  it('records a bulk status change in each history, and drops reasons and dates that no longer apply', async () => {
    await saveDecision(numbered(1, { status: 'declined', declineReasons: ['rate'], history: [] }));
    await saveDecision(numbered(2, { status: 'hold', followUpAt: '2026-11-30', history: [] }));
    expect(await setStatuses(['d-1', 'd-2'], 'accepted', new Date(at(9)))).toBe(2);
    for (const id of ['d-1', 'd-2']) {
      const d = await getDecision(id);
      expect(d).toMatchObject({ status: 'accepted', followUpAt: null, declineReasons: [] });
      expect(d?.history.at(-1)).toEqual({ at: at(9), status: 'accepted', followUpAt: null });
    }
  });

  it('upgrades a version 1 journal in place: every record gains its history, nothing is lost', async () => {
    await closeJournal();
    // A journal as the previous release left it: database version 1, records without the new fields.
    const v1 = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open('gig-screener', 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        const decisions = db.createObjectStore('decisions', { keyPath: 'id' });
        for (const [name, path] of [
          ['by-key', 'offer.key'],
          ['by-created', 'createdAt'],
          ['by-updated', 'updatedAt'],
          ['by-status', 'status'],
          ['by-followup', 'followUpAt'],
        ]) {
          decisions.createIndex(name as string, path as string);
        }
        db.createObjectStore('profile');
        db.createObjectStore('meta');
        for (let i = 0; i < 3; i++) {
          const { declineReasons: _r, history: _h, ...old } = numbered(i, { status: i === 2 ? 'hold' : 'accepted' });
          decisions.put({ ...old, followUpAt: i === 2 ? '2026-12-01' : null });
        }
      };
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    v1.close();
    const all = await listDecisions();
    expect(all).toHaveLength(3);
    const held = all.find((d) => d.id === 'd-2');
    expect(held?.history).toEqual([{ at: at(2), status: 'hold', followUpAt: '2026-12-01' }]);
    expect(all.every((d) => Array.isArray(d.declineReasons) && d.declineReasons.length === 0)).toBe(true);
    expect((await openJournal()).version).toBe(3);
  });
});

describe('importing over the journal', () => {
  it('keeps the steps recorded here when a newer copy from another device is imported', async () => {
    const here = numbered(1, {
      status: 'accepted',
      history: [
        { at: at(1), status: 'hold', followUpAt: '2026-11-05' },
        { at: at(3), status: 'accepted', followUpAt: null },
      ],
    });
    await putDecisions([here]);
    // The other device only knew the first step, then declined it later.
    const there = {
      ...here,
      status: 'declined' as const,
      updatedAt: at(6),
      history: [
        { at: at(1), status: 'hold' as const, followUpAt: '2026-11-05' },
        { at: at(6), status: 'declined' as const, followUpAt: null },
      ],
    };
    await putDecisions([there]);
    const stored = await getDecision('d-1');
    expect(stored?.status).toBe('declined');
    expect(stored?.history.map((h) => h.status)).toEqual(['hold', 'accepted', 'declined']);
  });
});
