// Types of scripts/emscad-lib.mjs for the tests that import it.
export interface EmscadAd {
  jobId: number | null;
  half: 'odd' | 'even' | 'unsplit';
  fraudulent: boolean;
  telecommuting: boolean;
  employmentType: string | null;
  text: string;
}
export interface EmscadManifest {
  expected: { rows: number; fraudulent: number };
  parts: { id: string; sha256: string; rows: number; fraudulent: number; ids: 'emscad' | 'renumbered' }[];
}
export const EMSCAD_DIR: string;
export const FULL_COPY: string;
export function readEmscadManifest(): EmscadManifest;
export function cacheEmscad(manifest?: EmscadManifest): { id: string; state: string }[];
export function adText(row: Record<string, string>): string;
export function duplicateKey(row: Record<string, string>): string;
export function loadEmscad(manifest?: EmscadManifest): { complete: boolean; missing: string[]; ads: EmscadAd[] } | null;
