import type { LauncherTold } from '@/utils/content-messages';
import type { ScreenerKit } from './kit';
import type { HiddenReason, LauncherMount } from './launcher';
import type { Lifetime } from './lifetime';

/**
 * Why the site script's first part loads the screener: the user clicked the launcher, the page hides it,
 * the background said the checklist was left open on the site, or the page moved on to another URL.
 */
export type HandoffIntent =
  | { kind: 'open' }
  | { kind: 'hidden'; reason: HiddenReason }
  | { kind: 'told' }
  | { kind: 'navigated' }
  // The user asked to screen the page or a selection (toolbar, shortcut, menu): the background's request follows.
  | { kind: 'asked' };

/**
 * What the first part of a site script (the launcher and a listener, all a page pays for at load) hands to
 * the screener it loads on first need. Both run in the extension's isolated world of the page, which the
 * page's own scripts cannot see, and meet through one property of its global object.
 */
export interface Handoff {
  life: Lifetime;
  /** The launcher, when the page showed an offer. */
  mount: LauncherMount | null;
  /** The URL the launcher stands for. */
  href: string;
  /** The latest `launcher:state` the background sent, if the launcher has not used it yet. */
  told: LauncherTold | null;
  intent: HandoffIntent;
  /** Stops the first part's own listeners: from now on the screener answers. */
  stop(): void;
}

const KEY = '__gigScreenerHandoff';
const STUB = '__gigScreenerStub';
const KIT = '__gigScreenerKit';
const RUNNING = '__gigScreenerRunning';

type Slots = {
  [KEY]?: Handoff;
  [STUB]?: () => Handoff | null;
  [KIT]?: ScreenerKit;
  [RUNNING]?: { alive(): boolean };
};

/** Lends the site script's shared parts to the screener it loads (kit.ts). */
export function lendKit(kit: ScreenerKit): void {
  (globalThis as Slots)[KIT] = kit;
}

/** The shared parts a site script lent; null where none ran (the background then injects one first). */
export function borrowKit(): ScreenerKit | null {
  const kit = (globalThis as Slots)[KIT];
  return kit?.extensionAlive() ? kit : null;
}

/**
 * Lets a screener injected without being asked by the first part (the toolbar button, the shortcut or the
 * menu made the background inject it) take the page over from it all the same.
 */
export function offerHandoff(provide: () => Handoff | null): void {
  (globalThis as Slots)[STUB] = provide;
}

/** Leaves the handoff for the screener about to be injected, with the reason it is needed. */
export function leaveHandoff(handoff: Handoff): void {
  (globalThis as Slots)[KEY] = handoff;
}

/** Takes back a handoff no screener took (it could not be injected). */
export function dropHandoff(): void {
  delete (globalThis as Slots)[KEY];
}

/** Takes the handoff the first part left, once; else the first part's page as it stands, if one runs here. */
export function takeHandoff(): Handoff | null {
  const slots = globalThis as Slots;
  const handoff = slots[KEY] ?? slots[STUB]?.() ?? null;
  delete slots[KEY];
  delete slots[STUB];
  return handoff;
}

/**
 * Claims the page for one screener: false when one whose extension is alive already runs here (the first
 * part and the toolbar button may both inject it). One left by an extension that was updated does not count.
 */
export function claimPage(alive: () => boolean): boolean {
  const slots = globalThis as Slots;
  if (slots[RUNNING]?.alive()) return false;
  slots[RUNNING] = { alive };
  return true;
}

/** Whether a live screener runs in this page already. */
export function screenerRunning(): boolean {
  return (globalThis as Slots)[RUNNING]?.alive() === true;
}
