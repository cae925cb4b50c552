import type { Certainty, Evidence, Intermediary } from '../schema/analysis';
import { onEscrowMarketplace } from './liability';
import { evidenceOfHits, matchRule, plain } from './rules/define';
import { agent, direct, platformTerms } from './rules/intermediary';
import type { PreparedText } from './text';

/** Sites where employers post their own jobs, with no escrow: a post names any agent between. */
const JOB_BOARDS = new Set(['indeed', 'linkedin', 'discord', 'slack']);

export interface IntermediaryReading {
  value: Intermediary;
  evidence: Evidence[];
  certainty: Certainty;
}

/**
 * Who stands between the freelancer and the end client: an agent (agency, recruiter, SES chain), an
 * escrow platform (unless payment moves off it), or nobody (a direct contract, a DM from the client).
 */
export function detectIntermediary(
  p: PreparedText,
  context: { site?: string; kind?: string; url?: string; paymentOffPlatform: boolean },
): IntermediaryReading {
  const agentHits = plain(matchRule(agent, p));
  if (agentHits.length)
    return { value: 'agent', evidence: evidenceOfHits(p, agentHits, 'intermediary', 3), certainty: 'stated' };
  const onEscrowSite = onEscrowMarketplace(context.site, context.url);
  if (onEscrowSite && !context.paymentOffPlatform) return { value: 'platform', evidence: [], certainty: 'likely' };
  // A marketplace's terms, read wherever they are shown: the platform stands between the members.
  const termsHits = context.paymentOffPlatform ? [] : plain(matchRule(platformTerms, p));
  if (termsHits.length)
    return { value: 'platform', evidence: evidenceOfHits(p, termsHits, 'intermediary', 2), certainty: 'stated' };
  const directHits = plain(matchRule(direct, p));
  if (directHits.length)
    return { value: 'direct', evidence: evidenceOfHits(p, directHits, 'intermediary', 3), certainty: 'stated' };
  if (onEscrowSite) return { value: 'direct', evidence: [], certainty: 'likely' };
  // A message from the client itself, a company's own post (on its site, a job board or a community) or a
  // contract: nobody named between.
  if (
    context.kind === 'dm' ||
    context.site === 'generic' ||
    context.site === 'contract' ||
    JOB_BOARDS.has(context.site ?? '')
  )
    return { value: 'direct', evidence: [], certainty: 'likely' };
  return { value: 'unknown', evidence: [], certainty: 'not-stated' };
}
