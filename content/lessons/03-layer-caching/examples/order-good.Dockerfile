FROM node:22-slim
WORKDIR /app
# The manifests change rarely: npm ci stays cached until they do
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
# The source changes all the time: only this layer is rebuilt
COPY . .
CMD ["node", "src/index.js"]
