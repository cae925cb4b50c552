import type { Certainty, Evidence, Remote, RemoteMode } from '../schema/analysis';
import { evidenceOf, evidenceOfHits, type Hit, matchRule, plain } from './rules/define';
import { remoteFull, remoteHybrid, remoteOnsite, remotePhysical, remoteRegions } from './rules/remote';
import { type PreparedText, prepareText } from './text';

const HOURS =
  /\d{1,2}[:：]\d{2}\s*[-–〜~～]\s*\d{1,2}[:：]\d{2}|\d{1,2}\s*時\s*[-–〜~～]\s*\d{1,2}\s*時|(?:週|1週間に?)\s*\d{1,2}\s*(?:[-〜~～]\s*\d{1,2}\s*)?時間|1日\s*\d{1,2}\s*(?:[-〜~～]\s*\d{1,2}\s*)?時間|\d{1,2}\s*(?:[-–]\s*\d{1,2}\s*)?(?:hours?|hrs?|h)\s*(?:a|per|\/)\s*(?:week|wk|day)|(?:full|part)[- ]time|フルタイム|\d{3}\s*[-〜~～]\s*\d{3}\s*h/gi;
const TIME_ZONE =
  /\b(?:JST|PST|PDT|EST|EDT|CST|CET|CEST|GMT|UTC|IST|AEST|AEDT|BST|SGT|HKT|KST)(?:\s*[+-]\s*\d{1,2})?\b|日本時間|米国(?:東|西)部時間/g;

/** What the remote rules found in one text, sorted by strength. */
interface Reading {
  full: Hit[];
  hybrid: Hit[];
  onsite: Hit[];
  weakOnsite: Hit[];
  regions: Hit[];
  /** Hybrid wordings that make office days required, not just possible. */
  requiredOffice: Hit[];
}

const REQUIRED_OFFICE = new Set(['weeklyOffice', 'monthlyOffice', 'startOnsite', 'officeDays']);

function read(p: PreparedText): Reading {
  const full = matchRule(remoteFull, p);
  const hybrid = matchRule(remoteHybrid, p);
  const onsite = matchRule(remoteOnsite, p);
  const physical = matchRule(remotePhysical, p);
  const hybridPlain = plain(hybrid);
  return {
    // "出社なし" and "常駐不要" say remote as much as "フルリモート" does.
    full: [...plain(full), ...hybrid.filter((h) => h.negated), ...onsite.filter((h) => h.negated)],
    hybrid: hybridPlain,
    // "No telecommuting", "this is not a remote role", 在宅不可: a negated remote is on-site.
    onsite: [...plain(onsite), ...full.filter((h) => h.negated)],
    weakOnsite: plain(physical),
    regions: plain(matchRule(remoteRegions, p)),
    requiredOffice: hybridPlain.filter((h) => REQUIRED_OFFICE.has(h.pattern)),
  };
}

function decide(r: Reading): { mode: RemoteMode; hits: Hit[]; certainty: Certainty } {
  // フル常駐, 出社が基本, "on-site only": the office is the rule, whatever else the text allows.
  // A remote option in the same line ("フル出社or一部リモート", "当初はフル出社、その後50％リモート") makes it hybrid.
  const fullOnsite = r.onsite.filter((h) => h.pattern === 'fullOnsite' && !r.hybrid.some((x) => x.line === h.line));
  if (fullOnsite.length) return { mode: 'onsite', hits: fullOnsite, certainty: 'stated' };
  if (r.onsite.length && r.hybrid.length) return { mode: 'hybrid', hits: r.hybrid, certainty: 'stated' };
  if (r.onsite.length && r.full.length) return { mode: 'hybrid', hits: [...r.onsite, ...r.full], certainty: 'likely' };
  if (r.onsite.length) return { mode: 'onsite', hits: r.onsite, certainty: 'stated' };
  if (r.hybrid.length) return { mode: 'hybrid', hits: r.hybrid, certainty: 'stated' };
  if (r.full.length) return { mode: 'full', hits: r.full, certainty: 'stated' };
  if (r.weakOnsite.length) return { mode: 'onsite', hits: r.weakOnsite, certainty: 'likely' };
  if (r.regions.length) return { mode: 'full', hits: r.regions, certainty: 'likely' };
  return { mode: 'unknown', hits: [], certainty: 'not-stated' };
}

export interface RemoteReading {
  remote: Remote;
  evidence: Evidence[];
  certainty: Certainty;
  /** Office days the text requires (週1出社, "2 days a week in the office"), for the on-site flag. */
  requiredOffice: Evidence[];
}

/**
 * Reads where the work happens (full, hybrid, on-site, unknown), the hours and the time zone. A mode
 * the title states (【在宅】, 【ハイブリッド】) beats an unrelated word in the body, except that a remote
 * title with office days in the body is hybrid.
 */
export function analyzeRemote(body: PreparedText | string, title?: PreparedText | string): RemoteReading {
  const p = typeof body === 'string' ? prepareText(body) : body;
  const t = title === undefined ? null : typeof title === 'string' ? prepareText(title) : title;
  const inBody = read(p);
  let chosen = decide(inBody);
  if (t?.norm) {
    const inTitle = decide(read(t));
    const titleStated = inTitle.certainty === 'stated' || (chosen.mode === 'unknown' && inTitle.mode !== 'unknown');
    if (titleStated && inTitle.mode !== chosen.mode) {
      // Title evidence has no offsets in the body: the body's own quotes (if any) stay as they are.
      chosen =
        inTitle.mode === 'full' && inBody.hybrid.length
          ? { mode: 'hybrid', hits: inBody.hybrid, certainty: 'stated' }
          : { mode: inTitle.mode, hits: [], certainty: inTitle.certainty };
    }
  }
  const hours = firstMatch(p.norm, HOURS);
  const zone = firstMatch(p.norm, TIME_ZONE);
  const extra = [hours, zone]
    .filter((m): m is { value: string; index: number } => m !== null)
    .map((m) => evidenceOf(p, m.index, m.index + m.value.length, 'remote'));
  return {
    remote: { mode: chosen.mode, hours: hours?.value.trim() ?? null, timeZone: zone?.value.trim() ?? null },
    evidence: [...evidenceOfHits(p, chosen.hits, 'remote'), ...extra],
    certainty: chosen.certainty,
    requiredOffice: chosen.mode === 'hybrid' ? evidenceOfHits(p, inBody.requiredOffice, 'onsiteOrExclusive') : [],
  };
}

function firstMatch(text: string, pattern: RegExp): { value: string; index: number } | null {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  pattern.lastIndex = 0;
  return m ? { value: m[0], index: m.index } : null;
}
