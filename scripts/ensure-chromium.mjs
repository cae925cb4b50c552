// Makes sure Debian's Chromium is installed for the real-browser tests; installs it with apt when missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function run(prefix, args) {
  const [command, ...rest] = [...prefix, ...args];
  console.log(`ensure-chromium: $ ${[command, ...rest].join(' ')}`);
  const result = spawnSync(command, rest, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) fail(`\`${[command, ...rest].join(' ')}\` failed (exit ${result.status ?? result.signal})`);
}

if (existsSync(CHROMIUM)) {
  console.log(`ensure-chromium: ${CHROMIUM} is present`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) fail(`CHROMIUM_PATH=${CHROMIUM} does not exist`);
if (!hasCommand('apt-get')) fail(`${CHROMIUM} is missing and apt-get is not available: install Chromium by hand`);

let prefix = [];
if (typeof process.getuid === 'function' && process.getuid() !== 0) {
  if (!hasCommand('sudo'))
    fail(`${CHROMIUM} is missing; installing it needs root (or sudo): apt-get install -y chromium`);
  prefix = ['sudo', '-n'];
}

console.log(`ensure-chromium: ${CHROMIUM} is missing; installing Debian's chromium`);
// Another apt run (e.g. a machine setup) may hold the lock: wait for it instead of failing.
const lockWait = ['-o', 'DPkg::Lock::Timeout=600'];
run(prefix, ['apt-get', ...lockWait, 'update']);
run(prefix, ['apt-get', ...lockWait, 'install', '-y', '--no-install-recommends', 'chromium']);
if (!existsSync(CHROMIUM)) fail(`apt-get finished but ${CHROMIUM} is still missing`);
console.log(`ensure-chromium: installed ${CHROMIUM}`);
