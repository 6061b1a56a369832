FROM node:22-slim
WORKDIR /app
# Any change to any file invalidates this step, and every step after it
COPY . .
RUN npm ci --omit=dev
CMD ["node", "src/index.js"]
