// Child processes: the service under test, the baseline server, one-shot CLI
// commands. Each target runs in its own process so it gets a core of its own
// and never shares an event loop with the load generator.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

// Ask the kernel for a free port. It is released before the child binds it; a
// collision in that gap is possible but shows up as a clear start failure.
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Keeps the last `max` characters of a stream: enough to explain a crash
// (a Nest start-up error and its stack) without flooding the terminal.
function tail(max = 6_000) {
  let text = '';
  return {
    push(chunk) {
      text = (text + chunk).slice(-max);
    },
    get text() {
      return text;
    },
  };
}

function launch(name, args, env) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = tail();
  // Both streams must be drained or a child that logs a lot blocks on a full pipe.
  child.stdout.setEncoding('utf8').on('data', (d) => output.push(d));
  child.stderr.setEncoding('utf8').on('data', (d) => output.push(d));
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
    child.on('error', (err) => resolve({ code: null, signal: null, error: err }));
  });
  return { name, child, output, exited };
}

const describeExit = ({ code, signal, error }) =>
  error ? error.message : signal ? `killed by ${signal}` : `exit code ${code}`;

// Runs `node <args>` to completion (e.g. the migration CLI); throws with its output on failure.
export async function runNode(name, args, env) {
  const proc = launch(name, args, env);
  const result = await proc.exited;
  if (result.code !== 0) {
    throw new Error(`${name} failed (${describeExit(result)}):\n${proc.output.text}`);
  }
  return proc.output.text;
}

// Starts a long-running server and resolves once `readyUrl` answers 200.
// Fails early, with the child's output, if the child exits while we wait.
export async function startServer({ name, args, env, readyUrl, timeoutMs = 30_000 }) {
  const proc = launch(name, args, env);
  let dead = null;
  proc.exited.then((r) => (dead = r));

  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (dead) {
      throw new Error(`${name} exited before it was ready (${describeExit(dead)}). Its output:\n${proc.output.text}`);
    }
    try {
      const res = await fetch(readyUrl, { signal: AbortSignal.timeout(2_000) });
      const body = await res.text();
      if (res.status === 200) return server(proc, () => dead);
      // The body of a 503 from /health names the dependency that is down.
      lastProblem = `HTTP ${res.status} ${body.slice(0, 500)}`;
    } catch (err) {
      lastProblem = err.cause?.code ?? err.message;
    }
    await sleep(200);
  }
  await stopProcess(proc);
  throw new Error(
    `${name} did not answer 200 on ${readyUrl} within ${timeoutMs / 1000} s (last: ${lastProblem}). Its output:\n${proc.output.text}`,
  );
}

function server(proc, deadState) {
  return {
    name: proc.name,
    pid: proc.child.pid,
    output: () => proc.output.text,
    // Non-null once the process has exited, e.g. it crashed under load.
    exit: () => {
      const d = deadState();
      return d && describeExit(d);
    },
    stop: () => stopProcess(proc),
  };
}

// SIGTERM lets Nest run its shutdown hooks (close pools, queues); SIGKILL if it hangs.
async function stopProcess({ child, exited }, graceMs = 5_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = sleep(graceMs, 'timeout', { ref: false });
  if ((await Promise.race([exited, timer])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}
