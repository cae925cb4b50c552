import { read, write } from './open';

/** Reads a small value from the meta store (export reminders and the like). */
export function getMeta<T>(key: string): Promise<T | undefined> {
  return read(async (db) => (await db.get('meta', key)) as T | undefined);
}

/** Writes a small value to the meta store. */
export async function setMeta(key: string, value: unknown): Promise<void> {
  await write(async (db) => {
    await db.put('meta', value, key);
  });
}
