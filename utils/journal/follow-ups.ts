import { isDue, type JournalRow } from './query';

/** What the reminder for a due hold says, and which decision it is for. */
export interface FollowUpReminder {
  id: string;
  title: string;
  followUpAt: string;
}

/** Most reminders shown one by one; beyond this, one summary notification says how many. */
export const MAX_SINGLE_REMINDERS = 3;

/**
 * The holds whose follow-up date has come and that have not been reminded for that date yet.
 * `reminded` maps a decision id to the follow-up date it was last reminded for, so snoozing (a new
 * date) brings the reminder back, and a reminder is never repeated for the same date.
 */
export function remindersDue(
  rows: readonly Pick<JournalRow, 'id' | 'title' | 'status' | 'followUpAt'>[],
  today: string,
  reminded: Readonly<Record<string, string>>,
): FollowUpReminder[] {
  return rows
    .filter((row) => isDue(row, today) && reminded[row.id] !== row.followUpAt)
    .map((row) => ({ id: row.id, title: row.title, followUpAt: row.followUpAt as string }))
    .sort((a, b) => a.followUpAt.localeCompare(b.followUpAt));
}
