import { describeRule } from '../testing/rule-table.ts';
import { largeBuildContext } from './large-build-context.ts';

const CODE = 'large-build-context';
const app = { path: 'app.py', content: 'print("hello")\n' };
const git = { path: '.git', kind: 'dir', size: 800_000_000, files: 12_000 } as const;
const smallGit = { path: '.git', kind: 'dir', size: 2_000_000, files: 300 } as const;
const modules = { path: 'node_modules', kind: 'dir', size: 60_000_000, files: 9_000 } as const;
const src = { path: 'src', kind: 'dir', size: 30_000_000, files: 400 } as const;
const data = { path: 'data', kind: 'dir', size: 2_000_000_000, files: 40 } as const;

describeRule(largeBuildContext, {
  valid: [
    { dockerfile: 'FROM python:3.12-slim\nCOPY . /app\n', context: [app, git], dockerignore: '.git\n' },
    // Only app.py is named, so BuildKit does not transfer .git.
    { dockerfile: 'FROM python:3.12-slim\nCOPY app.py /app/\n', context: [app, git] },
    // A small repository in a small context.
    { dockerfile: 'FROM python:3.12-slim\nCOPY . /app\n', context: [app, smallGit] },
    // node_modules is not most of this context.
    { dockerfile: 'FROM node:22-slim\nCOPY . /app\n', context: [app, modules, src, { path: 'assets', kind: 'dir', size: 50_000_000, files: 10 }] },
    // Kept out of the copy by --exclude.
    { dockerfile: 'FROM python:3.12-slim\nCOPY --exclude=.git . /app\n', context: [app, git] },
    // In a stage the target does not build.
    { dockerfile: 'FROM python:3.12-slim AS unused\nCOPY . /app\nFROM python:3.12-slim\nCOPY app.py /app/\n', context: [app, git] },
  ],
  invalid: [
    { dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n', context: [app, git], expect: [[CODE, 3]] },
    { dockerfile: 'FROM node:22-slim\nCOPY . /app\n', context: [app, modules, src], expect: [[CODE, 2]] },
    // Any entry over 100 MB: a data set.
    { dockerfile: 'FROM python:3.12-slim\nCOPY app.py /app/\nCOPY data /app/data\n', context: [app, data], expect: [[CODE, 3]] },
    // A wildcard that takes it.
    { dockerfile: 'FROM python:3.12-slim\nCOPY * /app/\n', context: [app, data], expect: [[CODE, 2]] },
    // Reported once, at the first COPY that sends it.
    { dockerfile: 'FROM python:3.12-slim AS a\nCOPY . /app\nFROM python:3.12-slim\nCOPY --from=a /app /app\nCOPY . /app2\n', context: [app, git], expect: [[CODE, 2]] },
    // Two heavy entries from one COPY.
    { dockerfile: 'FROM python:3.12-slim\nCOPY . /app\n', context: [app, git, data], expect: [[CODE, 2], [CODE, 2]] },
  ],
});
