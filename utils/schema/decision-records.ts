import {
  DECLINE_REASONS,
  type Decision,
  type DecisionStatus,
  type DeclineReason,
  type HistoryEntry,
  MAX_HISTORY,
} from './decision';

// What "one decision per offer" means for the stored records: how a status change enters the history and
// how two copies of one offer's decision become one. Every writer applies the same rules (the database on
// each save and upgrade, the import on a file), so they live with the schema they keep valid.

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

/** The key under which a history step counts once: when, what, and the follow-up date. */
const stepKey = (entry: HistoryEntry) => `${entry.at}|${entry.status}|${entry.followUpAt ?? ''}`;
const sameState = (a: HistoryEntry | undefined, b: HistoryEntry | undefined) =>
  !!a && !!b && a.status === b.status && a.followUpAt === b.followUpAt;

/** Oldest first, each step once, and no step that repeats the state before it (it records no change). */
function tidyHistory(entries: readonly HistoryEntry[]): HistoryEntry[] {
  const seen = new Map<string, HistoryEntry>();
  for (const entry of entries) seen.set(stepKey(entry), entry);
  const sorted = [...seen.values()].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
  const out: HistoryEntry[] = [];
  for (const entry of sorted) if (!sameState(out.at(-1), entry)) out.push(entry);
  return out;
}

/**
 * Two copies' histories as one (an import over the journal's copy): every step of either, once, oldest
 * first, so no device’s record of what happened is lost. A step that only repeats the state before it is
 * dropped: it is no change of status.
 */
export function mergeHistories(a: readonly HistoryEntry[], b: readonly HistoryEntry[]): HistoryEntry[] {
  return capHistory(tidyHistory([...a, ...b]));
}

/** The decision's own state as a history step, dated by its last update. */
function stepOf(decision: Decision): HistoryEntry {
  return {
    at: decision.updatedAt,
    status: decision.status,
    followUpAt: decision.status === 'hold' ? (decision.followUpAt ?? null) : null,
  };
}

/** The state in effect at `at`: the last step not after it. */
function stateAt(history: readonly HistoryEntry[], at: string): HistoryEntry | undefined {
  let found: HistoryEntry | undefined;
  for (const entry of history) if (entry.at <= at) found = entry;
  return found;
}

/**
 * Adds `decision`'s own state where the history does not show it yet. It is dated by its last update,
 * or by its own latest step when that is later (an imported copy may carry such a step).
 */
function withStateOf(history: readonly HistoryEntry[], decision: Decision): HistoryEntry[] {
  const step = stepOf(decision);
  const ownLast = decision.history?.at(-1)?.at;
  const at = ownLast && ownLast > step.at ? ownLast : step.at;
  return sameState(stateAt(history, at), step) ? [...history] : tidyHistory([...history, step]);
}

/** What the user decided about the offer, without when or under which id: equal for a mere retry. */
function contentOf(decision: Decision): string {
  const { offer, checklist, verdict, status, note, followUpAt, declineReasons, tags, outcome } = decision;
  return stableJson({ offer, checklist, verdict, status, note, followUpAt, declineReasons, tags, outcome });
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** The most tags a decision keeps (the schema's limit). */
const MAX_TAGS = 50;

/**
 * One decision from two records of the same offer: the journal's (`stored`, whose id is kept) and a new
 * save or an imported copy (`incoming`), from another tab, window, device or a retry. The later change
 * wins (a tie goes to `incoming`, the one that arrived last); both histories are kept, each copy's own
 * state among them, so the history shows every step and ends with the state that won. When the two are
 * different records (two tabs gave the offer two ids), the one that knew nothing of the other cannot have
 * meant to drop its tags or outcome, so those are kept from both. A save that says nothing new (a retry
 * of a write whose answer was lost) gives back `stored` itself, unchanged.
 */
export function mergeDecisions(stored: Decision, incoming: Decision): Decision {
  const sameRecord = stored.id === incoming.id;
  const incomingWins = incoming.updatedAt >= stored.updatedAt;
  const [winner, loser] = incomingWins ? [incoming, stored] : [stored, incoming];
  let history = tidyHistory([...(stored.history ?? []), ...(incoming.history ?? [])]);
  history = withStateOf(withStateOf(history, loser), winner);
  const winning = stepOf(winner);
  const last = history.at(-1);
  // Only odd copies (steps dated after their own last update) can leave another state last: the winner's
  // state is the decision's state, so it closes the history.
  if (!sameState(last, winning)) history.push({ ...winning, at: last && last.at > winning.at ? last.at : winning.at });
  history = capHistory(history);
  const tags = sameRecord
    ? winner.tags
    : [...new Set([...(winner.tags ?? []), ...(loser.tags ?? [])])].slice(0, MAX_TAGS);
  const merged: Decision = {
    ...winner,
    id: stored.id,
    tags,
    outcome: sameRecord ? winner.outcome : (winner.outcome ?? loser.outcome ?? null),
    history,
    createdAt: stored.createdAt < incoming.createdAt ? stored.createdAt : incoming.createdAt,
  };
  const unchanged =
    contentOf(stored) === contentOf(merged) &&
    stableJson(stored.history ?? []) === stableJson(merged.history) &&
    stored.createdAt === merged.createdAt;
  return unchanged ? stored : merged;
}

/**
 * Folds a list of decisions so each id and each offer key appears once (a file exported from a journal
 * that held duplicates, or a batch to write): copies are merged by `mergeDecisions`, in list order.
 */
export function foldDecisions(decisions: readonly Decision[]): Decision[] {
  const byId = new Map<string, Decision>();
  for (const d of decisions) {
    const earlier = byId.get(d.id);
    byId.set(d.id, earlier ? mergeDecisions(earlier, d) : d);
  }
  const byKey = new Map<string, Decision>();
  for (const d of byId.values()) {
    const earlier = byKey.get(d.offer.key);
    byKey.set(d.offer.key, earlier ? mergeDecisions(earlier, d) : d);
  }
  return [...byKey.values()];
}
