import { useEffect, useRef } from 'react';

/** True when a key press belongs to a text field, a menu or an editable element, not to a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  const input = target.closest('input');
  return input !== null && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(input.type);
}

/** True when a modifier other than Shift is held: the browser's and the system's shortcuts win. */
export function hasModifier(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey || event.altKey;
}

export interface JournalKeys {
  /** The list is on screen: `/` and the moves apply. */
  list: boolean;
  onSearch(): void;
  onMove(delta: 1 | -1): void;
  /** Esc: goes back one level; false when there is nowhere to go back to. */
  onBack(): boolean;
  onHelp(): void;
}

/**
 * The journal's keys: `/` focuses search, ↑/↓ or j/k move through the list, Esc goes back, `?` shows
 * the list of keys. Enter opens the focused row by itself (rows are buttons). Keys typed into a field
 * stay the field's, except Esc, which leaves the field first.
 */
export function useJournalKeys(keys: JournalKeys): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const current = latest.current;
      if (hasModifier(event) || event.defaultPrevented) return;
      const typing = isTypingTarget(event.target);
      if (event.key === 'Escape') {
        if (typing) {
          (event.target as HTMLElement).blur();
          return;
        }
        if (current.onBack()) event.preventDefault();
        return;
      }
      if (typing) return;
      if (event.key === '?') {
        event.preventDefault();
        current.onHelp();
        return;
      }
      if (!current.list) return;
      if (event.key === '/') {
        event.preventDefault();
        current.onSearch();
      } else if (event.key === 'ArrowDown' || event.key === 'j') {
        event.preventDefault();
        current.onMove(1);
      } else if (event.key === 'ArrowUp' || event.key === 'k') {
        event.preventDefault();
        current.onMove(-1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
