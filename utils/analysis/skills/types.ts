/** One data file of the skill taxonomy: its category and its rows (see programming.ts for the row format). */
export interface SkillSource {
  category: string;
  rows: string;
}
