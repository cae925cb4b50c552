// The README's test command: unit tests (vitest), then the real-browser tests; one summary line at the end.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const RESULTS_DIR = join(ROOT, 'test-results');
const VITEST_JSON = join(RESULTS_DIR, 'vitest.json');

/** Runs a command, streaming its output through, and resolves with its exit code and full output. */
function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 1 : 0), output }));
    child.on('error', (error) => done({ code: 1, output: String(error) }));
  });
}

/** vitest's JSON report; null when vitest did not get far enough to write one. */
function readVitestCounts() {
  if (!existsSync(VITEST_JSON)) return null;
  const report = JSON.parse(readFileSync(VITEST_JSON, 'utf8'));
  // Suites that failed to load hold no tests but still fail the run.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
  ).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
}

/** node --test's summary lines: TAP (`# pass 3`) when piped, spec (`ℹ pass 3`) on a terminal. */
function readNodeTestCounts(output) {
  const count = (name) => {
    const matches = [...output.matchAll(new RegExp(`^(?:#|ℹ) ${name} (\\d+)\\s*$`, 'gm'))];
    return matches.length === 0 ? null : Number(matches.at(-1)[1]);
  };
  const passed = count('pass');
  if (passed === null) return null;
  return { passed, failed: (count('fail') ?? 0) + (count('cancelled') ?? 0) };
}

mkdirSync(RESULTS_DIR, { recursive: true });
rmSync(VITEST_JSON, { force: true });
const started = Date.now();

console.log('> unit: vitest run');
const unit = await run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${VITEST_JSON}`,
]);
const unitCounts = readVitestCounts();

console.log('\n> e2e: node scripts/run-e2e.mjs');
const e2e = await run(process.execPath, [join(ROOT, 'scripts/run-e2e.mjs')]);
const e2eCounts = readNodeTestCounts(e2e.output);

// A runner that failed before reporting any test counts as one failure, so the line never reads clean.
const unitTotals = unitCounts ?? { passed: 0, failed: unit.code === 0 ? 0 : 1 };
const e2eTotals = e2eCounts ?? { passed: 0, failed: e2e.code === 0 ? 0 : 1 };
if (unit.code !== 0 && unitTotals.failed === 0) unitTotals.failed = 1;
if (e2e.code !== 0 && e2eTotals.failed === 0) e2eTotals.failed = 1;

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `\nunit: ${unitTotals.passed} passed, ${unitTotals.failed} failed (exit ${unit.code}); ` +
    `e2e: ${e2eTotals.passed} passed, ${e2eTotals.failed} failed (exit ${e2e.code}); ${seconds} s`,
);
console.log(`${unitTotals.passed + e2eTotals.passed} passed, ${unitTotals.failed + e2eTotals.failed} failed`);
process.exit(unit.code !== 0 || e2e.code !== 0 ? 1 : 0);
