// A LIFO stack of teardown steps (stop servers, drop the scratch database …).
// Every resource the harness creates registers its teardown here the moment it
// exists, so a failure at any step — or Ctrl-C — still releases everything
// created before it, and nothing that was never created.

const steps = [];
let running = null;

export function defer(label, fn) {
  steps.push({ label, fn });
}

// Idempotent: the signal handler and the normal exit path may both call it.
export function runCleanup(log = console.error) {
  running ??= (async () => {
    while (steps.length > 0) {
      const { label, fn } = steps.pop();
      try {
        await fn();
      } catch (err) {
        // Keep going: one failed step must not leave the others' resources behind.
        log(`cleanup: ${label} failed: ${err.message}`);
      }
    }
  })();
  return running;
}

// Ctrl-C / kill: tear down, then exit with the conventional 128+signal code.
// A second signal exits at once, for when a teardown step hangs.
export function installSignalHandlers(log = console.error) {
  let received = false;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(signal, () => {
      if (received) process.exit(code);
      received = true;
      log(`\n${signal} received: cleaning up (press again to exit immediately)`);
      runCleanup(log).finally(() => process.exit(code));
    });
  }
}
