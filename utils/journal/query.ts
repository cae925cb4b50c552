import type { LiabilityFlagId, VerdictLevel } from '../schema/analysis';
import type { Decision, DecisionStatus, DeclineReason } from '../schema/decision';

/** How much of an offer's captured text the journal search reads: a job post's body fits well inside. */
export const SEARCH_TEXT_CHARS = 4_000;

/** One decision as the journal list needs it: small, with its search text prepared once. */
export interface JournalRow {
  id: string;
  title: string;
  url: string;
  site: string;
  client: string;
  status: DecisionStatus;
  level: VerdictLevel | null;
  flags: LiabilityFlagId[];
  declineReasons: DeclineReason[];
  tags: string[];
  note: string;
  followUpAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** What accepted work paid, for the insights. */
  paid: { paidAt: string | null; amountPaid: number | null; currency: string | null } | null;
  /** Lower-cased title, client, note, tags and the start of the captured text. */
  haystack: string;
}

export type JournalSort = 'newest' | 'oldest' | 'updated' | 'follow-up';

export interface JournalQuery {
  text?: string;
  status?: DecisionStatus | 'all';
  site?: string | 'all';
  level?: VerdictLevel | 'all';
  flag?: LiabilityFlagId | 'all';
  /** Declined for this reason. */
  reason?: DeclineReason | 'all';
  tag?: string | 'all';
  /** Inclusive YYYY-MM-DD bounds on the decision date. */
  from?: string;
  to?: string;
  sort?: JournalSort;
}

export function toRow(decision: Decision): JournalRow {
  const client = decision.offer.client.name ?? decision.offer.client.handle ?? decision.offer.client.email ?? '';
  const flags = Object.entries(decision.checklist.liability)
    .filter(([, answer]) => answer?.value)
    .map(([id]) => id as LiabilityFlagId);
  return {
    id: decision.id,
    title: decision.offer.title || decision.offer.url,
    url: decision.offer.url,
    site: decision.offer.site,
    client,
    status: decision.status,
    level: decision.verdict?.level ?? null,
    flags,
    declineReasons: decision.declineReasons ?? [],
    tags: decision.tags,
    note: decision.note,
    followUpAt: decision.followUpAt,
    createdAt: decision.createdAt,
    updatedAt: decision.updatedAt,
    paid: decision.outcome
      ? {
          paidAt: decision.outcome.paidAt,
          amountPaid: decision.outcome.amountPaid,
          currency: decision.outcome.currency,
        }
      : null,
    haystack: [
      decision.offer.title,
      client,
      decision.note,
      decision.tags.join(' '),
      decision.offer.text.slice(0, SEARCH_TEXT_CHARS),
    ]
      .join('\n')
      .toLowerCase(),
  };
}

/** A hold whose follow-up date has come (on or before `today`, YYYY-MM-DD). */
export function isDue(row: Pick<JournalRow, 'status' | 'followUpAt'>, today: string): boolean {
  return row.status === 'hold' && row.followUpAt !== null && row.followUpAt <= today;
}

/**
 * Filters and sorts journal rows. Every word of the search text must appear (in any order); holds that
 * are due come first whatever the sort, so a promise to get back to someone is never buried.
 */
export function queryJournal(rows: readonly JournalRow[], query: JournalQuery, today: string): JournalRow[] {
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const out = rows.filter((row) => {
    if (query.status && query.status !== 'all' && row.status !== query.status) return false;
    if (query.site && query.site !== 'all' && row.site !== query.site) return false;
    if (query.level && query.level !== 'all' && row.level !== query.level) return false;
    if (query.flag && query.flag !== 'all' && !row.flags.includes(query.flag)) return false;
    if (query.reason && query.reason !== 'all' && !row.declineReasons.includes(query.reason)) return false;
    if (query.tag && query.tag !== 'all' && !row.tags.includes(query.tag)) return false;
    const day = row.createdAt.slice(0, 10);
    if (query.from && day < query.from) return false;
    if (query.to && day > query.to) return false;
    for (const word of words) if (!row.haystack.includes(word)) return false;
    return true;
  });
  const sort = query.sort ?? 'newest';
  const by: Record<JournalSort, (a: JournalRow, b: JournalRow) => number> = {
    newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
    oldest: (a, b) => a.createdAt.localeCompare(b.createdAt),
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
    'follow-up': (a, b) => (a.followUpAt ?? '9999').localeCompare(b.followUpAt ?? '9999'),
  };
  return out.sort((a, b) => Number(isDue(b, today)) - Number(isDue(a, today)) || by[sort](a, b));
}

/** The distinct sites and tags in the journal, for the filter menus. */
export function facets(rows: readonly JournalRow[]): { sites: string[]; tags: string[] } {
  const sites = new Set<string>();
  const tags = new Set<string>();
  for (const row of rows) {
    sites.add(row.site);
    for (const tag of row.tags) tags.add(tag);
  }
  return { sites: [...sites].sort(), tags: [...tags].sort() };
}
