import { formatDay } from '../i18n';
import type { Decision } from '../schema/decision';
import { PORTFOLIO_FORMAT, PORTFOLIO_SCHEMA_VERSION, type PortfolioLog, portfolioLogSchema } from '../schema/portfolio';
import type { Profile } from '../schema/profile';

const envelopeSchema = portfolioLogSchema.omit({ decisions: true });
export type PortfolioEnvelope = Omit<PortfolioLog, 'decisions'>;

/** The log's envelope (format, version, date, app, profile), validated so an invalid file is never written. */
export function buildPortfolioEnvelope(profile: Profile, opts: { now: Date; appVersion: string }): PortfolioEnvelope {
  return envelopeSchema.parse({
    format: PORTFOLIO_FORMAT,
    schemaVersion: PORTFOLIO_SCHEMA_VERSION,
    exportedAt: opts.now.toISOString(),
    app: { name: 'Gig Screener', version: opts.appVersion },
    profile,
  });
}

/**
 * The whole log. The decisions are not validated again here: every path that writes the journal
 * validates each decision first (utils/db), and the import validates each one on its own.
 */
export function buildPortfolioLog(
  profile: Profile,
  decisions: readonly Decision[],
  opts: { now: Date; appVersion: string },
): PortfolioLog {
  return { ...buildPortfolioEnvelope(profile, opts), decisions: decisions as Decision[] };
}

/** The download's file name, by the user's local date: gig-screener-log-YYYY-MM-DD.json. */
export function portfolioFileName(now: Date): string {
  return `gig-screener-log-${formatDay(now)}.json`;
}

/** The decisions as the body of the log's "decisions" list: one decision per line, comma-separated. */
export function decisionLines(decisions: readonly Decision[]): string {
  const lines = new Array<string>(decisions.length);
  for (let i = 0; i < decisions.length; i++) lines[i] = `    ${JSON.stringify(decisions[i])}`;
  return lines.join(',\n');
}

/**
 * The file in three parts: the indented envelope, the decisions' lines (a string from `decisionLines`,
 * or a Blob of one prepared earlier), and the closing brackets. `count` is how many decisions the body holds.
 */
export function portfolioLogParts<Body extends string | Blob>(
  envelope: PortfolioEnvelope,
  body: Body,
  count: number,
): [string, Body, string] {
  const head = JSON.stringify(envelope, null, 2);
  // `head` ends with "\n}"; the decisions go in as the last property.
  const open = `${head.slice(0, -2)},\n  "decisions": [`;
  return count === 0 ? [open, body, ']\n}\n'] : [`${open}\n`, body, '\n  ]\n}\n'];
}

/**
 * The log as JSON text: the envelope and profile indented, then one decision per line. A file of 10,000
 * decisions stays readable and diffable at about half the size of indenting every nested field.
 */
export function serializePortfolioLog(log: PortfolioLog): string {
  const { decisions, ...envelope } = log;
  return portfolioLogParts(envelope, decisionLines(decisions), decisions.length).join('');
}

/**
 * Prepares the decisions' lines as a Blob a slice at a time, each slice in its own `schedule` call (idle
 * time in the side panel), so typing is never held up. Resolves null if `stillWanted` turns false (the
 * journal changed meanwhile).
 */
export function prepareDecisionLines(
  decisions: readonly Decision[],
  schedule: (work: () => void) => void,
  stillWanted: () => boolean,
  slice = 500,
): Promise<Blob | null> {
  return new Promise((resolve) => {
    const parts: Blob[] = [];
    let next = 0;
    const step = () => {
      if (!stillWanted()) return resolve(null);
      const end = Math.min(decisions.length, next + slice);
      const lines = decisionLines(decisions.slice(next, end));
      parts.push(new Blob([next > 0 ? `,\n${lines}` : lines]));
      next = end;
      if (next < decisions.length) schedule(step);
      else resolve(new Blob(parts));
    };
    schedule(step);
  });
}
