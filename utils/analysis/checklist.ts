import type { Evidence, OfferAnalysis } from '../schema/analysis';
import { liabilityFlagIds } from '../schema/analysis';
import type { Checklist } from '../schema/checklist';

function evidenceFor(analysis: Pick<OfferAnalysis, 'evidence'>, fields: readonly string[]): Evidence[] {
  const picked = analysis.evidence.filter((e) => fields.includes(e.field));
  // Two rules quoting the same clause, or overlapping parts of it, show it once.
  return picked.filter((e, i) => !picked.slice(0, i).some((o) => o.start < e.end && e.start < o.end));
}

/** The checklist the engine proposes: every answer automatic, with its suggestion, quotes and certainty. */
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
      certainty: flag?.certainty ?? 'not-stated',
    };
  }
  const communityEvidence = evidenceFor(analysis, ['community']);
  return {
    communityTie: {
      value: analysis.community.tie,
      source: 'auto',
      suggested: analysis.community.tie,
      evidence: communityEvidence,
      certainty: communityEvidence.length ? 'stated' : 'likely',
    },
    skillMatch: {
      value: skills,
      source: 'auto',
      suggested: skills,
      evidence: evidenceFor(analysis, ['skills']),
      certainty: analysis.certainty.skills,
    },
    remote: {
      value: analysis.remote,
      source: 'auto',
      suggested: analysis.remote,
      evidence: evidenceFor(analysis, ['remote']),
      certainty: analysis.certainty.remote,
    },
    liability,
    intermediary: {
      value: analysis.intermediary.value,
      source: 'auto',
      suggested: analysis.intermediary.value,
      evidence: analysis.intermediary.evidence,
      certainty: analysis.certainty.intermediary,
    },
  };
}
