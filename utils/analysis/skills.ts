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
let matcher: { regex: RegExp; byTerm: Map<string, string> } | null = null;

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
  'Sales',
]);

function buildMatcher() {
  const byTerm = new Map<string, string>();
  for (const entry of listSkills()) {
    for (const term of [entry.id, entry.en, entry.ja, ...entry.synonyms]) {
      const key = term.trim().toLowerCase();
      if (!key || byTerm.has(key)) continue;
      byTerm.set(key, entry.id);
    }
  }
  // Longest first, so "react native" wins over "react"; one alternation, one linear pass.
  const terms = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Boundaries are Latin only: "はShopifyで" still names Shopify.
  const regex = new RegExp(`(?<![A-Za-z0-9_#+.])(?:${terms.join('|')})(?![A-Za-z0-9_#+]|\\.[A-Za-z0-9])`, 'giu');
  return { regex, byTerm };
}

/** Japanese terms need no word boundary: 動画編集の経験 has none. */
function japaneseTermsRegex(): RegExp {
  const terms = [...(matcher ?? buildMatcher()).byTerm.keys()]
    .filter((t) => /[\u3040-\u30ff\u3400-\u9fff]/.test(t))
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  return new RegExp(`(?:${terms.join('|')})`, 'gu');
}
let jaRegex: RegExp | null = null;

export interface SkillHit {
  id: string;
  evidence: Evidence;
}

/** Finds the skills an offer asks for, each with the first place it is named. */
export function extractSkills(text: string): SkillHit[] {
  matcher ??= buildMatcher();
  jaRegex ??= japaneseTermsRegex();
  const found = new Map<string, SkillHit>();
  const covered: [number, number][] = [];
  const take = (regex: RegExp) => {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const raw = m[0];
      const start = m.index;
      const key = raw.toLowerCase();
      if (AMBIGUOUS.has(key) && !KEEP_IF_CASED.has(raw)) continue;
      const id = matcher?.byTerm.get(key);
      if (!id || found.has(id)) continue;
      // The second pass must not re-read part of a longer term the first one took (SEOライティング).
      // Only taken terms are recorded, so this list stays as short as the taxonomy.
      if (covered.some(([a, b]) => start < b && start + raw.length > a)) continue;
      covered.push([start, start + raw.length]);
      found.set(id, { id, evidence: { field: 'skills', quote: raw, start: m.index, end: m.index + raw.length } });
    }
  };
  take(matcher.regex);
  take(jaRegex);
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
