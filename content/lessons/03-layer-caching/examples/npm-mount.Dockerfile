FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json ./
# npm's download cache lives in a cache mount: kept between builds, never in the image
RUN --mount=type=cache,target=/root/.npm \
    npm ci
COPY . .
RUN npm run build
CMD ["node", "server.js"]
