import type { INestApplicationContext } from '@nestjs/common';

/**
 * SIGTERM/SIGINT close the app (HTTP stops accepting, BullMQ workers finish their active jobs,
 * connections close) and the process then exits 0, so supervisors see a clean stop.
 */
export function closeOnSignals(app: INestApplicationContext, log: (message: string) => void): void {
  let closing = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (closing) return;
      closing = true;
      log(`${signal} received, shutting down`);
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          log(`shutdown failed: ${String(error)}`);
          process.exit(1);
        },
      );
    });
  }
}
