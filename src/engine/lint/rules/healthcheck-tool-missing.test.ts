import { describeRule } from '../testing/rule-table.ts';
import { healthcheckToolMissing } from './healthcheck-tool-missing.ts';

const CODE = 'healthcheck-tool-missing';
const server = [{ path: 'server.js', content: 'require("http").createServer((q, s) => s.end("ok")).listen(3000);\n' }];

describeRule(healthcheckToolMissing, {
  valid: [
    // BusyBox has wget.
    { dockerfile: 'FROM node:22-alpine\nWORKDIR /app\nCOPY server.js .\nHEALTHCHECK CMD wget -q --spider http://localhost:3000/ || exit 1\nCMD ["node", "server.js"]\n', context: server },
    // The runtime itself.
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY server.js .\nHEALTHCHECK CMD ["node", "-e", "process.exit(0)"]\nCMD ["node", "server.js"]\n', context: server },
    // The full image has curl.
    { dockerfile: 'FROM node:22\nWORKDIR /app\nCOPY server.js .\nHEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1\nCMD ["node", "server.js"]\n', context: server },
    // Installed.
    { dockerfile: 'FROM node:22-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nWORKDIR /app\nCOPY server.js .\nHEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1\nCMD ["node", "server.js"]\n', context: server },
    // No health check.
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY server.js .\nCMD ["node", "server.js"]\n', context: server },
  ],
  invalid: [
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY server.js .\nHEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1\nCMD ["node", "server.js"]\n', context: server, expect: [[CODE, 4]] },
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY server.js .\nHEALTHCHECK --interval=10s CMD ["curl", "-f", "http://localhost:3000/"]\nCMD ["node", "server.js"]\n', context: server, expect: [[CODE, 4]] },
    // Set in the stage the final one is built FROM.
    { dockerfile: 'FROM node:22-slim AS base\nHEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1\nFROM base\nWORKDIR /app\nCOPY server.js .\nCMD ["node", "server.js"]\n', context: server, expect: [[CODE, 2]] },
    // Distroless has no shell for a shell-form check.
    { dockerfile: 'FROM gcr.io/distroless/nodejs22-debian12\nCOPY server.js /app/\nHEALTHCHECK CMD wget -q http://localhost:3000/\nCMD ["/app/server.js"]\n', context: server, expect: [[CODE, 3]] },
  ],
});
