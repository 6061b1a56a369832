/**
 * The classic demo: the incident's Dockerfile ("the crime") and the fix the SRE posted ("the sanity"), from the
 * incident write-up in /work/shared/course/002 ("10 Docker Best Practices", sections 1, 2 and 5), on the build
 * context it describes — an 800 MB `.git`, a 600 MB virtualenv and 400 MB of CSV test data, no `.dockerignore`.
 *
 * Both files are shown "as published" and "made to build": as published, neither builds — Debian has no
 * `cuda-toolkit-12-1` (it comes from NVIDIA's apt repository, which the crime never adds), and the sanity runs
 * `apt-get install tini` after `USER 10000`, where apt cannot take its lock. The simulator says so, in apt's words.
 * "Made to build" drops the CUDA package from the crime, moves the tini install above `USER`, and adds the
 * virtualenv and the CSV files to the write-up's `.dockerignore` list, which misses them.
 */
import type { ContextEntryInput } from '../../engine/index.ts';

export interface DemoSide {
  readonly label: string;
  readonly dockerfile: string;
  readonly files: Readonly<Record<string, string>>;
}

export interface DemoVariant {
  readonly name: 'published' | 'buildable';
  readonly title: string;
  readonly before: DemoSide;
  readonly after: DemoSide;
}

const CRIME = `# This is garbage. Do not do this.
FROM python:latest

# No .dockerignore, so this pulls in 2GB of junk
COPY . /app
WORKDIR /app

# Massive layer, no cleanup, installs unnecessary compilers
RUN apt-get update && apt-get install -y git build-essential vim cmake cuda-toolkit-12-1
RUN pip install -r requirements.txt

# Runs as root. Dangerous.
# Uses shell form, so SIGTERM is ignored.
CMD python main.py
`;

const SANITY = `FROM python:3.11.9-slim-bookworm AS builder
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    PIP_NO_CACHE_DIR=1
WORKDIR /build
RUN apt-get update && apt-get install -y --no-install-recommends \\
    gcc \\
    python3-dev \\
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN --mount=type=cache,target=/root/.cache/pip \\
    pip wheel --no-deps --wheel-dir /build/wheels -r requirements.txt

# --- Final Stage ---
FROM python:3.11.9-slim-bookworm
RUN groupadd -g 10001 appgroup && \\
    useradd -u 10000 -g appgroup -m -s /bin/bash appuser
WORKDIR /app
COPY --from=builder /build/wheels /wheels
RUN pip install --no-cache /wheels/*
COPY --link --chown=10000:10001 . .
USER 10000
RUN apt-get update && apt-get install -y tini && rm -rf /var/lib/apt/lists/*
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["python", "main.py"]
`;

const TINI = 'RUN apt-get update && apt-get install -y tini && rm -rf /var/lib/apt/lists/*\n';

/** The write-up's list ("THE .DOCKERIGNORE FILE IS NOT A SUGGESTION"), verbatim; it misses venv/ and the CSVs. */
const DOCKERIGNORE_PUBLISHED = '.git\n**/node_modules\n**/__pycache__\n*.log\n.env\ntmp/\n';
const DOCKERIGNORE = `${DOCKERIGNORE_PUBLISHED}# this project also keeps a virtualenv and test data beside the code\nvenv\ndata/*.csv\n`;

export const DEMO_CONTEXT: readonly ContextEntryInput[] = [
  { path: 'main.py', content: 'import flask\n\napp = flask.Flask(__name__)\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=8000)\n' },
  { path: 'requirements.txt', content: 'flask==3.1.0\nrequests==2.32.3\n' },
  { path: '.env', content: 'DATABASE_PASSWORD=hunter2\n' },
  { path: '.git', kind: 'dir', size: 800_000_000, files: 4200 },
  { path: 'venv', kind: 'dir', size: 600_000_000, files: 31_000 },
  { path: 'data/events-2024.csv', size: 250_000_000 },
  { path: 'data/users.csv', size: 150_000_000 },
];

/** Editing the code: what the cache comparison rebuilds after. */
export const DEMO_CHANGE = { label: 'edit main.py', path: 'main.py', append: '\n# a one-line fix\n' } as const;

export const DEMO_VARIANTS: readonly DemoVariant[] = [
  {
    name: 'buildable',
    title: 'Made to build',
    before: { label: 'Before: the crime', dockerfile: CRIME.replace(' cmake cuda-toolkit-12-1', ' cmake'), files: {} },
    after: { label: 'After: the sanity', dockerfile: SANITY.replace(TINI, '').replace('USER 10000\n', `${TINI}USER 10000\n`), files: { '.dockerignore': DOCKERIGNORE } },
  },
  {
    name: 'published',
    title: 'As published',
    before: { label: 'Before: the crime', dockerfile: CRIME, files: {} },
    after: { label: 'After: the sanity', dockerfile: SANITY, files: { '.dockerignore': DOCKERIGNORE_PUBLISHED } },
  },
];
