// What the numbers were taken on. Without this a figure cannot be compared
// with a later one, and a busy machine passes for a slow service.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export function runInfo() {
  return {
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine: {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
    },
  };
}

function gitCommit() {
  const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
    return git('rev-parse', '--short', 'HEAD') + (dirty ? '+dirty' : '');
  } catch {
    return 'uncommitted'; // no commit yet, or not a git checkout
  }
}

// CPU time (ms) of the whole machine, busy and idle, summed over all cores.
function machineCpu() {
  let busy = 0;
  let idle = 0;
  for (const { times: t } of os.cpus()) {
    busy += t.user + t.nice + t.sys + t.irq;
    idle += t.idle;
  }
  return { busy, idle };
}

// CPU time (ms) a process has used, from /proc (Linux); null elsewhere.
export function processCpu(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, in clock ticks of 1/100 s (USER_HZ is 100 on every mainstream Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

// Share of the machine's CPU used by programs other than the harness and the given
// servers while the probe ran: a build or test run competing with the benchmark, which
// makes the figures noisy. null where it cannot be known (no /proc).
export function cpuProbe(pids) {
  const ours = () => {
    const children = pids.map(processCpu);
    if (children.includes(null)) return null;
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000 + children.reduce((a, b) => a + b, 0);
  };
  const start = { machine: machineCpu(), ours: ours() };
  return {
    otherShare() {
      const machine = machineCpu();
      const oursNow = ours();
      if (start.ours === null || oursNow === null) return null;
      const busy = machine.busy - start.machine.busy;
      const total = busy + machine.idle - start.machine.idle;
      return total > 0 ? Math.max(0, (busy - (oursNow - start.ours)) / total) : 0;
    },
  };
}
