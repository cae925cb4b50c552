import { type Capacity, hoursLeft, overcommitBy, weeklyHoursOf } from '@/utils/capacity';
import { useT } from './i18n-context';

/**
 * The week this offer would land in: hours it asks against hours left after accepted work in progress.
 * Nothing is shown until the profile says how many hours a week the user has.
 */
export function CapacityNote({ capacity, hours }: { capacity: Capacity | null | undefined; hours: string | null }) {
  const t = useT();
  const left = hoursLeft(capacity);
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
