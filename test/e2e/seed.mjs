// Fills the journal of a running extension with generated decisions, for the 10,000-decision tests and bench.

/** Runs in an extension page: writes `count` decisions straight into the journal's object store. */
export async function seed({ count, now, day }) {
  const sites = ['upwork', 'lancers', 'crowdworks', 'linkedin', 'email'];
  const statuses = ['accepted', 'declined', 'hold'];
  const reasons = ['rate', 'skills', 'remote', 'capacity', 'liability'];
  const db = await new Promise((ok, fail) => {
    const request = indexedDB.open('gig-screener');
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
  const tx = db.transaction('decisions', 'readwrite');
  const store = tx.objectStore('decisions');
  for (let i = 0; i < count; i++) {
    const created = new Date(now - i * 60_000).toISOString();
    const status = statuses[i % 3];
    const special = i === 4321;
    // Every hold in the first hundred is overdue; the rest are far ahead.
    const followUpAt = new Date(now + (i < 100 ? -2 : 30) * day).toISOString().slice(0, 10);
    store.put({
      id: `seed-${i}`,
      offer: {
        url: `https://www.lancers.jp/work/detail/${1_000_000 + i}`,
        key: `lancers:work:${1_000_000 + i}`,
        site: sites[i % sites.length],
        kind: 'job-post',
        source: 'adapter',
        title: special ? 'Zebracorn mascot illustration' : `Offer number ${i}: landing page and banners`,
        text: `Seeded offer ${i}. WordPress, Figma, ライティング. ${special ? 'The unicorn-zebra brand needs a mascot.' : ''}`,
        client: { name: `Client ${i % 250}` },
        trust: {},
        capturedAt: created,
        budget: null,
      },
      checklist: {
        communityTie: { value: 'platform', source: 'auto', suggested: 'platform', certainty: 'likely', evidence: [] },
        skillMatch: {
          value: { matched: [], missing: [] },
          source: 'auto',
          suggested: { matched: [], missing: [] },
          certainty: 'likely',
          evidence: [],
        },
        remote: {
          value: { mode: 'full', hours: null, timeZone: null },
          source: 'auto',
          suggested: { mode: 'full', hours: null, timeZone: null },
          certainty: 'stated',
          evidence: [],
        },
        liability: {
          nda: { value: i % 7 === 0, source: 'auto', suggested: i % 7 === 0, certainty: 'likely', evidence: [] },
        },
      },
      verdict: { score: 80, level: 'go', reasons: [] },
      status,
      note: i % 10 === 0 ? 'rate too low' : '',
      followUpAt: status === 'hold' ? followUpAt : null,
      outcome: null,
      tags: i % 5 === 0 ? ['repeat'] : [],
      declineReasons: status === 'declined' ? (i % 10 === 0 ? ['rate'] : [reasons[i % reasons.length]]) : [],
      history: [{ at: created, status, followUpAt: status === 'hold' ? followUpAt : null }],
      replies: [],
      createdAt: created,
      updatedAt: created,
    });
  }
  await new Promise((ok, fail) => {
    tx.oncomplete = ok;
    tx.onerror = () => fail(tx.error);
  });
  db.close();
  return count;
}
