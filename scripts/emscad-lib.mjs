// EMSCAD (test/real/emscad.json): caching its parts from local mirrors, reading them, removing
// near-duplicates and splitting by job_id. Odd ids train and tune; even ids are the held-out check; rows
// whose ids were renumbered by a copy are only ever measured.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE, MANIFESTS, mirrorGitDir, parseCsv, parseSource, sha256 } from './real-lib.mjs';

export const EMSCAD_DIR = join(CACHE, 'emscad');
/** A complete copy, if one is ever put here by hand, replaces the parts when its counts are EMSCAD's. */
export const FULL_COPY = join(EMSCAD_DIR, 'full.csv');

export function readEmscadManifest() {
  return JSON.parse(readFileSync(join(MANIFESTS, 'emscad.json'), 'utf8'));
}

/** Copies each part missing from the cache out of its mirror; returns what is there afterwards. */
export function cacheEmscad(manifest = readEmscadManifest()) {
  mkdirSync(EMSCAD_DIR, { recursive: true });
  const status = [];
  for (const part of manifest.parts) {
    const file = join(EMSCAD_DIR, `${part.id}.csv`);
    if (existsSync(file) && sha256(readFileSync(file, 'utf8')) === part.sha256) {
      status.push({ id: part.id, state: 'cached' });
      continue;
    }
    const src = parseSource(part.source);
    const gitDir = src && mirrorGitDir(src.owner, src.repo);
    let state = 'missing';
    if (gitDir) {
      try {
        const content = execFileSync('git', ['--git-dir', gitDir, 'show', `${src.commit}:${src.path}`], {
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        });
        if (sha256(content) === part.sha256) {
          writeFileSync(file, content);
          state = 'rebuilt';
        } else state = 'changed at the source';
      } catch {
        // Not at that commit in this mirror: missing.
      }
    }
    status.push({ id: part.id, state });
  }
  return status;
}

function rowsOf(content) {
  const rows = parseCsv(content);
  const header = rows[0] ?? [];
  return rows
    .slice(1)
    .filter((r) => r.length === header.length)
    .map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
}

/** The text a reader of the ad sees, in the order a job board shows it. */
export function adText(row) {
  return [row.title, row.location, row.company_profile, row.description, row.requirements, row.benefits]
    .map((s) => (s ?? '').trim())
    .filter(Boolean)
    .join('\n');
}

const squash = (s, n) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, n);

/** Near-duplicates share the title, the company's profile and the start of the description. */
export function duplicateKey(row) {
  return `${squash(row.title, 200)}|${squash(row.company_profile, 80)}|${squash(row.description, 160)}`;
}

/**
 * Every usable EMSCAD ad, near-duplicates removed (the lowest job_id of a group stays, so a group never
 * straddles the two halves): `{ jobId, half: 'odd' | 'even' | 'unsplit', fraudulent, telecommuting,
 * employmentType, text }`. `null` when nothing is cached. `complete` says whether a complete copy was used.
 */
export function loadEmscad(manifest = readEmscadManifest()) {
  const parts = [];
  let complete = false;
  if (existsSync(FULL_COPY)) {
    const rows = rowsOf(readFileSync(FULL_COPY, 'utf8'));
    const fraud = rows.filter((r) => r.fraudulent === '1').length;
    if (rows.length === manifest.expected.rows && fraud === manifest.expected.fraudulent) {
      parts.push({ ids: 'emscad', rows });
      complete = true;
    }
  }
  const missing = [];
  if (!complete) {
    for (const part of manifest.parts) {
      const file = join(EMSCAD_DIR, `${part.id}.csv`);
      const content = existsSync(file) ? readFileSync(file, 'utf8') : null;
      if (content === null || sha256(content) !== part.sha256) {
        missing.push(part.id);
        continue;
      }
      let rows = rowsOf(content);
      const fraud = rows.filter((r) => r.fraudulent === '1').length;
      if (rows.length !== part.rows || fraud !== part.fraudulent) {
        missing.push(`${part.id} (${rows.length} rows, ${fraud} fraudulent: not the manifest's counts)`);
        continue;
      }
      // A renumbered copy's legitimate rows carry no text; only its fraudulent ads are whole.
      if (part.ids === 'renumbered') rows = rows.filter((r) => r.fraudulent === '1' && r.description.trim());
      parts.push({ ids: part.ids, rows });
    }
  }
  if (parts.length === 0) return null;

  const byId = new Map();
  const unsplit = [];
  for (const part of parts) {
    for (const row of part.rows) {
      if (part.ids === 'emscad') {
        const id = Number(row.job_id);
        if (Number.isInteger(id) && !byId.has(id)) byId.set(id, row);
      } else unsplit.push(row);
    }
  }
  const seen = new Set();
  const ads = [];
  const keep = (row, jobId, half) => {
    const key = duplicateKey(row);
    if (seen.has(key)) return;
    seen.add(key);
    ads.push({
      jobId,
      half,
      fraudulent: row.fraudulent === '1',
      telecommuting: row.telecommuting === '1',
      employmentType: row.employment_type || null,
      text: adText(row),
    });
  };
  for (const id of [...byId.keys()].sort((a, b) => a - b)) keep(byId.get(id), id, id % 2 === 1 ? 'odd' : 'even');
  for (const row of unsplit) keep(row, null, 'unsplit');
  return { complete, missing, ads };
}
