import { type Capacity, hoursLeft, overcommitBy, weeklyHoursOf } from '@/utils/capacity';
import { useT } from './i18n-context';
import { SettingsLink } from './SettingsLink';

/**
 * The week this offer would land in: hours it asks against hours left after accepted work in progress.
 * Until the profile says how many hours a week the user has, it says so where a settings link can be
 * given, and shows nothing otherwise.
 */
export function CapacityNote({
  capacity,
  hours,
  settingsUrl,
}: {
  capacity: Capacity | null | undefined;
  hours: string | null;
  settingsUrl?: string;
}) {
  const t = useT();
  const left = hoursLeft(capacity);
  if (capacity && capacity.available === null && settingsUrl) {
    return (
      <p className="capacity empty-state" data-testid="capacity-unjudged">
        {t('capacityNoHours')} <SettingsLink href={settingsUrl} />
      </p>
    );
  }
  if (!capacity || capacity.available === null || left === null) return null;
  const asks = weeklyHoursOf(hours);
  const over = overcommitBy(capacity, hours);
  return (
    <div
      className={over > 0 ? 'capacity over' : 'capacity'}
      data-testid="capacity"
      role={over > 0 ? 'alert' : undefined}
    >
      <p>
        {asks === null
          ? t('capacityUnknownLoad', { left, available: capacity.available })
          : t('capacityLine', { asks, left, available: capacity.available, committed: capacity.committed })}
      </p>
      {over > 0 ? <p className="capacity-warning">{t('capacityOver', { over })}</p> : null}
    </div>
  );
}
