import type { JournalVersion } from '../db';
import { type Decision, decisionSchema } from '../schema/decision';
import { foldDecisions } from '../schema/decision-records';
import { MIGRATIONS, OLDEST_READABLE_VERSION } from '../schema/migrations';
import { PORTFOLIO_FORMAT, PORTFOLIO_SCHEMA_VERSION } from '../schema/portfolio';
import { type Profile, profileSchema } from '../schema/profile';

/** Files larger than this are refused before they are read: a real log of 10,000 decisions is ~40 MB. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
export const MAX_DEPTH = 64;
export const MAX_STRING = 200_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ImportErrorCode =
  | 'too-large'
  | 'malformed'
  | 'too-deep'
  | 'string-too-long'
  | 'forbidden-key'
  | 'not-a-log'
  | 'newer-version'
  | 'older-version'
  | 'invalid';

export interface InvalidEntry {
  index: number;
  reason: string;
}

export type ReadResult =
  | { ok: true; version: number; profile: Profile | null; decisions: Decision[]; invalid: InvalidEntry[] }
  | { ok: false; error: ImportErrorCode; detail?: string };

/** Walks parsed JSON without recursion (a hostile file may nest thousands deep). */
function inspect(value: unknown): { error: ImportErrorCode; detail: string } | null {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node === 'string') {
      if (node.length > MAX_STRING) return { error: 'string-too-long', detail: `${node.length} characters` };
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_DEPTH) return { error: 'too-deep', detail: `more than ${MAX_DEPTH} levels` };
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return { error: 'forbidden-key', detail: key };
      if (key.length > MAX_STRING) return { error: 'string-too-long', detail: 'a key' };
      stack.push([(node as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}

/**
 * Reads a portfolio log file's text: size, JSON, depth, string length and prototype keys are checked
 * before anything is used; older versions are migrated step by step, newer ones refused; then each
 * decision is validated on its own, so one bad record is reported instead of sinking the whole file.
 */
export function readPortfolioFile(text: string): ReadResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large', detail: `${text.length} characters` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, error: 'too-deep', detail: error.message };
    return { ok: false, error: 'malformed', detail: error instanceof Error ? error.message : String(error) };
  }
  const problem = inspect(parsed);
  if (problem) return { ok: false, ...problem };
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, error: 'not-a-log' };
  let log = parsed as Record<string, unknown>;
  if (log.format !== PORTFOLIO_FORMAT) return { ok: false, error: 'not-a-log' };
  const version = log.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, error: 'not-a-log' };
  if (version > PORTFOLIO_SCHEMA_VERSION) return { ok: false, error: 'newer-version', detail: String(version) };
  if (version < OLDEST_READABLE_VERSION) return { ok: false, error: 'older-version', detail: String(version) };
  for (let v = version; v < PORTFOLIO_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, error: 'older-version', detail: String(version) };
    log = step(log);
  }
  if (!Array.isArray(log.decisions)) return { ok: false, error: 'invalid', detail: 'decisions is not a list' };
  const profile = log.profile === undefined ? null : profileSchema.safeParse(log.profile);
  if (profile && !profile.success) {
    return { ok: false, error: 'invalid', detail: `profile: ${profile.error.issues[0]?.message ?? ''}` };
  }
  const decisions: Decision[] = [];
  const invalid: InvalidEntry[] = [];
  log.decisions.forEach((raw: unknown, index: number) => {
    const result = decisionSchema.safeParse(raw);
    if (result.success) decisions.push(result.data);
    else {
      const issue = result.error.issues[0];
      invalid.push({ index, reason: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` });
    }
  });
  return { ok: true, version, profile: profile?.data ?? null, decisions, invalid };
}

export interface ImportPreview {
  added: Decision[];
  updated: Decision[];
  /** The journal already holds the offer (same id or same offer key) as new or newer: its copy is kept. */
  unchanged: Decision[];
  invalid: InvalidEntry[];
}

/**
 * Sorts the file's decisions against the journal, matched by id and by offer key (the journal holds one
 * decision per offer, whatever id another device gave it): the later `updatedAt` wins. Copies of one
 * offer inside the file (a log exported before the journal kept one decision per offer) count once,
 * merged.
 */
export function previewImport(
  read: Extract<ReadResult, { ok: true }>,
  existing: ReadonlyMap<string, JournalVersion>,
): ImportPreview {
  const preview: ImportPreview = { added: [], updated: [], unchanged: [], invalid: read.invalid };
  const idOfKey = new Map<string, string>();
  for (const [id, version] of existing) idOfKey.set(version.key, id);
  for (const decision of foldDecisions(read.decisions)) {
    const ownerId = idOfKey.get(decision.offer.key);
    const current = existing.get(decision.id) ?? (ownerId === undefined ? undefined : existing.get(ownerId));
    if (current === undefined) preview.added.push(decision);
    else if (decision.updatedAt > current.updatedAt) preview.updated.push(decision);
    else preview.unchanged.push(decision);
  }
  return preview;
}
