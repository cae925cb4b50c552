// Every site adapter has its fuzz test file.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { adapters } from '../../utils/sites';

it.each(adapters.map((a) => a.id))('%s has a fuzz test', (id) => {
  expect(existsSync(path.join(__dirname, `${id}.fuzz.test.ts`))).toBe(true);
});
