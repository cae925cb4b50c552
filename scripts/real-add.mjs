// Cuts one real item out of a source file and caches it: prints the text, its sha256 and its split.
// node scripts/real-add.mjs --kind offers --id ja-cw-0001 --file /tmp/source.json --cut json:/3/description
// (--kind pages caches the whole file as <id>.html.) The manifest entry itself is written by hand.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CACHE, cutText, sha256, splitOf } from './real-lib.mjs';

const { values } = parseArgs({
  options: {
    kind: { type: 'string', default: 'offers' },
    id: { type: 'string' },
    file: { type: 'string' },
    cut: { type: 'string', default: 'whole' },
    quiet: { type: 'boolean', default: false },
  },
});
if (!values.id || !values.file) {
  console.error('usage: real-add.mjs --kind offers|pages --id ID --file PATH [--cut CUT] [--quiet]');
  process.exit(2);
}
const content = readFileSync(values.file, 'utf8');
const text = values.kind === 'pages' ? content : cutText(content, values.cut);
if (!text) {
  console.error(`real-add: the cut ${values.cut} is empty`);
  process.exit(1);
}
const dir = join(CACHE, values.kind);
mkdirSync(dir, { recursive: true });
const file = join(dir, `${values.id}.${values.kind === 'pages' ? 'html' : 'txt'}`);
writeFileSync(file, text);
if (!values.quiet) console.log(text);
console.log(
  JSON.stringify({ id: values.id, sha256: sha256(text), split: splitOf(values.id), chars: text.length, file }),
);
