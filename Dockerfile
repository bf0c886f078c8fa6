# The Rådslag app (API + built client) against an external Neo4j given by NEO4J_URI.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json .npmrc ./
RUN npm ci --include=dev --no-audit --no-fund
COPY . .
RUN npm run build --if-present
EXPOSE 3000
CMD ["npm", "run", "serve"]
