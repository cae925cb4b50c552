/**
 * Version 1 → 2. Version 2 added two fields to each decision:
 * - `declineReasons`: why an offer was declined, from a fixed list. Version 1 had none, so it is empty.
 * - `history`: each change of status. Version 1 kept only the latest state, so the history starts with
 *   that state, dated by the decision's last update; it is the one step of the history that is known.
 * Records that are not objects are passed on untouched: the import reports them as invalid.
 */
export function decisionV1toV2(record: unknown): unknown {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return record;
  const decision = record as Record<string, unknown>;
  const out: Record<string, unknown> = { ...decision };
  if (!Array.isArray(out.declineReasons)) out.declineReasons = [];
  if (!Array.isArray(out.history)) {
    const at = typeof decision.updatedAt === 'string' ? decision.updatedAt : decision.createdAt;
    const status = decision.status;
    out.history =
      typeof at === 'string' && typeof status === 'string'
        ? [{ at, status, followUpAt: status === 'hold' ? (decision.followUpAt ?? null) : null }]
        : [];
  }
  return out;
}

/** A whole version 1 log as version 2. */
export function v1ToV2(log: Record<string, unknown>): Record<string, unknown> {
  return {
    ...log,
    schemaVersion: 2,
    decisions: Array.isArray(log.decisions) ? log.decisions.map(decisionV1toV2) : log.decisions,
  };
}
