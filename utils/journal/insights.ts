import type { JournalRow } from './query';

export interface Bar {
  label: string;
  value: number;
}

export interface Insights {
  total: number;
  /** Accepted among decided (accepted + declined), 0–1; null before any. */
  acceptRate: number | null;
  perWeek: Bar[];
  bySite: Bar[];
  /** The reasons given most often for declining. */
  declineReasons: Bar[];
  /** The flags raised most often on declined offers. */
  declineFlags: Bar[];
  /** Earnings by month paid, per currency: "2026-11 JPY". */
  earnings: Bar[];
}

/** Monday of the ISO week a YYYY-MM-DD day falls in (UTC), as YYYY-MM-DD. */
export function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

const top = (counts: Map<string, number>, n: number): Bar[] =>
  [...counts]
    .map(([label, value]) => ({ label, value }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
    .slice(0, n);

/** What the journal says over time: pace, accept rate, sites, why offers were declined, earnings. */
export function insightsOf(
  rows: readonly Pick<JournalRow, 'status' | 'site' | 'flags' | 'declineReasons' | 'createdAt'>[],
  paid: readonly { paidAt: string | null; amountPaid: number | null; currency: string | null }[] = [],
  weeks = 8,
): Insights {
  const perWeek = new Map<string, number>();
  const bySite = new Map<string, number>();
  const declineFlags = new Map<string, number>();
  const declineReasons = new Map<string, number>();
  let accepted = 0;
  let declined = 0;
  for (const row of rows) {
    const week = weekOf(row.createdAt.slice(0, 10));
    perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
    bySite.set(row.site, (bySite.get(row.site) ?? 0) + 1);
    if (row.status === 'accepted') accepted++;
    if (row.status === 'declined') {
      declined++;
      for (const flag of row.flags) declineFlags.set(flag, (declineFlags.get(flag) ?? 0) + 1);
      for (const reason of row.declineReasons) declineReasons.set(reason, (declineReasons.get(reason) ?? 0) + 1);
    }
  }
  const earnings = new Map<string, number>();
  for (const p of paid) {
    if (!p.paidAt || p.amountPaid === null || !p.currency) continue;
    const key = `${p.paidAt.slice(0, 7)} ${p.currency}`;
    earnings.set(key, (earnings.get(key) ?? 0) + p.amountPaid);
  }
  return {
    total: rows.length,
    acceptRate: accepted + declined ? accepted / (accepted + declined) : null,
    perWeek: [...perWeek]
      .sort(([a], [b]) => a.localeCompare(b))
      .slice(-weeks)
      .map(([label, value]) => ({ label, value })),
    bySite: top(bySite, 8),
    declineReasons: top(declineReasons, 9),
    declineFlags: top(declineFlags, 5),
    earnings: [...earnings].sort(([a], [b]) => a.localeCompare(b)).map(([label, value]) => ({ label, value })),
  };
}
