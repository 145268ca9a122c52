# syntax=docker/dockerfile:1
# Multi-stage image of the API: the same commands as development and CI
# (npm ci, npm run build, node dist/start.cjs).

# ---- build: install with the lockfile, generate the Prisma client, bundle
FROM node:20-slim AS build
WORKDIR /app
ENV CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
# postinstall runs `prisma generate` (prisma.config.ts, prisma/schema.prisma,
# src/shared/db/cli-adapter.ts) and scripts/build.mjs: copy them first.
COPY package.json package-lock.json prisma.config.ts tsconfig.json ./
COPY prisma ./prisma
COPY scripts ./scripts
COPY src ./src
COPY examples/client/gql/persisted-documents.json ./examples/client/gql/persisted-documents.json
RUN npm ci --no-audit --no-fund
RUN npm run build
# Runtime needs only the production dependencies.
RUN npm prune --omit=dev --no-audit --no-fund

# ---- runtime
FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/app/data
COPY --from=build --chown=node:node /app/package.json ./package.json
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/prisma/migrations ./prisma/migrations
# The allow-list of PERSISTED_OPERATIONS (README, "Persisted operations").
COPY --from=build --chown=node:node /app/examples/client/gql/persisted-documents.json ./examples/client/gql/persisted-documents.json
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node is PID 1 and receives SIGTERM from `docker stop` directly.
CMD ["node", "--enable-source-maps", "dist/start.cjs"]
