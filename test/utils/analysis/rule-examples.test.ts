import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Rule, ruleMatches } from '../../../utils/analysis/rules/define';
import { RULES_BY_FILE } from '../../../utils/analysis/rules/index';

// One tester for every rule's own examples, in the manner of ESLint's RuleTester: each rule lists
// what it must and must not match, and a failure names the rule and the example.
const RULES_DIR = path.resolve(__dirname, '../../../utils/analysis/rules');
const NOT_RULES = new Set(['index', 'define', 'common', 'prefilter']);
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

const rules: [string, string, Rule][] = Object.entries(RULES_BY_FILE).flatMap(([file, list]) =>
  list.map((rule) => [file, rule.id, rule] as [string, string, Rule]),
);

describe('analysis rules', () => {
  it('registers every rule file, and only files that exist', () => {
    const files = readdirSync(RULES_DIR)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .filter((f) => !NOT_RULES.has(f))
      .sort();
    expect(Object.keys(RULES_BY_FILE).sort()).toEqual(files);
  });

  it.each(rules)('%s/%s has examples in both languages and a unique id', (_file, _id, rule) => {
    const all = [...rule.examples.match, ...rule.examples.noMatch];
    expect(rule.examples.match.length).toBeGreaterThan(0);
    expect(rule.examples.noMatch.length).toBeGreaterThan(0);
    expect(all.some((t) => JAPANESE.test(t))).toBe(true);
    expect(all.some((t) => !JAPANESE.test(t))).toBe(true);
    expect(rules.filter(([, id]) => id === rule.id)).toHaveLength(1);
  });

  it('matches every example it must, and none it must not', () => {
    const failures: string[] = [];
    for (const [file, , rule] of rules) {
      for (const text of rule.examples.match)
        if (!ruleMatches(rule, text)) failures.push(`${file}/${rule.id} should match: ${text}`);
      for (const text of rule.examples.noMatch)
        if (ruleMatches(rule, text)) failures.push(`${file}/${rule.id} should not match: ${text}`);
    }
    expect(failures).toEqual([]);
  });
});
