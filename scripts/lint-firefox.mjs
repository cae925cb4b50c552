// Runs addons-linter on the Firefox MV3 zip (building and zipping it first when it is missing or stale).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUTPUT = join(ROOT, '.output');
const LINTER = join(ROOT, 'node_modules/.bin/addons-linter');
const SOURCES = ['entrypoints', 'components', 'utils', 'public', 'wxt.config.ts', 'package.json'];

function findZip() {
  if (!existsSync(OUTPUT)) return null;
  const zips = readdirSync(OUTPUT).filter((name) => /-firefox-mv3\.zip$/.test(name) && !name.includes('-sources'));
  if (zips.length === 0) return null;
  return zips.map((name) => join(OUTPUT, name)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

function newestSourceTime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestSourceTime(join(path, name))), stat.mtimeMs);
}

let zip = findZip();
const sourcesChanged = zip && Math.max(...SOURCES.map((p) => newestSourceTime(join(ROOT, p)))) > statSync(zip).mtimeMs;
if (!zip || sourcesChanged || process.env.FORCE_ZIP === '1') {
  console.log(`> ${zip ? 'sources changed' : 'no Firefox MV3 zip yet'}: npx wxt zip -b firefox`);
  const built = spawnSync('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) {
    console.error('lint-firefox: the Firefox build failed');
    process.exit(built.status ?? 1);
  }
  zip = findZip();
}
if (!zip) {
  console.error(`lint-firefox: no *-firefox-mv3.zip in ${OUTPUT} (check zip.artifactTemplate)`);
  process.exit(1);
}

console.log(`> addons-linter ${zip}`);
const lint = spawnSync(LINTER, ['--output', 'json', zip], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(lint.stdout);
} catch {
  process.stdout.write(lint.stdout ?? '');
  process.stderr.write(lint.stderr ?? '');
  console.error(`lint-firefox: addons-linter gave no JSON report (exit ${lint.status})`);
  process.exit(1);
}

for (const kind of ['errors', 'warnings', 'notices']) {
  for (const item of report[kind] ?? []) {
    const where = item.file ? ` ${item.file}${item.line ? `:${item.line}` : ''}` : '';
    console.log(`  ${kind.slice(0, -1).toUpperCase()} ${item.code}${where}: ${item.message}`);
  }
}
const { errors = 0, warnings = 0, notices = 0 } = report.summary ?? {};
console.log(`addons-linter: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors > 0 ? 1 : 0);
