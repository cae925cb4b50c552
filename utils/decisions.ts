import { formatDay } from './i18n';
import type { Budget, Verdict } from './schema/analysis';
import type { Checklist } from './schema/checklist';
import {
  type ClientReply,
  DECLINE_REASONS,
  type Decision,
  type DecisionStatus,
  type DeclineReason,
  type HistoryEntry,
  MAX_HISTORY,
  type OfferSnapshot,
} from './schema/decision';
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

/** The reasons in their canonical order, without repeats; none unless declined. */
export function cleanReasons(status: DecisionStatus, reasons: readonly DeclineReason[]): DeclineReason[] {
  return status === 'declined' ? DECLINE_REASONS.filter((r) => reasons.includes(r)) : [];
}

/**
 * The history with the decision's current state appended, when its status (or, on hold, its follow-up
 * date) differs from the last entry. `base` is the history as stored: it wins over what a caller holds,
 * since another page may have added to it.
 */
export function withHistory(base: readonly HistoryEntry[], decision: Decision): HistoryEntry[] {
  const followUpAt = decision.status === 'hold' ? decision.followUpAt : null;
  const last = base.at(-1);
  if (last && last.status === decision.status && last.followUpAt === followUpAt) return [...base];
  return capHistory([...base, { at: decision.updatedAt, status: decision.status, followUpAt }]);
}

/** At most MAX_HISTORY entries: the first (when it was first decided) and the latest are worth keeping. */
function capHistory(history: HistoryEntry[]): HistoryEntry[] {
  return history.length > MAX_HISTORY ? [history[0] as HistoryEntry, ...history.slice(-(MAX_HISTORY - 1))] : history;
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

/**
 * Two copies' histories as one (an import over the journal's copy): every step of either, once, oldest
 * first, so no device’s record of what happened is lost.
 */
export function mergeHistories(a: readonly HistoryEntry[], b: readonly HistoryEntry[]): HistoryEntry[] {
  const seen = new Map<string, HistoryEntry>();
  for (const entry of [...a, ...b]) seen.set(`${entry.at}|${entry.status}|${entry.followUpAt ?? ''}`, entry);
  return capHistory([...seen.values()].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0)));
}

/** The local calendar date `days` from `now`, as YYYY-MM-DD (the default follow-up). */
export function addDays(now: Date, days: number): string {
  return formatDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days));
}
