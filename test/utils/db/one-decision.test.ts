// One decision per offer: two tabs, a retried save, an old journal with duplicates and an import all end
// with one record per offer key, the later change winning and every step kept in its history.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closeJournal,
  countDecisions,
  getDecisionByKey,
  listDecisions,
  listVersions,
  openJournal,
  putDecisions,
  saveDecision,
} from '../../../utils/db';
import { type DecisionDraft, recordDecision } from '../../../utils/decisions';
import { previewImport, readPortfolioFile } from '../../../utils/portfolio/import';
import type { Decision, DecisionStatus } from '../../../utils/schema/decision';
import { makeChecklist, makeDecision } from '../fixtures';

beforeEach(async () => {
  await closeJournal();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeJournal();
});

const KEY = 'lancers:work:123456';
const at = (ms: number) => new Date(Date.UTC(2026, 10, 24, 10, 0, 0, ms)).toISOString();
const offer = makeDecision().offer;

/** What an overlay records when the user clicks a decision on an offer it has no decision for yet. */
function fromTab(status: DecisionStatus, ms: number, id: string, note = ''): Decision {
  const draft: DecisionDraft = {
    offer,
    checklist: makeChecklist(),
    verdict: null,
    status,
    note,
    followUpAt: status === 'hold' ? '2026-11-27' : null,
    declineReasons: status === 'declined' ? ['rate'] : [],
  };
  return recordDecision(draft, null, new Date(at(ms)), () => id);
}

describe('one decision per offer', () => {
  it('two tabs deciding the same offer 80 ms apart leave one decision: the later one, both steps in its history', async () => {
    // The two saves race: both are sent before either is answered.
    const [a, b] = await Promise.all([
      saveDecision(fromTab('declined', 0, 'tab-a')),
      saveDecision(fromTab('accepted', 80, 'tab-b')),
    ]);
    expect(await countDecisions()).toBe(1);
    const stored = await getDecisionByKey(KEY);
    expect(stored?.id).toBe('tab-a');
    expect(stored?.status).toBe('accepted');
    expect(stored?.declineReasons).toEqual([]);
    expect(stored?.history.map((h) => [h.status, h.at])).toEqual([
      ['declined', at(0)],
      ['accepted', at(80)],
    ]);
    // Each tab is answered with the one record, so its next change goes to it.
    expect(a.id).toBe('tab-a');
    expect(b).toEqual(stored);
  });

  it('the later change wins whichever save arrives last', async () => {
    await saveDecision(fromTab('accepted', 80, 'tab-b'));
    // The earlier click reaches the journal second (a slow tab, a revived worker).
    const answer = await saveDecision(fromTab('declined', 0, 'tab-a'));
    const all = await listDecisions();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: 'tab-b', status: 'accepted' });
    expect(all[0]?.history.map((h) => h.status)).toEqual(['declined', 'accepted']);
    // The slower tab is told what the journal now says, not what it sent.
    expect(answer.status).toBe('accepted');
  });

  it('ten tabs saving at once still leave one decision with every step', async () => {
    const statuses: DecisionStatus[] = ['hold', 'declined', 'accepted'];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => saveDecision(fromTab(statuses[i % 3] as DecisionStatus, i * 10, `t-${i}`))),
    );
    const all = await listDecisions();
    expect(all).toHaveLength(1);
    // t-9, the latest click, holds it.
    expect(all[0]).toMatchObject({ status: 'hold', updatedAt: at(90) });
    expect(all[0]?.history).toHaveLength(10);
  });

  it('a retry after a write whose answer was lost changes nothing and adds no record', async () => {
    // The write lands, but the worker dies before answering: the overlay still has no decision, so its
    // "Try again" records the same choice afresh, with a new id and a later time.
    const first = await saveDecision(fromTab('declined', 0, 'first-try', 'rate too low'));
    const retried = await saveDecision(fromTab('declined', 900, 'second-try', 'rate too low'));
    expect(retried).toEqual(first);
    expect(await listDecisions()).toEqual([first]);
    expect(first.history).toHaveLength(1);
    // And the same save sent twice by a retried message is the same too.
    expect(await saveDecision(first)).toEqual(first);
    expect(await countDecisions()).toBe(1);
  });

  it('a retry that carries a change is that change, on the one record', async () => {
    await saveDecision(fromTab('declined', 0, 'first-try'));
    await saveDecision(fromTab('hold', 900, 'second-try', 'ask again Friday'));
    const all = await listDecisions();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: 'first-try', status: 'hold', note: 'ask again Friday' });
    expect(all[0]?.history.map((h) => h.status)).toEqual(['declined', 'hold']);
  });

  it('keeps tags and an outcome recorded in the journal when a tab that never saw them saves', async () => {
    const here = await saveDecision(fromTab('accepted', 0, 'journal'));
    await saveDecision({
      ...here,
      tags: ['repeat-client'],
      outcome: { ...emptyOutcome(), amountPaid: 80_000, currency: 'JPY' },
      updatedAt: at(50),
    });
    await saveDecision(fromTab('accepted', 100, 'stale-tab', 'second look'));
    const stored = await getDecisionByKey(KEY);
    expect(stored).toMatchObject({ id: 'journal', note: 'second look', tags: ['repeat-client'] });
    expect(stored?.outcome?.amountPaid).toBe(80_000);
  });

  it('a key index that refuses a second record for an offer, whoever writes', async () => {
    await saveDecision(fromTab('accepted', 0, 'one'));
    const db = await openJournal();
    await expect(db.put('decisions', { ...fromTab('declined', 5, 'two') })).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    expect(await countDecisions()).toBe(1);
  });
});

function emptyOutcome() {
  return {
    startedAt: null,
    deliveredAt: null,
    amountPaid: null,
    currency: null,
    paidAt: null,
    hoursSpent: null,
    clientRating: null,
    link: null,
    testimonial: null,
  };
}

/** Builds a journal as an older release left it: `version`, a key index that allows duplicates. */
async function openOldJournal(version: 1 | 2, records: readonly Record<string, unknown>[]): Promise<void> {
  await closeJournal();
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const request = indexedDB.open('gig-screener', version);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('decisions', { keyPath: 'id' });
      for (const [name, path] of [
        ['by-key', 'offer.key'],
        ['by-created', 'createdAt'],
        ['by-updated', 'updatedAt'],
        ['by-status', 'status'],
        ['by-followup', 'followUpAt'],
      ] as const) {
        store.createIndex(name, path);
      }
      request.result.createObjectStore('profile');
      request.result.createObjectStore('meta');
      for (const record of records) store.put(record);
    };
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
  db.close();
}

const keyed = (id: string, key: string, status: DecisionStatus, ms: number, extra: Partial<Decision> = {}) =>
  makeDecision({
    id,
    status,
    followUpAt: status === 'hold' ? '2026-11-30' : null,
    offer: { ...offer, key, title: `${id} title` },
    createdAt: at(ms),
    updatedAt: at(ms),
    history: [{ at: at(ms), status, followUpAt: status === 'hold' ? '2026-11-30' : null }],
    ...extra,
  });

describe('the upgrade to one decision per offer', () => {
  it('merges the duplicates a version 2 journal holds, keeping both histories, and touches nothing else', async () => {
    const other = keyed('other', 'upwork:job:~01abcdefgh', 'hold', 5);
    await openOldJournal(2, [
      keyed('tab-a', KEY, 'declined', 0, { tags: ['ec'] }),
      keyed('tab-b', KEY, 'accepted', 80, { note: 'took it after all' }),
      keyed('retry', KEY, 'accepted', 900, { note: 'took it after all' }),
      other,
    ]);
    const all = await listDecisions();
    expect(all).toHaveLength(2);
    const merged = all.find((d) => d.offer.key === KEY);
    expect(merged).toMatchObject({
      id: 'tab-a',
      status: 'accepted',
      note: 'took it after all',
      tags: ['ec'],
      createdAt: at(0),
    });
    expect(merged?.history.map((h) => h.status)).toEqual(['declined', 'accepted']);
    expect(all.find((d) => d.id === 'other')).toEqual(other);
    const db = await openJournal();
    expect(db.version).toBe(3);
    expect(db.transaction('decisions').store.index('by-key').unique).toBe(true);
    // From now on a save for that offer lands on the merged record.
    await saveDecision(fromTab('hold', 2000, 'tab-c'));
    expect(await countDecisions()).toBe(2);
    expect((await getDecisionByKey(KEY))?.history.map((h) => h.status)).toEqual(['declined', 'accepted', 'hold']);
  });

  it('merges the duplicates of a version 1 journal too, after giving each record its history', async () => {
    const v1 = (d: Decision) => {
      const { declineReasons: _r, history: _h, ...old } = d;
      return old;
    };
    await openOldJournal(1, [
      v1(keyed('first', KEY, 'hold', 0)),
      v1(keyed('second', KEY, 'declined', 40)),
      v1(keyed('alone', 'crowdworks:job:42', 'accepted', 10)),
    ]);
    const all = await listDecisions();
    expect(all.map((d) => d.id).sort()).toEqual(['alone', 'first']);
    const merged = all.find((d) => d.id === 'first');
    expect(merged?.status).toBe('declined');
    expect(merged?.history.map((h) => h.status)).toEqual(['hold', 'declined']);
    expect(all.find((d) => d.id === 'alone')?.history).toEqual([{ at: at(10), status: 'accepted', followUpAt: null }]);
  });
});

describe('an import over the journal', () => {
  const logOf = (decisions: Decision[]) =>
    JSON.stringify({
      format: 'gig-screener.portfolio-log',
      schemaVersion: 2,
      exportedAt: at(5000),
      app: { name: 'Gig Screener', version: '0.1.0' },
      decisions,
    });

  it('merges by offer key as well as by id: another device’s id for the same offer adds no record', async () => {
    await saveDecision(fromTab('hold', 0, 'here'));
    const read = readPortfolioFile(
      logOf([keyed('there', KEY, 'declined', 3000, { note: 'decided on the laptop' }), keyed('new', 'x:1', 'hold', 1)]),
    );
    if (!read.ok) throw new Error(read.error);
    const preview = previewImport(read, await listVersions());
    expect(preview.updated.map((d) => d.id)).toEqual(['there']);
    expect(preview.added.map((d) => d.id)).toEqual(['new']);
    await putDecisions([...preview.added, ...preview.updated]);
    expect(await countDecisions()).toBe(2);
    const stored = await getDecisionByKey(KEY);
    expect(stored).toMatchObject({ id: 'here', status: 'declined', note: 'decided on the laptop' });
    expect(stored?.history.map((h) => h.status)).toEqual(['hold', 'declined']);
    // The same file again changes nothing.
    const again = previewImport(read, await listVersions());
    expect(again.added.length + again.updated.length).toBe(0);
  });

  it('counts an offer the file holds twice once, and writes it as one record', async () => {
    const read = readPortfolioFile(logOf([keyed('a', KEY, 'hold', 0), keyed('b', KEY, 'accepted', 60)]));
    if (!read.ok) throw new Error(read.error);
    const preview = previewImport(read, await listVersions());
    expect(preview.added).toHaveLength(1);
    expect(preview.added[0]?.status).toBe('accepted');
    await putDecisions(read.decisions);
    const all = await listDecisions();
    expect(all).toHaveLength(1);
    expect(all[0]?.history.map((h) => h.status)).toEqual(['hold', 'accepted']);
  });

  it('an import racing a save from a tab still leaves one record', async () => {
    await Promise.all([
      putDecisions([keyed('imported', KEY, 'declined', 10)]),
      saveDecision(fromTab('accepted', 20, 'tab')),
    ]);
    const all = await listDecisions();
    expect(all).toHaveLength(1);
    expect(all[0]?.status).toBe('accepted');
    expect(all[0]?.history.map((h) => h.status)).toEqual(['declined', 'accepted']);
  });
});
