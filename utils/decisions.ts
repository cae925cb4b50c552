import type { Budget, Verdict } from './schema/analysis';
import type { Checklist } from './schema/checklist';
import type { Decision, DecisionStatus, OfferSnapshot } from './schema/decision';
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
    createdAt: existing?.createdAt ?? stamp,
    updatedAt: stamp,
  };
}

/** The local calendar date `days` from `now`, as YYYY-MM-DD (the default follow-up). */
export function addDays(now: Date, days: number): string {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${m}-${d}`;
}
