# One Dockerfile, three targets (backend, storefront, console), built from the
# repository root because the workspaces share one lockfile.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY backend/package.json backend/
COPY storefront/package.json storefront/
COPY admin/package.json admin/
COPY seed/package.json seed/
COPY tests/package.json tests/
COPY bench/package.json bench/
# The shared domain package compiles itself on install (its prepare script).
COPY tsconfig.base.json ./
COPY packages/domain packages/domain
# npm install, not npm ci: a lockfile written by npm 11 lacks some
# platform-specific optional packages that npm ci insists on.
RUN npm install --no-audit --no-fund --loglevel=error

FROM deps AS source
COPY . .

FROM source AS backend
ENV NODE_ENV=production
RUN cd backend && npx medusa build \
  && mkdir -p /app/backend/static \
  && ln -s /app/backend/static /app/backend/.medusa/server/static
WORKDIR /app/backend/.medusa/server
EXPOSE 9000
CMD ["npx", "medusa", "start"]

FROM source AS storefront-build
RUN cd storefront && npx react-router build

# Server-rendered: the backend URL and publishable key are read at run time
# (MEDUSA_BACKEND_URL, MEDUSA_INTERNAL_URL, MEDUSA_PUBLISHABLE_KEY).
FROM storefront-build AS storefront
WORKDIR /app/storefront
ENV NODE_ENV=production PORT=8000 HOST=0.0.0.0
EXPOSE 8000
CMD ["npx", "react-router-serve", "./build/server/index.js"]

# A static bundle; `vite preview` answers its /config.js from the run-time
# environment (MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY, STOREFRONT_URL).
FROM source AS console
RUN cd admin && npx vite build
WORKDIR /app/admin
EXPOSE 7001
CMD ["npx", "vite", "preview", "--host", "0.0.0.0", "--port", "7001", "--strictPort"]
