import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPortfolioLog, serializePortfolioLog } from '../../../utils/portfolio/export';
import { previewImport, readPortfolioFile } from '../../../utils/portfolio/import';
import { DECLINE_REASONS, type Decision } from '../../../utils/schema/decision';
import { createDefaultProfile } from '../../../utils/schema/profile';
import { makeDecision } from '../fixtures';

const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
// Text as users write it: any Unicode, quotes, newlines, and strings that look like JSON or keys.
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.constantFrom('', '"', '\\', '{"a":1}', '\n\t'),
);

const decision = fc
  .record({
    id: fc.uuid(),
    status: fc.constantFrom('accepted', 'declined', 'hold'),
    note: text,
    title: text,
    tags: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 4 }),
    created: day,
    updated: day,
    reasons: fc.subarray([...DECLINE_REASONS]),
    steps: fc.array(fc.record({ at: day, status: fc.constantFrom('accepted', 'declined', 'hold') }), {
      maxLength: 5,
    }),
  })
  .map(({ id, status, note, title, tags, created, updated, reasons, steps }): Decision => {
    const base = makeDecision();
    return {
      ...base,
      id,
      status: status as Decision['status'],
      note,
      tags,
      followUpAt: status === 'hold' ? created.slice(0, 10) : null,
      declineReasons: status === 'declined' ? reasons : [],
      history: steps.map((step) => ({
        at: step.at,
        status: step.status as Decision['status'],
        followUpAt: step.status === 'hold' ? step.at.slice(0, 10) : null,
      })),
      // Each its own offer: the journal holds one decision per offer key.
      offer: { ...base.offer, key: `lancers:work:${id}`, title: title.slice(0, 500) },
      createdAt: created,
      updatedAt: updated,
    };
  });

describe('export then import', () => {
  it('gives back exactly the journal that was exported', () => {
    fc.assert(
      fc.property(fc.uniqueArray(decision, { selector: (d) => d.id, maxLength: 12 }), (journal) => {
        const text = serializePortfolioLog(
          buildPortfolioLog(createDefaultProfile(), journal, { now: new Date(), appVersion: '0.1.0' }),
        );
        const read = readPortfolioFile(text);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.invalid).toEqual([]);
        const preview = previewImport(read, new Map());
        expect(preview.added).toEqual(journal);
        // Importing the same file again over the result changes nothing.
        const again = previewImport(
          read,
          new Map(journal.map((d) => [d.id, { updatedAt: d.updatedAt, key: d.offer.key }])),
        );
        expect(again.added.length + again.updated.length).toBe(0);
      }),
      { numRuns: 60 },
    );
  });
});
