FROM node:22-slim
WORKDIR /app
COPY package.json server.js ./
CMD ["node", "server.js"]
