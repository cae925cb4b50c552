import type { Budget, Intermediary, LiabilityFlagId, Verdict, VerdictReason } from '../schema/analysis';
import type { Checklist } from '../schema/checklist';
import type { TrustSignals } from '../schema/offer';
import { createDefaultProfile, type Profile } from '../schema/profile';
import { assessTrust, TRUST_POINTS } from './trust';

let fallbackProfile: Profile | null = null;
/** The default profile, parsed once: scoring reads it and never changes it. */
function defaultProfile(): Profile {
  fallbackProfile ??= createDefaultProfile();
  return fallbackProfile;
}

/** Points a raised flag takes from 100 before weighting: how much it can cost a freelancer. */
export const FLAG_COST: Record<LiabilityFlagId, number> = {
  upfrontFeeOrScam: 60,
  offPlatformPayment: 30,
  unlimitedDamages: 25,
  disguisedEmployment: 20,
  onsiteOrExclusive: 12,
  latePayment: 15,
  missingTerms: 10,
  ipTransfer: 6,
  personalData: 8,
  nda: 3,
};

/**
 * How much of a contract risk lands on the freelancer, by who stands between them and the end client:
 * an agent or an escrow platform absorbs part of a dispute; alone, all of it is theirs.
 */
export const INTERMEDIARY_FACTOR: Record<Intermediary, number> = { agent: 0.6, platform: 0.8, unknown: 1, direct: 1.5 };
const CONTRACT_RISKS: readonly LiabilityFlagId[] = ['unlimitedDamages', 'ipTransfer'];

/**
 * Flags that can make an offer "Walk away" on their own score: money asked of the freelancer, payment
 * outside escrow, a chat-app move in an unsolicited message. They do so only when the answer is
 * explicit: stated in the text or set by the user.
 */
export const WALK_AWAY_FLAGS: readonly LiabilityFlagId[] = ['upfrontFeeOrScam', 'offPlatformPayment'];

const TIE_POINTS = { 'known-personally': 10, referral: 8, 'same-community': 5, platform: 0, cold: -10 } as const;
const REMOTE_COST = {
  'full-only': { full: 0, hybrid: 25, onsite: 40, unknown: 8 },
  'hybrid-ok': { full: 0, hybrid: 6, onsite: 25, unknown: 5 },
  'onsite-ok': { full: 0, hybrid: 0, onsite: 5, unknown: 3 },
} as const;

/** Parts of a screening the profile gives nothing to judge against yet. */
export type UnjudgedPart = 'skillMatch' | 'communityTie' | 'capacity';

/**
 * What the verdict could not judge for lack of profile data: skill match without skills, the community
 * tie (when nothing in the text settles it) without communities or contacts, capacity without weekly
 * hours. An answer the user set by hand is judged. The verdict leaves the first two out of its score.
 */
export function unjudgedParts(checklist: Checklist, profile: Profile = defaultProfile()): UnjudgedPart[] {
  const parts: UnjudgedPart[] = [];
  if (profile.skills.length === 0 && checklist.skillMatch.source !== 'user') parts.push('skillMatch');
  const tie = checklist.communityTie;
  const knowsNobody = profile.communities.length === 0 && profile.contacts.length === 0;
  if (knowsNobody && tie.source !== 'user' && (tie.value === 'cold' || tie.value === 'platform'))
    parts.push('communityTie');
  if (profile.preferences.weeklyHours === null) parts.push('capacity');
  return parts;
}

/** The verdict's level for a score: go from 70, caution from 40, else no-go. */
export function levelFor(score: number): Verdict['level'] {
  return score >= 70 ? 'go' : score >= 40 ? 'caution' : 'no-go';
}

/**
 * Scores a checklist as the user left it (their corrections count), with the profile's weights,
 * dealbreakers and muted flags. "Walk away" needs explicit evidence: a dealbreaker raised by a stated
 * (or user-set) answer, or a stated fee or payment outside escrow. Anything fuzzier stops at "Check first".
 */
export function scoreChecklist(
  checklist: Checklist,
  profile: Profile = defaultProfile(),
  context: { budget?: Budget | null; platformEscrow?: boolean | null; trust?: TrustSignals } = {},
): Verdict {
  const reasons: VerdictReason[] = [];
  const { weights } = profile;
  const add = (item: VerdictReason['item'], code: string, impact: number, dealbreaker = false) => {
    if (impact !== 0 || dealbreaker) reasons.push({ item, code, impact: Math.round(impact * 10) / 10, dealbreaker });
  };

  const unjudged = unjudgedParts(checklist, profile);
  // A stranger is only a stranger once the user has said whom they know.
  if (!unjudged.includes('communityTie'))
    add('communityTie', checklist.communityTie.value, TIE_POINTS[checklist.communityTie.value] * weights.communityTie);
  // What the site shows about the client weighs with the tie: a stranger with verified payment is less cold.
  for (const code of assessTrust(context.trust))
    add('communityTie', `trust:${code}`, TRUST_POINTS[code] * weights.communityTie);

  const { matched, missing } = checklist.skillMatch.value;
  const required = matched.length + missing.length;
  // Without skills in the profile a missing skill says nothing, unless the user sorted them by hand.
  if (!unjudged.includes('skillMatch') && required > 0 && missing.length > 0)
    add('skillMatch', 'missing', (-30 * missing.length * weights.skillMatch) / required);

  const mode = checklist.remote.value.mode;
  add('remote', mode, -REMOTE_COST[profile.preferences.remote][mode] * weights.remote);

  let dealbreaker = false;
  let fuzzyDealbreaker = false;
  let walkAwayEvidence = false;
  const factor = INTERMEDIARY_FACTOR[checklist.intermediary?.value ?? 'unknown'];
  type Answer = { value: boolean; source: string; certainty?: string };
  for (const [id, answer] of Object.entries(checklist.liability) as [LiabilityFlagId, Answer][]) {
    if (!answer?.value || profile.mutedFlags.includes(id)) continue;
    const explicit = answer.source === 'user' || answer.certainty === 'stated';
    const isDealbreaker = (profile.dealbreakers as readonly string[]).includes(id);
    const breaks = isDealbreaker && explicit;
    dealbreaker ||= breaks;
    fuzzyDealbreaker ||= isDealbreaker && !explicit;
    walkAwayEvidence ||= explicit && WALK_AWAY_FLAGS.includes(id);
    const cost = FLAG_COST[id] * (CONTRACT_RISKS.includes(id) ? factor : 1);
    add('liability', id, -cost * weights.liability, breaks);
  }

  const budget = context.budget;
  if (budget?.currency && budget.unit) {
    const minimum = profile.preferences.minimumRates.find(
      (r) => r.currency === budget.currency && r.unit === budget.unit,
    );
    const offered = budget.max ?? budget.min;
    if (minimum && offered !== null && offered < minimum.amount) add('budget', 'below-minimum-rate', -15);
  }
  if (context.platformEscrow === false) add('liability', 'no-escrow', -5);

  const raw = 100 + reasons.reduce((sum, r) => sum + r.impact, 0);
  let score = Math.max(0, Math.min(100, Math.round(raw)));
  if (dealbreaker) score = Math.min(score, 20);
  // A dealbreaker the text only hints at asks for a look before anything else.
  else if (fuzzyDealbreaker) score = Math.min(score, 69);
  reasons.sort((a, b) => Number(b.dealbreaker) - Number(a.dealbreaker) || a.impact - b.impact);
  let level = dealbreaker ? 'no-go' : levelFor(score);
  if (level === 'no-go' && !dealbreaker && !walkAwayEvidence) level = 'caution';
  return { score, level, reasons };
}
