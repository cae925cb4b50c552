import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EmscadManifest } from '../../scripts/emscad-lib.mjs';

// The loader reads the cache from GIG_REAL_CACHE, fixed when the module loads: point it at a temporary
// cache holding two small parts in EMSCAD's columns, written here.
const cache = mkdtempSync(path.join(tmpdir(), 'gig-emscad-'));
process.env.GIG_REAL_CACHE = cache;

const HEADER =
  'job_id,title,location,department,salary_range,company_profile,description,requirements,benefits,telecommuting,has_company_logo,has_questions,employment_type,required_experience,required_education,industry,function,fraudulent';
const row = (id: number | string, title: string, profile: string, description: string, fraud: 0 | 1, remote = 0) =>
  [id, title, 'US', '', '', profile, description, '', '', remote, 1, 0, 'Full-time', '', '', '', '', fraud]
    .map((v) => `"${String(v).replace(/"/g, '""')}"`)
    .join(',');

const withIds = [
  HEADER,
  row(1, 'Office assistant', 'A small bakery.', 'Answer the phone and keep the calendar.', 0),
  row(2, 'Office assistant', 'A small bakery.', 'Answer the phone and keep the calendar.', 0),
  row(3, 'Payment agent', 'Global finance.', 'Receive transfers into your account and forward them.', 1, 1),
  row(4, 'Line cook', 'A diner.', 'Prepare breakfast dishes, "short order" style.', 0),
].join('\n');
const renumbered = [
  HEADER,
  row(1, 'Payment agent', 'Global finance.', 'Receive transfers into your account and forward them.', 1),
  row(2, 'Mystery shopper', 'Retail audits.', 'Cash the cheque we send and wire the rest.', 1),
  row(3, 'Accountant', '', '', 0),
].join('\n');
const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const manifest: EmscadManifest = {
  expected: { rows: 17880, fraudulent: 866 },
  parts: [
    { id: 'ids', sha256: sha(withIds), rows: 4, fraudulent: 1, ids: 'emscad' },
    { id: 'renumbered', sha256: sha(renumbered), rows: 3, fraudulent: 2, ids: 'renumbered' },
  ],
};

let loadEmscad: typeof import('../../scripts/emscad-lib.mjs').loadEmscad;

beforeAll(async () => {
  mkdirSync(path.join(cache, 'emscad'), { recursive: true });
  ({ loadEmscad } = await import('../../scripts/emscad-lib.mjs'));
});

describe('EMSCAD loader', () => {
  it('says nothing is cached when the parts are missing', () => {
    expect(loadEmscad(manifest)).toBeNull();
  });

  it('keeps one ad per near-duplicate group, splits by job_id parity, and only measures renumbered ads', () => {
    writeFileSync(path.join(cache, 'emscad', 'ids.csv'), withIds);
    writeFileSync(path.join(cache, 'emscad', 'renumbered.csv'), renumbered);
    const data = loadEmscad(manifest);
    expect(data?.complete).toBe(false);
    const ads = data?.ads ?? [];
    // Ad 2 repeats ad 1: the lowest id stays, so the pair never sits in both halves.
    expect(ads.filter((a) => a.half !== 'unsplit').map((a) => [a.jobId, a.half])).toEqual([
      [1, 'odd'],
      [3, 'odd'],
      [4, 'even'],
    ]);
    // The renumbered copy's repeat of ad 3 goes; its legitimate row without a text is not an ad.
    const unsplit = ads.filter((a) => a.half === 'unsplit');
    expect(unsplit).toHaveLength(1);
    expect(unsplit[0]?.text).toContain('Cash the cheque');
    expect(ads.find((a) => a.jobId === 3)).toMatchObject({ fraudulent: true, telecommuting: true });
    expect(ads.find((a) => a.jobId === 4)?.text).toContain('"short order" style');
  });

  it('refuses a part whose counts are not the manifest’s', () => {
    const first = manifest.parts[0] as EmscadManifest['parts'][number];
    const wrong: EmscadManifest = { ...manifest, parts: [{ ...first, rows: 5 }] };
    // Its only part is refused, so nothing is loaded.
    expect(loadEmscad(wrong)).toBeNull();
  });
});
