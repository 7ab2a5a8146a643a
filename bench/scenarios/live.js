// The floor: a route that does no I/O at all. Whatever the service loses here
// (Nest routing, guards, interceptors, helmet, logging) it loses on every request.
export const description = 'GET /health/live on the service vs the same JSON from bare Fastify (no I/O)';

// No extra baseline routes: bench/baseline.js serves /health/live itself.
export const baselinePlugins = [];

export function targets({ service, baseline }) {
  // expectBody proves both sides really answered the same bytes, not an error page.
  const request = { method: 'GET', expectBody: '{"status":"ok"}' };
  return {
    service: { ...request, url: `${service.url}/health/live` },
    baseline: { ...request, url: `${baseline.url}/health/live` },
  };
}
