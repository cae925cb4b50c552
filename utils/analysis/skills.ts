import type { Evidence } from '../schema/analysis';
import type { Profile } from '../schema/profile';
import { SKILL_ROWS } from './skill-taxonomy';

export interface SkillEntry {
  id: string;
  en: string;
  ja: string;
  synonyms: string[];
  category: string;
}

let taxonomy: SkillEntry[] | null = null;
let matcher: { patterns: RegExp[]; byTerm: Map<string, string> } | null = null;

function escapeRegExp(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The skill taxonomy, for matching and for autocomplete. */
export function listSkills(): SkillEntry[] {
  if (!taxonomy) {
    taxonomy = SKILL_ROWS.trim()
      .split('\n')
      .map((row) => {
        const [id = '', en = '', ja = '', synonyms = '', category = ''] = row.split('|');
        return { id, en, ja, synonyms: synonyms ? synonyms.split(',') : [], category };
      });
  }
  return taxonomy;
}

// Terms too ambiguous to match alone in running text (they are also ordinary words).
const AMBIGUOUS = new Set([
  'go',
  'c',
  'r言語',
  'ts',
  'js',
  'py',
  'ps',
  'ai形式',
  'ui',
  'ux',
  'pm',
  'cs',
  'va',
  'vo',
  'ig',
  'ae',
  'xd',
  'wp',
  'ml',
  '3d',
  'base',
  'stores',
  'studio',
  'word',
  'n1',
  'node',
  'rag',
  'tax',
  'x運用',
  'swift',
  'spring',
  'ruby',
  'rust',
  'java',
  'flask',
  'logo',
  'research',
  'editing',
  'writer',
  'react',
  'unity',
  'angular',
  'express',
  'liquid',
  'sales',
  'coaching',
  'consulting',
  'teaching',
  'security',
  'testing',
  'translate',
  'interview',
  'branding',
  // Named as context far more often than asked for as a skill: a YouTube channel, an English page.
  'youtube',
  'english',
  'japanese',
  '英語',
  '日本語',
  'sales',
  '営業',
  'writing',
]);
const KEEP_IF_CASED = new Set([
  'Go',
  'C',
  'TS',
  'JS',
  'UI',
  'UX',
  'PM',
  'AE',
  'XD',
  'WP',
  'ML',
  'Swift',
  'Spring',
  'Ruby',
  'Rust',
  'Java',
  'Flask',
  'Node',
  'RAG',
  '3D',
  'React',
  'Unity',
  'Angular',
  'Express',
  'Liquid',
]);

/**
 * V8 stops optimising a pattern whose source passes ~20,000 characters, and a slow pattern makes long
 * texts crawl; the taxonomy's terms are split over several patterns of at most this size instead.
 */
const MAX_PATTERN_SOURCE = 8_000;
const MAX_PLACES_PER_TERM = 4;

function chunkTerms(terms: string[], wrap: (alternation: string) => RegExp): RegExp[] {
  const out: RegExp[] = [];
  let chunk: string[] = [];
  let size = 0;
  for (const term of terms) {
    if (size + term.length + 1 > MAX_PATTERN_SOURCE && chunk.length) {
      out.push(wrap(chunk.join('|')));
      chunk = [];
      size = 0;
    }
    chunk.push(term);
    size += term.length + 1;
  }
  if (chunk.length) out.push(wrap(chunk.join('|')));
  return out;
}

function buildMatcher() {
  const byTerm = new Map<string, string>();
  for (const entry of listSkills()) {
    for (const term of [entry.id, entry.en, entry.ja, ...entry.synonyms]) {
      const key = term.trim().toLowerCase();
      if (!key || byTerm.has(key)) continue;
      byTerm.set(key, entry.id);
    }
  }
  // Longest first, so "react native" wins over "react" within a pattern; overlaps across patterns are
  // settled after matching, longest again first.
  const terms = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Boundaries are Latin only: "はShopifyで" still names Shopify.
  const latin = chunkTerms(
    terms,
    (alt) => new RegExp(`(?<![A-Za-z0-9_#+.])(?:${alt})(?![A-Za-z0-9_#+]|\\.[A-Za-z0-9])`, 'giu'),
  );
  // Japanese terms need no word boundary: 動画編集の経験 has none.
  const japanese = chunkTerms(
    terms.filter((t) => /[\u3040-\u30ff\u3400-\u9fff]/.test(t)),
    (alt) => new RegExp(`(?:${alt})`, 'gu'),
  );
  return { patterns: [...latin, ...japanese], byTerm };
}

export interface SkillHit {
  id: string;
  evidence: Evidence;
}

/** Finds the skills an offer asks for, each with the first place it is named. */
export function extractSkills(text: string): SkillHit[] {
  matcher ??= buildMatcher();
  const { byTerm, patterns } = matcher;
  const candidates: { start: number; raw: string; id: string }[] = [];
  // A few places per term are enough to find its first free mention; a 1 MB text of repeats stays linear.
  const seen = new Map<string, number>();
  for (const regex of patterns) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const raw = m[0];
      const key = raw.toLowerCase();
      if (AMBIGUOUS.has(key) && !KEEP_IF_CASED.has(raw)) continue;
      const id = byTerm.get(key);
      const count = seen.get(key) ?? 0;
      if (!id || count >= MAX_PLACES_PER_TERM) continue;
      seen.set(key, count + 1);
      candidates.push({ start: m.index, raw, id });
    }
  }
  // Longest terms first, then earliest: a part of a longer term (SEOライティング) is never read again.
  candidates.sort((a, b) => b.raw.length - a.raw.length || a.start - b.start);
  const found = new Map<string, SkillHit>();
  const covered: [number, number][] = [];
  for (const { start, raw, id } of candidates) {
    const end = start + raw.length;
    if (covered.some(([a, b]) => start < b && end > a)) continue;
    covered.push([start, end]);
    const earlier = found.get(id);
    if (!earlier || earlier.evidence.start > start) {
      found.set(id, { id, evidence: { field: 'skills', quote: raw, start, end } });
    }
  }
  // A general skill named together with a more specific one (translation + 日英翻訳) adds nothing.
  if (found.has('translation') && (found.has('translation-ja-en') || found.has('translation-en-ja')))
    found.delete('translation');
  return [...found.values()].sort((a, b) => a.evidence.start - b.evidence.start);
}

/** Splits required skills into those the profile has and those it lacks. */
export function matchSkills(required: readonly string[], profile?: Profile): { matched: string[]; missing: string[] } {
  if (!profile) return { matched: [], missing: [...required] };
  const have = new Set(profile.skills.filter((s) => s.level !== 'learning').map((s) => s.id.toLowerCase()));
  return {
    matched: required.filter((id) => have.has(id)),
    missing: required.filter((id) => !have.has(id)),
  };
}
