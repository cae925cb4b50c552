// Caches EMSCAD's parts (test/real/emscad.json) from local mirrors and says what the cache holds.
import { cacheEmscad, loadEmscad, readEmscadManifest } from './emscad-lib.mjs';

const manifest = readEmscadManifest();
for (const { id, state } of cacheEmscad(manifest)) console.log(`real-emscad: ${id}: ${state}`);
const data = loadEmscad(manifest);
if (!data) console.log('real-emscad: nothing cached');
else {
  const count = (half, fraud) => data.ads.filter((a) => a.half === half && a.fraudulent === fraud).length;
  console.log(
    `real-emscad: ${data.complete ? 'complete copy' : 'parts'}; after removing near-duplicates: ` +
      ['odd', 'even', 'unsplit']
        .map((h) => `${h} ${count(h, true)} fraudulent / ${count(h, false)} legitimate`)
        .join(', '),
  );
}
