import { browser } from 'wxt/browser';
import { getMeta, listJournalRows, setMeta } from '@/utils/db';
import { formatDay } from '@/utils/i18n';
import { MAX_SINGLE_REMINDERS, remindersDue } from '@/utils/journal/follow-ups';

export const FOLLOW_UP_ALARM = 'follow-ups';
const REMINDED_KEY = 'follow-ups:reminded';
const CHECK_EVERY_MINUTES = 30;
const NOTIFICATION_PREFIX = 'follow-up:';

/** Checks for due holds now and then every half hour, while the browser runs. */
export function installFollowUps(): void {
  const schedule = () => {
    void browser.alarms.get(FOLLOW_UP_ALARM).then((existing) => {
      if (!existing)
        browser.alarms.create(FOLLOW_UP_ALARM, { delayInMinutes: 1, periodInMinutes: CHECK_EVERY_MINUTES });
    });
  };
  browser.runtime.onInstalled.addListener(schedule);
  browser.runtime.onStartup.addListener(schedule);
  schedule();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FOLLOW_UP_ALARM) void remindDueFollowUps();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    void browser.notifications.clear(id);
    const decision = id.slice(NOTIFICATION_PREFIX.length);
    const hash = decision && decision !== 'many' ? `#decision=${encodeURIComponent(decision)}` : '';
    void browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${hash}`) });
  });
}

/**
 * "Let me check and get back to you", kept as a promise: one notification per hold whose follow-up date
 * has come (a summary when there are many), each only once per date.
 */
export async function remindDueFollowUps(now: Date = new Date()): Promise<number> {
  const rows = await listJournalRows((d) => ({
    id: d.id,
    title: d.offer.title || d.offer.url,
    status: d.status,
    followUpAt: d.followUpAt,
  }));
  const reminded = (await getMeta<Record<string, string>>(REMINDED_KEY)) ?? {};
  const due = remindersDue(rows, formatDay(now), reminded);
  if (due.length === 0) return 0;
  const icon = browser.runtime.getURL('/icon/128.png');
  const title = browser.i18n.getMessage('followUpTitle') || 'Time to get back to an offer';
  if (due.length <= MAX_SINGLE_REMINDERS) {
    for (const reminder of due) {
      await browser.notifications.create(`${NOTIFICATION_PREFIX}${reminder.id}`, {
        type: 'basic',
        iconUrl: icon,
        title,
        message:
          browser.i18n.getMessage('followUpMessage', [reminder.title, reminder.followUpAt]) ||
          `${reminder.title} (on hold until ${reminder.followUpAt})`,
      });
    }
  } else {
    await browser.notifications.create(`${NOTIFICATION_PREFIX}many`, {
      type: 'basic',
      iconUrl: icon,
      title,
      message:
        browser.i18n.getMessage('followUpMany', [String(due.length)]) || `${due.length} offers wait for your answer`,
    });
  }
  const next = { ...reminded };
  for (const reminder of due) next[reminder.id] = reminder.followUpAt;
  await setMeta(REMINDED_KEY, next);
  return due.length;
}
