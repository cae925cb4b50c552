import { formatDay } from '../i18n';
import type { Decision } from '../schema/decision';

const COLUMNS = [
  'decided',
  'status',
  'site',
  'title',
  'client',
  'budget_min',
  'budget_max',
  'currency',
  'unit',
  'verdict',
  'score',
  'flags',
  'decline_reasons',
  'tags',
  'note',
  'follow_up',
  'amount_paid',
  'paid_currency',
  'url',
] as const;

/**
 * One cell, RFC 4180 quoted. A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is
 * prefixed with an apostrophe: an offer's text must never execute in the user's spreadsheet.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The journal as CSV for spreadsheets: one row per decision, a header row, CRLF line ends, UTF-8 BOM. */
export function decisionsToCsv(decisions: readonly Decision[]): string {
  const rows = decisions.map((d) => {
    const flags = Object.entries(d.checklist.liability)
      .filter(([, answer]) => answer?.value)
      .map(([id]) => id)
      .join(';');
    const values: Record<(typeof COLUMNS)[number], string | number | null | undefined> = {
      decided: d.createdAt.slice(0, 10),
      status: d.status,
      site: d.offer.site,
      title: d.offer.title,
      client: d.offer.client.name ?? d.offer.client.handle ?? d.offer.client.email,
      budget_min: d.offer.budget?.min,
      budget_max: d.offer.budget?.max,
      currency: d.offer.budget?.currency,
      unit: d.offer.budget?.unit,
      verdict: d.verdict?.level,
      score: d.verdict?.score,
      flags,
      decline_reasons: d.declineReasons.join(';'),
      tags: d.tags.join(';'),
      note: d.note,
      follow_up: d.followUpAt,
      amount_paid: d.outcome?.amountPaid,
      paid_currency: d.outcome?.currency,
      url: d.offer.url,
    };
    return COLUMNS.map((c) => csvCell(values[c])).join(',');
  });
  // The BOM makes Excel read Japanese text as UTF-8.
  return `\uFEFF${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** gig-screener-log-YYYY-MM-DD.csv, by the user's local date. */
export function csvFileName(now: Date): string {
  return `gig-screener-log-${formatDay(now)}.csv`;
}
