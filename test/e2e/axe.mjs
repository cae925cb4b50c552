// axe-core for the real-browser tests: the same check in Chromium (Playwright) and Firefox (puppeteer).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe in a page or frame. The source goes in through the driver's protocol, which the extension
 * pages' content security policy does not apply to. Returns the serious and critical violations.
 */
export async function seriousViolations(target) {
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_SOURCE);
  const violations = await target.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One line per violation, for an assertion message. */
export const report = (violations) => violations.map((v) => `${v.impact} ${v.id}: ${v.help} → ${v.nodes.join(', ')}`);
