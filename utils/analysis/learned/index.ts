import type { Evidence } from '../../schema/analysis';
import { type LearnedScores, type LearnedWeights, learnedWeightsSchema, scoreWith } from './model';
import rawWeights from './weights.json';

export {
  type LearnedJudgment,
  type LearnedJudgmentId,
  type LearnedPhrase,
  type LearnedScores,
  learnedJudgmentIds,
  learnedWeightsSchema,
} from './model';

let weights: LearnedWeights | null = null;

/** The committed weights, validated once on first use. */
export function loadLearnedWeights(): LearnedWeights {
  weights ??= learnedWeightsSchema.parse(rawWeights);
  return weights;
}

/**
 * The learned scorer's judgments of an offer text (scam shape, remote, personal data, full-time
 * commitment): for each a probability, whether it reached its threshold, and the phrases that weighed
 * most, with offsets into `text`. Pure and deterministic; no network, no globals.
 */
export function scoreLearned(text: string): LearnedScores {
  return scoreWith(loadLearnedWeights(), text);
}

/** The engine's scale for a learned suspicion: from 0.5 it raises a flag the rules left down. */
const ENGINE_THRESHOLD = 0.5;

/**
 * A probability on the engine's scale, where this model's own threshold lands on 0.5: monotonic, so
 * the order of offers is kept, and each model keeps the threshold its training chose.
 */
export function suspicionOf(probability: number, threshold: number): number {
  if (probability >= threshold)
    return ENGINE_THRESHOLD + (1 - ENGINE_THRESHOLD) * ((probability - threshold) / (1 - threshold || 1));
  return ENGINE_THRESHOLD * (probability / (threshold || 1));
}

/**
 * What the learned scorer tells analyzeOffer, per flag: a suspicion in [0, 1] (0.5 at the model's
 * threshold) and the phrases that weighed most, as evidence on `text`. Only the scam shape is passed on:
 * it is the judgment the rules miss most without a fee named; the others stay in `scoreLearned`.
 */
export function learnedSignals(text: string): { upfrontFeeOrScam: { score: number; phrases: Evidence[] } } {
  const scores = scoreLearned(text);
  const { models } = loadLearnedWeights();
  // The scam message model and the fraudulent job ad model each keep their own threshold; the stronger
  // suspicion speaks, with its own phrases.
  const { judgment, score } = (['scam', 'jobAdFraud'] as const)
    .map((id) => {
      const judgment = scores[id];
      const suspicion = suspicionOf(judgment.probability, models[id].threshold);
      // A suspicion with nothing to quote is not shown: the overlay must be able to say why.
      return { judgment, score: judgment.phrases.length ? suspicion : Math.min(0.49, suspicion) };
    })
    .reduce((a, b) => (b.score > a.score ? b : a));
  return {
    upfrontFeeOrScam: {
      score,
      phrases: judgment.phrases.map((p) => ({ field: 'upfrontFeeOrScam', quote: p.quote, start: p.start, end: p.end })),
    },
  };
}
