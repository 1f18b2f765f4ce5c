# Image for the API, the Temporal worker and the migration job on Node 24 LTS (compose picks
# the command). Debian slim, not Alpine: Temporal's native core-bridge needs glibc.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
# The compose file's temporal-certs job (CA and certificates for Temporal's mutual TLS; no openssl in this image).
COPY --from=build --chown=node:node /app/scripts/temporal-certs.js ./scripts/temporal-certs.js
# The compose file's database-roles job (least-privilege PostgreSQL roles, docs/security.md).
COPY --from=build --chown=node:node /app/scripts/database-roles.js /app/scripts/database-roles-job.js ./scripts/
# The web app the API serves at / (vite build output).
COPY --from=build --chown=node:node /app/web/dist ./web/dist
# The official node image ships an unprivileged `node` user.
USER node
EXPOSE 3000
CMD ["node", "dist/src/main.api.js"]
