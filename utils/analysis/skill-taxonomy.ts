// The skill taxonomy, one data file per field under ./skills/. Each row reads
// `id | English | 日本語 | aliases | parent`: ids are the skill's common English name in lower case, words
// joined by hyphens; aliases are matched case-insensitively (Latin ones on word boundaries) unless marked
// (see skills.ts); the parent is the broader skill this one is a kind of.
import { aiData } from './skills/ai-data';
import { businessAdmin } from './skills/business-admin';
import { businessTools } from './skills/business-tools';
import { crowdwork } from './skills/crowdwork';
import { dataCloud } from './skills/data-cloud';
import { design } from './skills/design';
import { enterprise } from './skills/enterprise';
import { languages } from './skills/languages';
import { libraries } from './skills/libraries';
import { marketing } from './skills/marketing';
import { platforms } from './skills/platforms';
import { professional } from './skills/professional';
import { programming } from './skills/programming';
import { salesTeaching } from './skills/sales-teaching';
import { creativeTools, marketingTools, officeTools, videoTools } from './skills/tools';
import type { SkillSource } from './skills/types';
import { videoAudio } from './skills/video-audio';
import { writing } from './skills/writing';

/** Earlier sources win when two rows claim the same word. */
export const SKILL_SOURCES: readonly SkillSource[] = [
  programming,
  dataCloud,
  platforms,
  libraries,
  enterprise,
  aiData,
  design,
  creativeTools,
  videoAudio,
  videoTools,
  writing,
  languages,
  marketing,
  marketingTools,
  salesTeaching,
  businessAdmin,
  businessTools,
  officeTools,
  crowdwork,
  professional,
];

export interface SkillEntry {
  id: string;
  en: string;
  ja: string;
  synonyms: string[];
  category: string;
  /** The broader skill this one is a kind of (mysql → sql, nuxt → vue.js), if any. */
  parent?: string;
}

let taxonomy: SkillEntry[] | null = null;

/**
 * Alias markers in the taxonomy rows: `~Go` matches only as written (case and all), `^C` also needs
 * another skill named nearby ("C/C++, Python"), `!word` is never read from running text (the name is
 * still offered in the profile's picker).
 */
export const MARKERS = /^[~^!]+/;

/** The skill taxonomy, for matching and for autocomplete. */
export function listSkills(): SkillEntry[] {
  if (!taxonomy) {
    taxonomy = [];
    for (const { category, rows } of SKILL_SOURCES) {
      for (const row of rows.trim().split('\n')) {
        const [id = '', en = '', ja = '', aliases = '', parent = ''] = row.split('|').map((cell) => cell.trim());
        const synonyms = aliases ? aliases.split(',').map((a) => a.trim().replace(MARKERS, '')) : [];
        taxonomy.push({ id, en, ja, synonyms, category, ...(parent ? { parent } : {}) });
      }
    }
  }
  return taxonomy;
}

let parents: Map<string, string> | null = null;

/** Each skill's broader skill (mysql → sql), read from the taxonomy alone. */
export function skillParents(): ReadonlyMap<string, string> {
  parents ??= new Map(listSkills().flatMap((e) => (e.parent ? [[e.id, e.parent] as const] : [])));
  return parents;
}

export function rawAliases(entry: SkillEntry): string[] {
  // listSkills strips markers for the picker; the matcher reads them from the rows again.
  return rawRows().get(entry.id) ?? entry.synonyms;
}

let aliasRows: Map<string, string[]> | null = null;
let pickerRows: Set<string> | null = null;
function rawRows(): Map<string, string[]> {
  if (!aliasRows) {
    aliasRows = new Map();
    pickerRows = new Set();
    for (const { rows } of SKILL_SOURCES) {
      for (const row of rows.trim().split('\n')) {
        const [id = '', , , aliases = '', , flags = ''] = row.split('|').map((cell) => cell.trim());
        aliasRows.set(id, aliases ? aliases.split(',').map((a) => a.trim()) : []);
        if (flags.includes('picker')) pickerRows.add(id);
      }
    }
  }
  return aliasRows;
}

/**
 * Rows flagged `picker`: broad activities (programming, system design, project management) that offers
 * name as phases or roles rather than as a skill asked for; offered in the profile, never read from text.
 */
export function pickerOnlyIds(): Set<string> {
  rawRows();
  return pickerRows ?? new Set();
}
