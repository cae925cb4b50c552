import { formatDay } from './i18n';
import type { Budget, Verdict } from './schema/analysis';
import type { Checklist } from './schema/checklist';
import {
  type ClientReply,
  DECLINE_REASONS,
  type Decision,
  type DecisionStatus,
  type DeclineReason,
  type OfferSnapshot,
} from './schema/decision';
import { cleanReasons } from './schema/decision-records';
import type { OfferCapture } from './schema/offer';

/** Freezes what the page showed into the decision's offer snapshot. */
export function snapshotOffer(capture: OfferCapture, budget: Budget | null): OfferSnapshot {
  return {
    url: capture.url,
    key: capture.key,
    site: capture.site,
    kind: capture.kind,
    source: capture.source,
    title: capture.title,
    client: capture.client,
    budget,
    budgetText: capture.budgetText,
    postedAt: capture.postedAt,
    trust: capture.trust,
    text: capture.text,
    capturedAt: capture.capturedAt,
  };
}

export interface DecisionDraft {
  offer: OfferSnapshot;
  checklist: Checklist;
  verdict: Verdict | null;
  status: DecisionStatus;
  note: string;
  followUpAt: string | null;
  /** Kept only when the status is 'declined'. */
  declineReasons: readonly DeclineReason[];
  /** The client's replies pasted so far; absent keeps the earlier decision's. */
  replies?: readonly ClientReply[];
}

/** Verdict costs smaller than this do not suggest a reason (an NDA alone is no reason to decline). */
const SUGGEST_FROM_COST = -8;

/**
 * The decline reasons the checklist points at, pre-ticked for the user to confirm or untick: what cost
 * the verdict most (a scam pattern or payment off the platform, other liability, pay under the minimum,
 * remote mode, missing skills, an unknown client) and an acceptance that would overcommit the week.
 */
export function suggestDeclineReasons(verdict: Verdict | null, overcommitted: boolean): DeclineReason[] {
  const found = new Set<DeclineReason>();
  for (const reason of verdict?.reasons ?? []) {
    if (reason.impact > SUGGEST_FROM_COST && !reason.dealbreaker) continue;
    if (reason.item === 'liability') {
      found.add(reason.code === 'upfrontFeeOrScam' || reason.code === 'offPlatformPayment' ? 'scam' : 'liability');
    } else if (reason.item === 'budget') found.add('rate');
    else if (reason.item === 'remote') found.add('remote');
    else if (reason.item === 'skillMatch') found.add('skills');
    else if (reason.item === 'communityTie') found.add('client');
  }
  if (overcommitted) found.add('capacity');
  return DECLINE_REASONS.filter((r) => found.has(r));
}

/**
 * Records a decision: a new one gets a fresh id, a change to an earlier one keeps its id, createdAt,
 * tags and outcome, so the journal holds one entry per offer.
 */
export function recordDecision(
  draft: DecisionDraft,
  existing: Decision | null,
  now: Date,
  newId: () => string,
): Decision {
  const stamp = now.toISOString();
  return {
    id: existing?.id ?? newId(),
    offer: draft.offer,
    checklist: draft.checklist,
    verdict: draft.verdict,
    status: draft.status,
    note: draft.note.trim(),
    followUpAt: draft.status === 'hold' ? draft.followUpAt : null,
    outcome: existing?.outcome ?? null,
    tags: existing?.tags ?? [],
    declineReasons: cleanReasons(draft.status, draft.declineReasons),
    history: existing?.history ?? [],
    replies: draft.replies ? [...draft.replies] : (existing?.replies ?? []),
    createdAt: existing?.createdAt ?? stamp,
    updatedAt: stamp,
  };
}

/** The local calendar date `days` from `now`, as YYYY-MM-DD (the default follow-up). */
export function addDays(now: Date, days: number): string {
  return formatDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days));
}
