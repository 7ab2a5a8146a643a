import { addDays, localDateIn, zonedNoonToIso } from '@/lib/format';
import type { Fair, Participant } from './api';

/** The fair and company a booth logs for, picked once and remembered on this device (ids and names: nothing secret). */
export interface BoothSetup {
  fair: Pick<Fair, 'id' | 'name' | 'timezone' | 'startsOn' | 'endsOn'>;
  company: { id: string; name: string };
}

const SETUP_KEY = 'pavilion.booth.setup';
const CURRENCY_KEY = 'pavilion.booth.currency';

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export const loadSetup = (): BoothSetup | null => read<BoothSetup>(SETUP_KEY);
export function saveSetup(fair: Fair, participant: Participant): BoothSetup {
  const setup: BoothSetup = {
    fair: { id: fair.id, name: fair.name, timezone: fair.timezone, startsOn: fair.startsOn, endsOn: fair.endsOn },
    company: { id: participant.companyId, name: participant.companyName },
  };
  localStorage.setItem(SETUP_KEY, JSON.stringify(setup));
  return setup;
}
export const clearSetup = (): void => localStorage.removeItem(SETUP_KEY);

export const loadCurrency = (fallback: string): string => read<string>(CURRENCY_KEY) ?? fallback;
export const saveCurrency = (currency: string): void => localStorage.setItem(CURRENCY_KEY, JSON.stringify(currency));

/** Today in the fair's time zone, if the fair is on (the API accepts its dates ± 1 day). */
export function fairToday(fair: BoothSetup['fair'], now = new Date()): string | null {
  const today = localDateIn(now, fair.timezone);
  return today >= addDays(fair.startsOn, -1) && today <= addDays(fair.endsOn, 1) ? today : null;
}

/** When a consultation on `day` happened: now during the fair; noon of that day when logging a past fair's paper log. */
export const occurredAtFor = (fair: BoothSetup['fair'], day: string, now = new Date()): string =>
  fairToday(fair, now) === day ? now.toISOString() : zonedNoonToIso(day, fair.timezone);
