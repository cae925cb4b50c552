import { describe, expect, it } from 'vitest';
import { remindersDue } from '../../../utils/journal/follow-ups';

const row = (id: string, status: 'hold' | 'accepted', followUpAt: string | null) => ({
  id,
  title: `Offer ${id}`,
  status,
  followUpAt,
});

describe('follow-up reminders', () => {
  const rows = [
    row('due-today', 'hold', '2026-11-24'),
    row('overdue', 'hold', '2026-11-20'),
    row('later', 'hold', '2026-11-30'),
    row('accepted', 'accepted', '2026-11-20'),
    row('no-date', 'hold', null),
  ];

  it('reminds of holds whose date has come, oldest promise first', () => {
    expect(remindersDue(rows, '2026-11-24', {}).map((r) => r.id)).toEqual(['overdue', 'due-today']);
  });

  it('does not repeat a reminder for the same date, but does after a snooze to a new date', () => {
    expect(remindersDue(rows, '2026-11-24', { overdue: '2026-11-20' }).map((r) => r.id)).toEqual(['due-today']);
    const snoozed = [row('overdue', 'hold', '2026-11-27')];
    expect(remindersDue(snoozed, '2026-11-27', { overdue: '2026-11-20' }).map((r) => r.id)).toEqual(['overdue']);
  });
});
