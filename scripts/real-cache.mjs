// Checks the real-material cache against the committed manifests (docs/real-data.md) and rebuilds missing
// or stale items from local mirrors of their sources where there are any. Never fails for a missing cache:
// it says what is there, what it rebuilt and what is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE, cutText, mirrorGitDir, parseSource, readManifests, sha256 } from './real-lib.mjs';

let ok = 0;
let rebuilt = 0;
let bad = 0;
const missing = [];
for (const kind of ['offers', 'pages']) {
  mkdirSync(join(CACHE, kind), { recursive: true });
  for (const item of readManifests(kind)) {
    const file = join(CACHE, kind, `${item.id}.${kind === 'pages' ? 'html' : 'txt'}`);
    if (existsSync(file) && sha256(readFileSync(file, 'utf8')) === item.sha256) {
      ok++;
      continue;
    }
    const source = parseSource(item.source);
    const gitDir = source && mirrorGitDir(source.owner, source.repo);
    if (gitDir) {
      try {
        const content = execFileSync('git', ['--git-dir', gitDir, 'show', `${source.commit}:${source.path}`], {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        const text = kind === 'pages' ? content : cutText(content, item.cut ?? 'whole');
        if (sha256(text) === item.sha256) {
          writeFileSync(file, text);
          rebuilt++;
          continue;
        }
        bad++;
        console.log(`real-cache: ${item.id}: the source's cut no longer matches its sha256`);
        continue;
      } catch {
        // Not in this mirror (another commit): counted as missing below.
      }
    }
    missing.push(item.id);
  }
}
console.log(
  `real-cache: ${ok} cached, ${rebuilt} rebuilt from mirrors, ${bad} changed at the source, ${missing.length} missing` +
    (missing.length ? ` (${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''})` : ''),
);
