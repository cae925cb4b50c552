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
  replaceJournal,
  restoreDecision,
  saveDecision,
  saveProfile,
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

  it('finds the latest decision for an offer key', async () => {
    await saveDecision(numbered(1, { offer: { ...numbered(1).offer, key: 'same' }, updatedAt: at(5) }));
    await saveDecision(numbered(2, { offer: { ...numbered(2).offer, key: 'same' }, updatedAt: at(7) }));
    expect((await getDecisionByKey('same'))?.id).toBe('d-2');
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
    await replaceJournal(null, [numbered(5)]);
    expect((await listDecisions()).map((d) => d.id)).toEqual(['d-5']);
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
