FROM node:22-slim
# Declared first: its value is in the environment of every RUN below
ARG APP_VERSION=1.4.0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
RUN echo "$APP_VERSION" > version.txt
CMD ["node", "src/index.js"]
