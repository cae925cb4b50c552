// Shared helpers for the real-material manifests (docs/real-data.md): cutting a text out of a source file,
// hashing it, the id-based split, and where the cache lives.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { importTs } from './bundle-ts.mjs';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const CACHE = process.env.GIG_REAL_CACHE ? resolve(process.env.GIG_REAL_CACHE) : join(ROOT, '.cache/real');
export const MANIFESTS = join(ROOT, 'test/real');
/** The site adapters' own page-text reader, so a saved page's markup is read as the extension reads it. */
const { textOf } = await importTs('utils/sites/lib/dom.ts');

/** Hex SHA-256 of a UTF-8 string. */
export function sha256(text) {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `dev` or `test`, fixed by the id alone so that nobody chooses which part an item lands in. */
export function splitOf(id) {
  return createHash('sha256').update(id, 'utf8').digest()[0] < 128 ? 'dev' : 'test';
}

/** Splits `github:owner/repo@commit:path` into its parts; null when it is not of that form. */
export function parseSource(source) {
  const m = /^github:([^/@\s]+)\/([^@\s]+)@([0-9a-f]{40}):(.+)$/.exec(source);
  return m ? { owner: m[1], repo: m[2], commit: m[3], path: m[4] } : null;
}

function pointerGet(value, pointer) {
  if (pointer === '' || pointer === '/') return value;
  let node = value;
  for (const raw of pointer.replace(/^\//, '').split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(key in node)) throw new Error(`no ${pointer}`);
    node = node[key];
  }
  return node;
}

/** Minimal RFC 4180 CSV reader: quoted fields, doubled quotes, line breaks inside quotes. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Applies a manifest `cut` to a source file's text and returns the trimmed result. */
export function cutText(content, cut) {
  if (cut === 'whole') return content.trim();
  let m = /^lines:(\d+)-(\d+)$/.exec(cut);
  if (m) {
    return content
      .split(/\r?\n/)
      .slice(Number(m[1]) - 1, Number(m[2]))
      .join('\n')
      .trim();
  }
  m = /^chars:(\d+)-(\d+)$/.exec(cut);
  if (m) return content.slice(Number(m[1]), Number(m[2])).trim();
  m = /^json:(.+)$/.exec(cut);
  if (m) {
    const data = JSON.parse(content);
    return m[1]
      .split('+')
      .map((pointer) => String(pointerGet(data, pointer) ?? '').trim())
      .filter(Boolean)
      .join('\n')
      .trim();
  }
  m = /^csv:(\d+):(.+)$/.exec(cut);
  if (m) {
    const rows = parseCsv(content);
    const header = rows[0];
    const row = rows[Number(m[1]) + 1];
    if (!row) throw new Error(`no row ${m[1]}`);
    return m[2]
      .split('+')
      .map((name) => {
        const at = header.indexOf(name);
        if (at < 0) throw new Error(`no column ${name}`);
        return (row[at] ?? '').trim();
      })
      .filter(Boolean)
      .join('\n')
      .trim();
  }
  throw new Error(`unknown cut ${cut}`);
}

/** Every item of every manifest in `test/real/<kind>/`, with the batch file it came from. */
export function readManifests(kind) {
  const dir = join(MANIFESTS, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')).map((item) => ({ ...item, batch: name })));
}

/** Where a fetched mirror of a repository keeps its git directory, or null when none is here. */
export function mirrorGitDir(owner, repo) {
  const base = process.env.GIG_MIRRORS ?? '/work/.mirror';
  const dir = join(base, `${owner}+${repo}`);
  if (!existsSync(dir)) return null;
  // A snapshot keeps its git directory at <dir>, <dir>/<name> or, with a work tree, <dir>/<name>/.git.
  const candidates = [dir, ...readdirSync(dir).flatMap((name) => [join(dir, name), join(dir, name, '.git')])];
  return candidates.find((path) => existsSync(join(path, 'HEAD')) && existsSync(join(path, 'objects'))) ?? null;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML character references of an attribute value (&quot;, &#39;, &#x2F;, …). */
export function decodeEntities(text) {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, dec, hex, name) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const yen = (n) => `${Math.round(n).toLocaleString('en-US')}円`;

/**
 * A CrowdWorks listing as its page shows it. The saved search and category pages carry each job as JSON in
 * an attribute, which the site's script renders: title, the description's opening, the entries, the
 * deadline and the client; the pay (fixed or per hour, a range or a cap; a bound of 0 is one the client left
 * open) is the card's own field, which the site's adapter reads apart from the text (`budgetText`).
 */
function renderCrowdworksListing(cut) {
  const { job_offer: job, payment = {}, entry = {}, client = {} } = JSON.parse(decodeEntities(cut));
  const range = (min, max) => {
    const lo = min > 0 ? yen(min) : '';
    const hi = max > 0 ? yen(max) : '';
    return lo && hi ? `${lo} 〜 ${hi}` : lo ? `${lo} 〜` : hi ? `〜 ${hi}` : '';
  };
  let budgetText;
  if (payment.fixed_price_payment) {
    const { min_budget: min, max_budget: max } = payment.fixed_price_payment;
    budgetText = `固定報酬制 ${range(min, max)}`.trim();
  } else if (payment.hourly_payment) {
    const { min_hourly_wage: min, max_hourly_wage: max } = payment.hourly_payment;
    const amount = range(min, max);
    budgetText = amount ? `時間単価制 ${amount} / 時間` : '時間単価制';
  }
  const lines = [job.title, '', String(job.description_digest ?? '').replace(/\r\n?/g, '\n'), ''];
  const project = entry.project_entry;
  if (project) lines.push(`契約数 ${project.num_contracts} / 募集人数 ${project.project_contract_hope_number}人`);
  if (job.expired_on) lines.push(`応募期限 ${job.expired_on}`);
  if (client.username) lines.push(`${client.username}${client.is_employer_certification ? ' 認定クライアント' : ''}`);
  return { text: lines.join('\n').trim(), budgetText };
}

/**
 * A cut of a saved page's markup (a request page's section, a job post stored as HTML) as the page shows
 * it: parsed as a browser parses it (happy-dom) and read by the site adapters' own textOf
 * (utils/sites/lib/dom.ts), so evaluation and training see the text the extension captures: a line break at
 * each block, scripts, styles, hidden parts and controls left out, and a chat app's link naming where it leads.
 */
function renderHtml(cut) {
  const { document } = new Window({ url: 'https://example.invalid/' });
  document.body.innerHTML = cut;
  const text = textOf(document.body);
  return { text };
}

/** The quoted and bare values of one row of a MySQL dump's INSERT (`(1,'a\\r\\nb',NULL)`), unescaped. */
function sqlValues(cut) {
  const values = [];
  // A quoted string, or any bare token up to the next comma (NULL, numbers, X'00', 1.5e3) as one value.
  const re = /'((?:[^'\\]|\\.)*)'|([^,'\s](?:[^,']|'(?:[^'\\]|\\.)*')*)/g;
  for (const m of cut.replace(/^\(|\)[,;]?$/g, '').matchAll(re)) {
    if (m[1] !== undefined)
      values.push(
        m[1].replace(/\\(.)/g, (_, c) => ({ r: '\r', n: '\n', t: '\t', 0: '' })[c] ?? c).replace(/\r\n?/g, '\n'),
      );
    else values.push(m[2].trim() === 'NULL' ? undefined : m[2].trim());
  }
  return values;
}

/**
 * A listing of an agency's job site kept as a row of its database dump (`items`: id, name, category,
 * dates, employment_period, working_hours, max_rate, rate_detail, area_detail, detail, …), drawn with the
 * labels its listing page gives those fields. The numeric max_rate is a search key; the page shows the rate
 * as rate_detail says it.
 */
function renderEngineerRouteItem(cut) {
  const [, name, , , , , , period, hours, , rate, area, detail] = sqlValues(cut);
  const lines = [name, ''];
  if (period) lines.push(`期間：${period}`);
  if (hours) lines.push(`時間：${hours}`);
  if (rate) lines.push(`単価：${rate}`);
  if (area) lines.push(`場所：${area}`);
  lines.push('', detail ?? '');
  return { text: lines.join('\n').trim() };
}

const RENDERERS = {
  'crowdworks-listing-json': renderCrowdworksListing,
  html: renderHtml,
  'engineer-route-item': renderEngineerRouteItem,
};

/**
 * An offer as its page shows it to a reader: the cached cut (checked against its sha256), drawn by the
 * item's `render` where the saved page holds the offer as data rather than text; `budgetText` is then the
 * page's own pay field, as a site adapter reads it. Null when the cache lacks the item or holds another text.
 */
export function readOffer(item) {
  const file = join(CACHE, 'offers', `${item.id}.txt`);
  if (!existsSync(file)) return null;
  const cut = readFileSync(file, 'utf8');
  if (sha256(cut) !== item.sha256) return null;
  return item.render ? renderOffer(cut, item.render) : { text: cut };
}

/** The text of `readOffer`, for what reads text alone (the learned scorer's training, the skills check). */
export function readOfferText(item) {
  return readOffer(item)?.text ?? null;
}

/** A cut drawn by the named renderer (see `render` in docs/real-data.md): its text and pay field. */
export function renderOffer(cut, render) {
  const draw = RENDERERS[render];
  if (!draw) throw new Error(`unknown render ${render}`);
  return draw(cut);
}
