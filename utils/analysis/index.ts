import type { Evidence, LiabilityFlagId, OfferAnalysis } from '../schema/analysis';
import { liabilityFlagIds } from '../schema/analysis';
import type { Checklist } from '../schema/checklist';
import type { Client, OfferKind, TrustSignals } from '../schema/offer';
import type { Profile } from '../schema/profile';
import { parseBudget } from './budget';
import { analyzeCommunity } from './community';
import { detectLang } from './lang';
import { capLearnedVerdict, learnedScamFinding, scoreLearned } from './learned';
import { detectLatePayment, detectMissingTerms, detectPatternFlags, type FlagResult } from './liability';
import { analyzeRemote } from './remote';
import { extractSkills, matchSkills } from './skills';
import { scoreChecklist } from './verdict';

export { listSkills, type SkillEntry } from './skills';
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

const ESCROW_SITES = new Set(['upwork', 'freelancer', 'fiverr', 'crowdworks', 'lancers', 'coconala']);
const DIRECT_INVOICE =
  /請求書|invoice|銀行振込|お?振込|bank transfer|直接契約|direct contract|paypal|\bwise\b|wire transfer|\bACH\b|\bBACS\b|SEPA/i;

/**
 * Reads an offer (job post, DM or contract text) and proposes every checklist answer, each with the
 * words it relied on. Pure: no browser, no globals; evidence offsets index into `input.text`.
 */
export function analyzeOffer(input: OfferInput, profile?: Profile): OfferAnalysis {
  const text = input.text;
  const title = input.title ?? '';
  const lang = detectLang(`${title}\n${text}`);
  const remote = analyzeRemote(text);
  if (remote.remote.mode === 'unknown' && title) {
    const fromTitle = analyzeRemote(title);
    if (fromTitle.remote.mode !== 'unknown') remote.remote.mode = fromTitle.remote.mode;
  }

  const skillHits = extractSkills(text);
  const titleSkills = extractSkills(title).filter((hit) => !skillHits.some((h) => h.id === hit.id));
  const required = [...titleSkills, ...skillHits].map((hit) => hit.id);
  const { matched, missing } = matchSkills(required, profile);

  const fromField = input.budgetText ? parseBudget(input.budgetText) : null;
  const fromText = parseBudget(text);
  let budget = fromField?.budget ?? fromText?.budget ?? null;
  // The site's field says "fixed" where the text names the period of the same amount (月額30,000円).
  if (fromField && fromText && fromField.budget.max === fromText.budget.max && fromText.budget.unit !== 'fixed') {
    if (fromField.budget.unit === 'fixed' || fromField.budget.unit === null) budget = fromText.budget;
  }

  const flags: Record<LiabilityFlagId, FlagResult> = {
    ...detectPatternFlags(text, { site: input.site, kind: input.kind }),
    latePayment: detectLatePayment(text),
    missingTerms: detectMissingTerms(text, budget !== null),
  };
  if (remote.remote.mode === 'onsite' && !flags.onsiteOrExclusive.value) {
    flags.onsiteOrExclusive = { value: true, evidence: remote.evidence.filter((e) => e.field === 'remote') };
  }

  // Learned scorer (utils/analysis/learned/): a scam shape no rule stated is a likely finding, "check first".
  const learnedScam = flags.upfrontFeeOrScam.value ? null : learnedScamFinding(scoreLearned(text));
  if (learnedScam) flags.upfrontFeeOrScam = learnedScam;

  const onEscrowSite = input.site !== undefined && ESCROW_SITES.has(input.site);
  // Contact moved to a chat app is a flag, but only money moved (or a direct invoice) says escrow is gone.
  const platformEscrow =
    DIRECT_INVOICE.test(text) || (onEscrowSite && flags.offPlatformPayment.value) ? false : onEscrowSite ? true : null;

  const community = analyzeCommunity(text, input.client, input.site, input.kind, profile);
  const skillEvidence = skillHits.map((h) => h.evidence);

  const partial: Omit<OfferAnalysis, 'verdict'> = {
    lang,
    remote: remote.remote,
    skills: { required, matched, missing },
    budget,
    liability: { flags },
    platformEscrow,
    community: { tie: community.tie, via: community.via },
    evidence: [
      ...community.evidence,
      ...skillEvidence,
      ...remote.evidence,
      ...(fromText && !fromField ? [fromText.evidence] : []),
      ...liabilityFlagIds.flatMap((id) => flags[id].evidence),
    ],
  };
  const verdict = scoreChecklist(
    suggestChecklist({ ...partial, verdict: { score: 0, level: 'go', reasons: [] } }),
    profile,
    {
      budget,
      platformEscrow,
      trust: input.trust,
    },
  );
  return { ...partial, verdict: learnedScam ? capLearnedVerdict(verdict) : verdict };
}

function evidenceFor(analysis: Pick<OfferAnalysis, 'evidence'>, fields: readonly string[]): Evidence[] {
  const picked = analysis.evidence.filter((e) => fields.includes(e.field));
  // Two rules quoting the same clause, or overlapping parts of it, show it once.
  return picked.filter((e, i) => !picked.slice(0, i).some((o) => o.start < e.end && e.start < o.end));
}

/** The checklist the engine proposes: every answer automatic, with its suggestion and quotes. */
export function suggestChecklist(analysis: OfferAnalysis): Checklist {
  const skills = { matched: analysis.skills.matched, missing: analysis.skills.missing };
  const liability: Checklist['liability'] = {};
  for (const id of liabilityFlagIds) {
    const flag = analysis.liability.flags[id];
    liability[id] = {
      value: flag?.value ?? false,
      source: 'auto',
      suggested: flag?.value ?? false,
      evidence: flag?.evidence ?? [],
    };
  }
  return {
    communityTie: {
      value: analysis.community.tie,
      source: 'auto',
      suggested: analysis.community.tie,
      evidence: evidenceFor(analysis, ['community']),
    },
    skillMatch: { value: skills, source: 'auto', suggested: skills, evidence: evidenceFor(analysis, ['skills']) },
    remote: {
      value: analysis.remote,
      source: 'auto',
      suggested: analysis.remote,
      evidence: evidenceFor(analysis, ['remote']),
    },
    liability,
  };
}
