/** Workspaces for the terminal's tests: small projects like the lessons' and the playground's. */
import type { TerminalEnv, Workspace } from '../types.ts';

export const PYTHON_SHELL_FORM: Workspace = {
  projectName: 'shop',
  files: {
    Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nEXPOSE 8000\nCMD gunicorn --bind 0.0.0.0:8000 app:app\n',
    '.dockerignore': '.git\n.venv\n',
  },
  context: [
    { path: 'app.py', content: 'from flask import Flask\napp = Flask(__name__)\n' },
    { path: 'requirements.txt', content: 'flask==3.1.0\ngunicorn==23.0.0\n' },
    { path: '.git', kind: 'dir', size: 80_000_000, files: 900 },
  ],
};

export const PYTHON_EXEC_FORM: Workspace = {
  ...PYTHON_SHELL_FORM,
  files: { ...PYTHON_SHELL_FORM.files, Dockerfile: PYTHON_SHELL_FORM.files.Dockerfile!.replace('CMD gunicorn --bind 0.0.0.0:8000 app:app', 'CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]') },
};

export const GO_SCRATCH_SHELL: Workspace = {
  files: {
    Dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/server .\n\nFROM scratch\nCOPY --from=build /out/server /server\nCMD /server\n',
  },
  context: [
    { path: 'go.mod', content: 'module example.com/server\n\ngo 1.23\n' },
    { path: 'main.go', content: 'package main\n\nfunc main() {}\n' },
  ],
};

export const COMPOSE_PROJECT: Workspace = {
  projectName: 'shop',
  files: {
    'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n  db:\n    image: postgres:16\n',
  },
  context: [],
};

export const ENV: TerminalEnv = { now: Date.UTC(2026, 10, 20, 9, 0, 0), columns: 100 };
