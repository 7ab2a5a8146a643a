// Where a service's CPU time went: the functions with the most self time in a V8 .cpuprofile
// (written by `BENCH_CPU_PROF_DIR=<dir> npm run bench -- <scenario>`), and the same time summed per
// package, so a flame graph's story fits in a table.
//
//   node bench/profile-summary.js <file.cpuprofile> [--top 25] [--during <function>]
//
// --during keeps only the samples between the first and the last one whose stack holds <function>
// (e.g. the route's handler, `forFair`): the load, without start-up and the baseline's turn. Shares
// are of the time the process was busy (idle time is reported, not counted).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' }, during: { type: 'string' } } });
if (positionals.length !== 1) {
  console.error('usage: node bench/profile-summary.js <file.cpuprofile> [--top 25]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));
const top = Number(values.top);

const nodesById = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const holds = (id, name) => {
  for (let at = id; at !== undefined; at = parentOf.get(at)) if (nodesById.get(at).callFrame.functionName === name) return true;
  return false;
};
let [first, last] = [0, profile.samples.length - 1];
if (values.during) {
  const marked = profile.samples.map((id, i) => (holds(id, values.during) ? i : -1)).filter((i) => i >= 0);
  if (marked.length === 0) throw new Error(`no sample holds ${values.during}`);
  [first, last] = [marked[0], marked.at(-1)];
}

// Self time per node: each sample names the node that was on top of the stack; time deltas say how long.
const selfUs = new Map();
let idleUs = 0;
for (let i = first; i <= last; i += 1) {
  const id = profile.samples[i];
  const us = profile.timeDeltas[i] ?? 0;
  if (nodesById.get(id).callFrame.functionName === '(idle)') idleUs += us;
  else selfUs.set(id, (selfUs.get(id) ?? 0) + us);
}
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

/** The package (or our own folder) a script URL belongs to. */
function owner(url) {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node core';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const own = url.match(/dist\/src\/([^/]+)/);
  return own ? `pavilion src/${own[1]}` : url;
}

const byFunction = new Map();
const byOwner = new Map();
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (us === 0) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url ? url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/') : '';
  const key = `${functionName || '(anonymous)'}  ${file}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  byOwner.set(owner(url), (byOwner.get(owner(url)) ?? 0) + us);
}

const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
const rows = (map, n) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log(`${((total + idleUs) / 1e6).toFixed(1)} s sampled, busy ${(total / 1e6).toFixed(1)} s (${((100 * total) / (total + idleUs)).toFixed(0)} %); shares below are of the busy time\n\nself time by package:`);
for (const [name, us] of rows(byOwner, 15)) console.log(`${pct(us)}  ${name}`);
console.log(`\ntop ${top} functions by self time:`);
for (const [name, us] of rows(byFunction, top)) console.log(`${pct(us)}  ${name}`);
