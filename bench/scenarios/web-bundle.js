// Build report for the web app: the JavaScript each route loads on a first visit, gzipped, from
// Vite's manifest (dist/web/.vite/manifest.json). The booth's budget is 150 KB; chart libraries must
// not be in it (they belong to the dashboard routes only). The last column is what the API actually
// sends a browser that accepts brotli: the build's .br copies (web/vite.config.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const description = "web app build report: each route's first-load JavaScript, gzipped (booth budget 150 KB, no charts)";

const DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const BOOTH_BUDGET_KB = 150;
const CHARTS = /node_modules\/(echarts|zrender|chart\.js|react-chartjs-2)\//;

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB (${(bytes / 1024).toFixed(1)} KiB)`;

/** The chunks a route loads: its own and their static imports, transitively, plus what the entry starts at once. */
function closure(manifest, keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return [...seen];
}

const gzipOf = (manifest, key) => gzipSync(readFileSync(`${DIST}${manifest[key].file}`)).length;
/** Of a namespace's per-language chunks (lazy, one is loaded), the larger: the first load counts the worst language. */
const largerLanguage = (manifest, keys) => keys.filter((k) => manifest[k]).sort((a, b) => gzipOf(manifest, b) - gzipOf(manifest, a)).slice(0, 1);

export async function standalone({ log }) {
  const manifest = JSON.parse(readFileSync(`${DIST}.vite/manifest.json`, 'utf8'));
  // registerSW({ immediate: true }) loads workbox-window as soon as the app starts; the first render
  // waits for the active language's strings (src/lib/i18n/index.ts), a lazy chunk the budget counts too.
  const startup = [
    'index.html',
    ...Object.keys(manifest).filter((k) => k.includes('workbox-window')),
    ...largerLanguage(manifest, ['src/lib/i18n/en.ts', 'src/lib/i18n/ko.ts']),
  ];
  // Every page but the booth also loads the `dashboard` strings before it renders (src/app/router.tsx).
  const dashboardStrings = largerLanguage(manifest, ['src/lib/i18n/dashboard.en.ts', 'src/lib/i18n/dashboard.ko.ts']);
  const routes = Object.keys(manifest).filter((k) => k.startsWith('src/app/routes/'));
  const rows = routes.map((route) => {
    const own = route.endsWith('/booth.tsx') ? [route] : [route, ...dashboardStrings];
    const chunks = closure(manifest, [...startup, ...own]);
    const files = chunks.map((k) => manifest[k].file);
    const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(`${DIST}${file}`)).length, 0);
    // Files under the compression threshold are sent as they are.
    const sent = files.reduce((sum, file) => sum + statSync(existsSync(`${DIST}${file}.br`) ? `${DIST}${file}.br` : `${DIST}${file}`).size, 0);
    // Bundled libraries show in each chunk's source map as node_modules/<package>/… paths.
    const charts = files.some((file) => JSON.parse(readFileSync(`${DIST}${file}.map`, 'utf8')).sources.some((source) => CHARTS.test(source)));
    return { route: route.replace('src/app/routes/', '').replace('.tsx', ''), files: files.length, gzipBytes: gzip, sentBytes: sent, charts };
  });
  const booth = rows.find((r) => r.route === 'booth');
  log(`read ${DIST}.vite/manifest.json`);
  const lines = [
    '| route | JS files | first-load JS, gzipped (gzip -6) | chart library in it | sent (brotli) |',
    '| --- | ---: | ---: | --- | ---: |',
    ...rows.map((r) => `| ${r.route} | ${r.files} | ${kb(r.gzipBytes)} | ${r.charts ? 'yes' : 'no'} | ${kb(r.sentBytes)} |`),
  ];
  const ok = booth !== undefined && booth.gzipBytes <= BOOTH_BUDGET_KB * 1000 && !booth.charts;
  const text = `${lines.join('\n')}\n\nbooth: ${booth ? kb(booth.gzipBytes) : '?'} of a ${BOOTH_BUDGET_KB} kB budget${ok ? '' : ' — OVER BUDGET or charts included'}`;
  return { ok, text, rows };
}
