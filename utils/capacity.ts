import type { Decision } from './schema/decision';

const WEEKS_PER_MONTH = 4.33;

/**
 * Hours a week an offer asks for, read from its hours answer: "10 hours a week", "20-30 hrs/week",
 * "週20時間", "週10〜15時間", "月80時間"; the top of a range counts. Null when no weekly load is stated.
 */
export function weeklyHoursOf(hours: string | null | undefined): number | null {
  if (!hours) return null;
  const text = hours.normalize('NFKC');
  const range = String.raw`(\d{1,3}(?:\.\d)?)\s*(?:[-–〜~]\s*(\d{1,3}(?:\.\d)?))?`;
  const top = (m: RegExpMatchArray) => Number(m[2] ?? m[1]);
  const weekEn = text.match(new RegExp(`${range}\\s*(?:hours?|hrs?|h)\\s*(?:a|per|/)\\s*(?:week|wk)`, 'i'));
  if (weekEn) return top(weekEn);
  const weekJa = text.match(new RegExp(`週\\s*${range}\\s*時間`));
  if (weekJa) return top(weekJa);
  const monthEn = text.match(new RegExp(`${range}\\s*(?:hours?|hrs?|h)\\s*(?:a|per|/)\\s*(?:month|mo)`, 'i'));
  const monthJa = text.match(new RegExp(`月\\s*${range}\\s*時間`));
  const month = monthEn ?? monthJa;
  if (month) return Math.round((top(month) / WEEKS_PER_MONTH) * 10) / 10;
  if (/full[- ]?time|フルタイム/i.test(text)) return 40;
  return null;
}

export interface Capacity {
  /** The profile's weekly hours available, or null when not set. */
  available: number | null;
  /** Weekly hours of accepted work not yet delivered. */
  committed: number;
  /** Accepted work in progress whose weekly load is unknown. */
  unknown: number;
}

/** What capacity reads of a decision. */
export type Work = Pick<Decision, 'status' | 'outcome' | 'checklist'>;

/** The part of a decision capacity reads, so a caller need not keep whole decisions (their text) to sum it. */
export function workOf({ status, outcome, checklist }: Decision): Work {
  return { status, outcome, checklist };
}

/** Accepted, not yet delivered work summed against the hours the user said they have. */
export function capacityOf(decisions: readonly Work[], available: number | null): Capacity {
  let committed = 0;
  let unknown = 0;
  for (const d of decisions) {
    if (d.status !== 'accepted' || d.outcome?.deliveredAt) continue;
    const hours = weeklyHoursOf(d.checklist.remote.value.hours);
    if (hours === null) unknown++;
    else committed += hours;
  }
  return { available, committed, unknown };
}

/** Weekly hours left after accepted work in progress, or null when the profile does not say. */
export function hoursLeft(capacity: Capacity | null | undefined): number | null {
  if (!capacity || capacity.available === null) return null;
  return Math.max(0, Math.round((capacity.available - capacity.committed) * 10) / 10);
}

/** By how many weekly hours accepting an offer that asks `hours` would overcommit (0 when it fits or is unknown). */
export function overcommitBy(capacity: Capacity | null | undefined, hours: string | null): number {
  const left = hoursLeft(capacity);
  const asks = weeklyHoursOf(hours);
  if (left === null || asks === null) return 0;
  return Math.max(0, Math.round((asks - left) * 10) / 10);
}
