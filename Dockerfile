# The API image for docker-compose.yml (Neo4j runs in its own container there).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY cypher ./cypher
COPY schema ./schema
COPY data ./data
COPY docs ./docs
COPY web ./web
COPY tools ./tools
# Production runs compiled JavaScript (tools/start.js refuses to start without it).
RUN npm run build
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["npm", "start"]
