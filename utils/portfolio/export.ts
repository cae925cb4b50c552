import type { Decision } from '../schema/decision';
import { PORTFOLIO_FORMAT, PORTFOLIO_SCHEMA_VERSION, type PortfolioLog, portfolioLogSchema } from '../schema/portfolio';
import type { Profile } from '../schema/profile';

/** Builds the portfolio log envelope and validates it, so an invalid file is never written. */
export function buildPortfolioLog(
  profile: Profile,
  decisions: readonly Decision[],
  opts: { now: Date; appVersion: string },
): PortfolioLog {
  return portfolioLogSchema.parse({
    format: PORTFOLIO_FORMAT,
    schemaVersion: PORTFOLIO_SCHEMA_VERSION,
    exportedAt: opts.now.toISOString(),
    app: { name: 'Gig Screener', version: opts.appVersion },
    profile,
    decisions,
  });
}

/** The download's file name, by the user's local date: gig-screener-log-YYYY-MM-DD.json. */
export function portfolioFileName(now: Date): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `gig-screener-log-${now.getFullYear()}-${m}-${d}.json`;
}

/** The log as pretty-printed JSON text. */
export function serializePortfolioLog(log: PortfolioLog): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}
