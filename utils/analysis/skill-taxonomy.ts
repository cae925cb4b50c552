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
