import { AsyncLocalStorage } from 'node:async_hooks';

const actors = new AsyncLocalStorage<string>();

/** Who the current request acts as, for the audit log ("user:<id>", "api_key:<id>"); undefined outside one. */
export const currentActor = (): string | undefined => actors.getStore();

/** Runs `work` as `actor` (e.g. a job acting for the user who asked for it), so its writes are audited as theirs. */
export const actingAs = <T>(actor: string, work: () => T): T => actors.run(actor, work);
