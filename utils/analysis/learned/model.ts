import { z } from 'zod';
import { extractFeatures } from './features';

/** The judgments the learned scorer makes; each is one logistic model over the same features. */
export const learnedJudgmentIds = ['scam', 'jobAdFraud', 'remote', 'personalData', 'fullTime'] as const;
export type LearnedJudgmentId = (typeof learnedJudgmentIds)[number];

const metricsSchema = z.object({
  /** Texts the model was trained on, and how many of them were positive. */
  examples: z.number().int().min(0),
  positives: z.number().int().min(0),
  /** Out-of-fold figures at the threshold, from cross-validation on the training texts only. */
  recall: z.number().min(0).max(1).nullable(),
  falsePositiveRate: z.number().min(0).max(1).nullable(),
});

export const learnedModelSchema = z.object({
  bias: z.number().finite(),
  /** Probability from which the judgment counts as likely. */
  threshold: z.number().min(0).max(1),
  weights: z.record(z.string().min(3).max(200), z.number().finite()),
  metrics: metricsSchema,
});
export type LearnedModel = z.infer<typeof learnedModelSchema>;

export const learnedWeightsSchema = z.object({
  format: z.literal('gig-screener.learned-weights'),
  version: z.literal(1),
  /** What the file was trained from (manifests and counts), so a rebuild can be checked against it. */
  trainedOn: z.record(z.string(), z.union([z.string(), z.number()])),
  models: z.object({
    /** The shape of a scam in the messages and posts the extension screens. */
    scam: learnedModelSchema,
    /** The shape of a fraudulent job ad, learned mostly from EMSCAD's. */
    jobAdFraud: learnedModelSchema,
    remote: learnedModelSchema,
    personalData: learnedModelSchema,
    fullTime: learnedModelSchema,
  }),
});
export type LearnedWeights = z.infer<typeof learnedWeightsSchema>;

/** A stretch of the offer that moved a judgment towards yes, with how much it weighed. */
export interface LearnedPhrase {
  quote: string;
  start: number;
  end: number;
  weight: number;
}

export interface LearnedJudgment {
  probability: number;
  /** The probability reached the model's threshold. */
  likely: boolean;
  /** The phrases that weighed most towards yes, heaviest first. */
  phrases: LearnedPhrase[];
}

export type LearnedScores = Record<LearnedJudgmentId, LearnedJudgment>;

const MAX_PHRASES = 5;
/** A phrase is quoted when it weighs at least this share of the heaviest one. */
const MIN_SHARE = 0.2;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/u;

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Below this many distinct features a text is scaled as if it had this many. */
const MIN_FEATURES = 80;

/**
 * The models' input scale for a text with `distinct` different features: presence vectors are
 * L2-normalised, so a long job ad and a message weigh on the same scale; a one-line text is not
 * normalised further, or its two or three words would each weigh as much as a whole paragraph.
 */
export function featureScale(distinct: number): number {
  return 1 / Math.sqrt(Math.max(MIN_FEATURES, distinct));
}

/** Scores `text` with every model of `weights`: a probability and the phrases behind it for each. */
export function scoreWith(weights: LearnedWeights, text: string): LearnedScores {
  const table = tableOf(weights);
  // The first occurrence of each feature stands for it: presence, not counts.
  const seen = new Set<string>();
  const known: { row: Float64Array; start: number; end: number }[] = [];
  for (const hit of extractFeatures(text)) {
    if (seen.has(hit.key)) continue;
    seen.add(hit.key);
    const row = table.get(hit.key);
    if (row) known.push({ row, start: hit.start, end: hit.end });
  }
  const scale = featureScale(seen.size);
  const z = learnedJudgmentIds.map((id) => weights.models[id].bias);
  const pushes: LearnedPhrase[][] = learnedJudgmentIds.map(() => []);
  for (const { row, start, end } of known) {
    for (let m = 0; m < row.length; m++) {
      const w = row[m] as number;
      if (w === 0) continue;
      z[m] = (z[m] as number) + w * scale;
      if (w > 0) pushes[m]?.push({ quote: '', start, end, weight: w * scale });
    }
  }
  const out = {} as LearnedScores;
  learnedJudgmentIds.forEach((id, m) => {
    const probability = sigmoid(z[m] as number);
    const likely = probability >= weights.models[id].threshold;
    out[id] = { probability, likely, phrases: topPhrases(text, pushes[m] ?? []) };
  });
  return out;
}

// One lookup per feature for all models at once, built the first time a weights object is used.
const tables = new WeakMap<LearnedWeights, Map<string, Float64Array>>();
function tableOf(weights: LearnedWeights): Map<string, Float64Array> {
  let table = tables.get(weights);
  if (!table) {
    table = new Map();
    for (const [m, id] of learnedJudgmentIds.entries()) {
      for (const [key, w] of Object.entries(weights.models[id].weights)) {
        const row = table.get(key) ?? new Float64Array(learnedJudgmentIds.length);
        row[m] = w;
        table.set(key, row);
      }
    }
    tables.set(weights, table);
  }
  return table;
}

// Overlapping or adjacent spans (a word and the pair it starts) make one phrase carrying their summed
// weight. A lone short word ("on", "a") says nothing to a reader and is not quoted.
function topPhrases(text: string, pushes: LearnedPhrase[]): LearnedPhrase[] {
  pushes.sort((a, b) => b.weight - a.weight || a.start - b.start);
  const phrases: LearnedPhrase[] = [];
  for (const p of pushes.slice(0, 60)) {
    const joined = phrases.find((q) => p.start <= q.end + 1 && q.start <= p.end + 1);
    if (joined) {
      joined.start = Math.min(joined.start, p.start);
      joined.end = Math.max(joined.end, p.end);
      joined.weight += p.weight;
    } else phrases.push({ ...p });
  }
  const top = phrases.reduce((max, p) => Math.max(max, p.weight), 0);
  return phrases
    .map((p) => ({ ...p, quote: text.slice(p.start, p.end), weight: Math.round(p.weight * 1000) / 1000 }))
    .filter((p) => p.weight >= top * MIN_SHARE && (p.quote.length >= 3 || JAPANESE.test(p.quote)))
    .sort((a, b) => b.weight - a.weight || a.start - b.start)
    .slice(0, MAX_PHRASES);
}
