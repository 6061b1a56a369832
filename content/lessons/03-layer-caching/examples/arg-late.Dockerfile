FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
# Declared where it is used: only the steps from here on see it
ARG APP_VERSION=1.4.0
RUN echo "$APP_VERSION" > version.txt
CMD ["node", "src/index.js"]
