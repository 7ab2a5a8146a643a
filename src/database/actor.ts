import { AsyncLocalStorage } from 'node:async_hooks';

/** Who writes, for the audit log ("user:<id>", "api_key:<id>"): filled in once the request is authenticated. */
interface ActorSlot {
  actor?: string;
}

const actors = new AsyncLocalStorage<ActorSlot>();

/** Who the current request acts as, for the audit log ("user:<id>", "api_key:<id>"); undefined outside one. */
export const currentActor = (): string | undefined => actors.getStore()?.actor;

/** Runs `work` as `actor` (e.g. a job acting for the user who asked for it), so its writes are audited as theirs. */
export const actingAs = <T>(actor: string, work: () => T): T => actors.run({ actor }, work);

/**
 * Runs `work` (the rest of a request) with an empty actor slot, which `actAs` fills once the request's
 * principal is known: one slot per request, opened before authentication, so no interceptor has to
 * wrap the handler to carry the principal into its transactions.
 */
export const withActorSlot = <T>(work: () => T): T => actors.run({}, work);

/** The current request acts as `actor` from now on (inside `withActorSlot`; a no-op outside one). */
export function actAs(actor: string): void {
  const slot = actors.getStore();
  if (slot) slot.actor = actor;
}
