import { addDays } from '../common/dates.js';
import type { ConsultationType } from './consultation-enums.js';

/**
 * Why a consultation of this type may not count on this fair-local day, or null if it may: one at the
 * fair (booth, interpreted) falls within the fair's dates ± 1 day; a video consultation comes after
 * the fair's last day. The API and the import apply the same rule.
 */
export function dayOutsideFair(type: ConsultationType, fair: { startsOn: string; endsOn: string }, day: string): string | null {
  if (type === 'video') {
    return day > fair.endsOn ? null : `${day} is not after the fair (which ends ${fair.endsOn}): a video consultation comes after the fair`;
  }
  if (day < addDays(fair.startsOn, -1) || day > addDays(fair.endsOn, 1)) {
    return `${day} is outside the fair (${fair.startsOn} to ${fair.endsOn}, ± 1 day)`;
  }
  return null;
}
