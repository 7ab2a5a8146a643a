# syntax=docker/dockerfile:1
# Pavilion: one image for both processes, on Node 20 (as engines, CI and the README). `node dist/src/main.js` serves HTTP (the default);
# `node dist/src/worker.js` runs the BullMQ worker; `node dist/src/cli.js migration:run` migrates.

# --- build: all dependencies, compile, then drop the dev ones -------------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app

# Manifests first, so the dependency layer is reused while only source changes.
# `npm install`, not `npm ci`: the lock file is made on linux-x64 and lacks other platforms'
# optional binaries (@swc/core-*), which `npm ci` reports as "Missing … from lock file".
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund

COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# --- runtime: compiled code and production dependencies only -------------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app

# Files stay owned by root and the process runs as `node`: the app cannot rewrite its own code.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist

# Where uploads wait for the worker (IMPORTS_DIR); a named volume mounted here takes this ownership.
RUN mkdir -p /var/lib/pavilion/imports && chown node:node /var/lib/pavilion/imports
USER node
EXPOSE 3000
# node as PID 1 is fine: the app handles SIGTERM itself (Nest shutdown hooks) for a clean stop.
CMD ["node", "dist/src/main.js"]
