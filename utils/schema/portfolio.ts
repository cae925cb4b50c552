import { z } from 'zod';
import { decisionSchema } from './decision';
import { profileSchema } from './profile';

export const PORTFOLIO_FORMAT = 'gig-screener.portfolio-log';
export const PORTFOLIO_SCHEMA_VERSION = 2;

/** The exported portfolio log: a versioned envelope around the profile and every decision. */
export const portfolioLogSchema = z.object({
  format: z.literal(PORTFOLIO_FORMAT),
  schemaVersion: z.literal(PORTFOLIO_SCHEMA_VERSION),
  exportedAt: z.iso.datetime(),
  app: z.object({ name: z.string(), version: z.string() }),
  profile: profileSchema,
  decisions: z.array(decisionSchema),
});
export type PortfolioLog = z.infer<typeof portfolioLogSchema>;
