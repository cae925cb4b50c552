// Makes sure the real-browser tests have what they need (Debian's Chromium, Firefox ESR and a CJK font);
// installs whatever is missing with apt.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

function fail(message) {
  console.error(`ensure-browsers: ${message}`);
  process.exit(1);
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function hasCjkFont() {
  const listed = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  return listed.status === 0 && /Noto (Sans|Serif) CJK/i.test(listed.stdout);
}

function run(prefix, args) {
  const [command, ...rest] = [...prefix, ...args];
  console.log(`ensure-browsers: $ ${[command, ...rest].join(' ')}`);
  const result = spawnSync(command, rest, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) fail(`\`${[command, ...rest].join(' ')}\` failed (exit ${result.status ?? result.signal})`);
}

// What the real-browser tests need: Chromium, Firefox ESR, and a CJK font so that Japanese screens are
// readable in screenshots (without one, Japanese renders as empty boxes).
const wanted = [
  { what: CHROMIUM, present: () => existsSync(CHROMIUM), pkg: 'chromium', fixed: Boolean(process.env.CHROMIUM_PATH) },
  { what: FIREFOX, present: () => existsSync(FIREFOX), pkg: 'firefox-esr', fixed: Boolean(process.env.FIREFOX_PATH) },
  { what: 'a Japanese font (Noto CJK)', present: hasCjkFont, pkg: 'fonts-noto-cjk', fixed: false },
];
const missing = wanted.filter((item) => !item.present());
for (const item of wanted) if (item.present()) console.log(`ensure-browsers: ${item.what} is present`);
if (missing.length === 0) process.exit(0);
for (const item of missing) if (item.fixed) fail(`${item.what} (set by the environment) does not exist`);
if (!hasCommand('apt-get')) {
  fail(
    `missing: ${missing.map((m) => m.what).join(', ')}; apt-get is not available: install ${missing.map((m) => m.pkg).join(' ')} by hand`,
  );
}

let prefix = [];
if (typeof process.getuid === 'function' && process.getuid() !== 0) {
  if (!hasCommand('sudo')) fail(`installing ${missing.map((m) => m.pkg).join(' ')} needs root (or sudo)`);
  prefix = ['sudo', '-n'];
}

console.log(`ensure-browsers: installing Debian's ${missing.map((m) => m.pkg).join(', ')}`);
// Another apt run (e.g. a machine setup) may hold the lock: wait for it instead of failing.
const lockWait = ['-o', 'DPkg::Lock::Timeout=600'];
run(prefix, ['apt-get', ...lockWait, 'update']);
run(prefix, ['apt-get', ...lockWait, 'install', '-y', '--no-install-recommends', ...missing.map((m) => m.pkg)]);
for (const item of missing) if (!item.present()) fail(`apt-get finished but ${item.what} is still missing`);
console.log('ensure-browsers: installed');
