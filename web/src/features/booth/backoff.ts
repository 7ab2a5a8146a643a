/**
 * Delay before the next attempt to send an outbox item after `attempts` failures: 1 s, 2 s, 4 s …
 * capped at 60 s, with up to 20 % jitter so many phones coming back online do not retry in step.
 */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(1000 * 2 ** Math.max(attempts - 1, 0), 60_000);
  return Math.round(base * (1 + 0.2 * random()));
}

/** Whether an answer means "try again later" (the network or the server is not ready) rather than "refused". */
export const isTransient = (status: number): boolean => status === 408 || status === 409 || status === 425 || status === 429 || status >= 500;
