import type { Budget, Certainty, Evidence, LiabilityFlagId, OfferAnalysis } from '../schema/analysis';
import { liabilityFlagIds } from '../schema/analysis';
import type { Client, OfferKind, TrustSignals } from '../schema/offer';
import type { Profile } from '../schema/profile';
import { parseBudget } from './budget';
import { suggestChecklist } from './checklist';
import { analyzeCommunity } from './community';
import { detectIntermediary, type IntermediaryReading } from './intermediary';
import { detectLang } from './lang';
import { learnedSignals } from './learned';
import {
  detectLatePayment,
  detectMissingTerms,
  detectPatternFlags,
  type FlagResult,
  onEscrowMarketplace,
} from './liability';
import { analyzeRemote } from './remote';
import { extractSkills, matchSkills } from './skills';
import { type PreparedText, prepareText } from './text';
import { scoreChecklist } from './verdict';

export { type OpenQuestion, openQuestions } from './certainty';
export { suggestChecklist } from './checklist';
export { listSkills, type SkillEntry } from './skills';
export { type PreparedText, prepareText } from './text';
export { assessTrust, type TrustCode } from './trust';
export { scoreChecklist } from './verdict';

export interface OfferInput {
  text: string;
  title?: string;
  url?: string;
  site?: string;
  kind?: OfferKind;
  client?: Client;
  trust?: TrustSignals;
  /** The site's own budget field, read before the text. */
  budgetText?: string;
}

/**
 * What a learned scorer may add to the rules: per flag, a suspicion in [0, 1] and the phrases that
 * weighed most, quoted from the offer text. A learned suspicion alone raises a flag as `likely`, never
 * `stated`, so it can give "Check first" but never "Walk away".
 */
export type LearnedSignals = Partial<Record<LiabilityFlagId, { score: number; phrases: Evidence[] }>>;

/** The suspicion from which a learned signal raises a flag the rules left down. */
export const LEARNED_THRESHOLD = 0.5;

const DIRECT_INVOICE =
  /請求書|invoice|銀行振込|お?振込|bank transfer|直接契約|direct contract|paypal|\bwise\b|wire transfer|\bACH\b|\bBACS\b|SEPA/i;
// Person-month pricing and settlement hours: the terms of an SES chain.
const SES_TERMS = /精算|人月|単\s?価|単金|商流|支払いサイト/;
/** In a listing, 単価 alone is any price: only the chain's own terms say SES. */
const SES_LISTING_TERMS = /精算|人月|単金|商流|支払いサイト|スキル見合い/;
/** A monthly rate from which an agent's offer is a full person-month. */
const PERSON_MONTH_JPY = 400_000;
// Four days a week with office days is a full-time commitment in all but name.
const FOUR_DAYS = /週\s?4\s?日|4 days (?:a|per) week/i;

/**
 * Every flag, computed in one place: the rules' answers, then what the offer's remote mode implies,
 * then the learned signals where the rules found nothing.
 */
function computeFlags(
  body: PreparedText,
  input: OfferInput,
  remote: ReturnType<typeof analyzeRemote>,
  budget: Budget | null,
  learned: LearnedSignals,
): { flags: Record<LiabilityFlagId, FlagResult>; paidOutside: boolean; intermediary: IntermediaryReading } {
  const found = detectPatternFlags(body, { site: input.site, kind: input.kind, url: input.url });
  const flags: Record<LiabilityFlagId, FlagResult> = {
    ...found.flags,
    latePayment: detectLatePayment(body),
    missingTerms: detectMissingTerms(body, budget !== null),
  };
  const intermediary = detectIntermediary(body, {
    site: input.site,
    kind: input.kind,
    url: input.url,
    paymentOffPlatform: found.paidOutside,
  });
  // An SES chain invoices and pays outside any platform: the work never had an escrow to leave. That holds for
  // its e-mails and for the listings on its own site alike.
  if (
    !flags.offPlatformPayment.value &&
    intermediary.value === 'agent' &&
    !onEscrowMarketplace(input.site, input.url) &&
    (input.kind === 'dm' ? SES_TERMS : SES_LISTING_TERMS).test(body.norm)
  ) {
    flags.offPlatformPayment = { value: true, evidence: intermediary.evidence.slice(0, 2), certainty: 'likely' };
  }
  // A monthly rate of a full salary through an agent buys a whole person-month: full-time in all but name.
  if (
    !flags.onsiteOrExclusive.value &&
    intermediary.value === 'agent' &&
    budget?.unit === 'month' &&
    budget.currency === 'JPY' &&
    (budget.max ?? budget.min ?? 0) >= PERSON_MONTH_JPY
  ) {
    flags.onsiteOrExclusive = { value: true, evidence: [], certainty: 'likely' };
  }
  if (!flags.onsiteOrExclusive.value) {
    const onsite = remote.remote.mode === 'onsite';
    const office = remote.remote.mode === 'hybrid' && FOUR_DAYS.test(body.norm);
    if (onsite || office) {
      flags.onsiteOrExclusive = {
        value: true,
        evidence: remote.evidence.filter((e) => e.field === 'remote'),
        certainty: remote.certainty === 'stated' ? 'stated' : 'likely',
      };
    }
  }
  for (const id of liabilityFlagIds) {
    const signal = learned[id];
    if (signal && !flags[id].value && signal.score >= LEARNED_THRESHOLD)
      flags[id] = { value: true, evidence: signal.phrases, certainty: 'likely' };
  }
  // Nobody named between is read as a direct client; behind a scam's shape nobody can say who the client is.
  const reading =
    flags.upfrontFeeOrScam.value && intermediary.value === 'direct' && intermediary.certainty === 'likely'
      ? { value: 'unknown' as const, evidence: [], certainty: 'not-stated' as const }
      : intermediary;
  return { flags, paidOutside: found.paidOutside, intermediary: reading };
}

/**
 * Whether an escrow holds the pay: on a marketplace unless money leaves it; never on a job board or
 * in a contract that names direct payment; unclear through an agent or in a message.
 */
function readEscrow(
  body: PreparedText,
  input: OfferInput,
  onEscrowSite: boolean,
  paidOutside: boolean,
  intermediary: string,
): boolean | null {
  if (paidOutside) return false;
  if (intermediary === 'agent') return null;
  if (onEscrowSite) return true;
  if (input.kind === 'dm') return DIRECT_INVOICE.test(body.norm) ? false : null;
  if (input.site === 'generic') return false;
  return DIRECT_INVOICE.test(body.norm) ? false : null;
}

/**
 * Learned signals for an offer, from the learned scorer (utils/analysis/learned/). It reads the original
 * text, so its phrases quote it at its own offsets; see LearnedSignals for what it returns.
 */
function scoreLearnedSignals(body: PreparedText): LearnedSignals {
  return learnedSignals(body.original);
}

/**
 * Reads an offer (job post, DM or contract text) and proposes every checklist answer, each with the
 * words it relied on and how sure it is. Pure: no browser, no globals; evidence offsets index into
 * `input.text`.
 */
export function analyzeOffer(input: OfferInput, profile?: Profile): OfferAnalysis {
  const text = input.text;
  const title = input.title ?? '';
  const body = prepareText(text);
  const lang = detectLang(`${title}\n${text}`);
  const remote = analyzeRemote(body, title ? prepareText(title) : undefined);

  const skillHits = extractSkills(text);
  const titleSkills = extractSkills(title).filter((hit) => !skillHits.some((h) => h.id === hit.id));
  const required = [...titleSkills, ...skillHits].map((hit) => hit.id);
  const { matched, missing } = matchSkills(required, profile);

  // The offer's own amount wins over the site's field; the field speaks when the text says nothing.
  const fromField = input.budgetText ? parseBudget(input.budgetText) : null;
  const fromText = parseBudget(body, 'budget', input.site);
  const textWins = fromText !== null && (fromField === null || fromText.score >= 6);
  let budget = (textWins ? fromText?.budget : fromField?.budget) ?? null;
  // The site's field says "fixed" where the text names the period of the same amount (月額30,000円).
  if (fromField && fromText && fromField.budget.max === fromText.budget.max && fromText.budget.unit !== 'fixed') {
    if (fromField.budget.unit === 'fixed' || fromField.budget.unit === null) budget = fromText.budget;
  }
  const budgetFromText = fromText !== null && budget === fromText.budget;
  const budgetCertainty: Certainty =
    budget === null ? 'not-stated' : budget.min === null && budget.max === null ? 'likely' : 'stated';

  const { flags, paidOutside, intermediary } = computeFlags(body, input, remote, budget, scoreLearnedSignals(body));

  const onEscrowSite = onEscrowMarketplace(input.site, input.url);
  const platformEscrow = readEscrow(body, input, onEscrowSite, paidOutside, intermediary.value);

  const community = analyzeCommunity(text, input.client, input.site, input.kind, profile);
  const skillEvidence = skillHits.map((h) => h.evidence);

  const partial: Omit<OfferAnalysis, 'verdict'> = {
    lang,
    remote: remote.remote,
    skills: { required, matched, missing },
    budget,
    liability: { flags },
    platformEscrow,
    intermediary: { value: intermediary.value, evidence: intermediary.evidence },
    certainty: {
      remote: remote.certainty,
      budget: budgetCertainty,
      skills: required.length ? 'stated' : 'not-stated',
      intermediary: intermediary.certainty,
      platformEscrow: platformEscrow === null ? 'not-stated' : onEscrowSite ? 'likely' : 'stated',
    },
    community: { tie: community.tie, via: community.via },
    evidence: [
      ...community.evidence,
      ...skillEvidence,
      ...remote.evidence,
      ...(fromText && budgetFromText ? [fromText.evidence] : []),
      ...intermediary.evidence,
      ...liabilityFlagIds.flatMap((id) => flags[id].evidence),
    ],
  };
  const verdict = scoreChecklist(
    suggestChecklist({ ...partial, verdict: { score: 0, level: 'go', reasons: [] } }),
    profile,
    { budget, platformEscrow, trust: input.trust },
  );
  return { ...partial, verdict };
}
