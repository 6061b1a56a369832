import type { Instruction, UserInstruction } from '../../dockerfile/index.ts';
import type { BuiltImage } from '../../build/index.ts';
import type { Fix } from '../finding.ts';
import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { fromRange, imageStageChain, isRootUser, targetStageIndex } from '../simulation-queries.ts';

/** An unprivileged account the image already has (`node`, `nonroot`, `ubuntu`), for the quick fix. */
function unprivilegedAccount(image: BuiltImage): string | undefined {
  const candidates = image.users.filter((u) => u.uid >= 1000 && u.uid < 65534).sort((a, b) => a.uid - b.uid);
  return candidates[0]?.name;
}

/** Adds `USER <name>` before the stage's first CMD / ENTRYPOINT, or after its last instruction. */
function addUserFix(stageInstructions: readonly Instruction[], name: string): Fix | undefined {
  const start = stageInstructions.find((i) => i.kind === 'cmd' || i.kind === 'entrypoint');
  if (start) return { title: `Run as ${name}`, edits: [{ range: { start: start.range.start, end: start.range.start }, text: `USER ${name}\n` }] };
  const last = stageInstructions[stageInstructions.length - 1];
  return last ? { title: `Run as ${name}`, edits: [{ range: { start: last.range.end, end: last.range.end }, text: `\nUSER ${name}` }] } : undefined;
}

/** The container's processes run as uid 0 because nothing chose another user. */
export const containerRunsAsRoot = defineRule({
  meta: {
    id: 'container-runs-as-root',
    severity: 'warning',
    sources: [],
    title: 'The container runs as root',
    explanation:
      'Unless the Dockerfile (or `docker run --user`) says otherwise, the app runs as root — most official base images do not switch users. Root in a container is the same uid 0 as on the host, held back only by namespaces and a reduced set of capabilities: a bug in the app lets an attacker rewrite any file in the image, install tools with the package manager, and exploit a kernel or runtime flaw or a careless mount (such as the Docker socket) to reach the host.',
    suggestion:
      'Create an unprivileged user and switch to it before CMD: `RUN useradd --uid 10001 --no-create-home app` then `USER 10001` (Alpine: `adduser -D -u 10001 app`). Many images already have one: `USER node` in the Node images, `USER nonroot` on distroless. Give it ownership only of what it must write (`COPY --chown=10001 …`).',
    needs: ['build', 'run'],
    examples: {
      bad: [{ dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n', context: [{ path: 'app.py', content: 'print("hi")\n' }] }],
      good: [
        { dockerfile: 'FROM python:3.12-slim\nRUN useradd --uid 10001 --no-create-home app\nWORKDIR /app\nCOPY app.py .\nUSER 10001\nCMD ["python", "app.py"]\n', context: [{ path: 'app.py', content: 'print("hi")\n' }] },
        { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n', context: [{ path: 'server.js', content: 'setInterval(() => {}, 1000);\n' }] },
      ],
    },
  },
  done(_state, { build, run, facts }) {
    const image = build?.image;
    if (!build || !image || !run?.root?.runningAsRoot) return undefined;
    // The USER in force: the last one along the target stage and the stages it is built FROM.
    let user: UserInstruction | undefined;
    for (const index of imageStageChain(build, facts)) {
      const stage = facts.stages[index]!.stage;
      for (const i of stage.instructions) if (i.kind === 'user') user = i;
      if (user) break;
    }
    if (user) {
      // `USER root` is reported by last-user-root (DL3002); here only a USER that turns out to be uid 0.
      if (user.name === undefined || isRootUser(user.name)) return undefined;
      const report: Report = { range: user.range, instruction: user, message: `\`USER ${user.user?.value ?? ''}\` resolves to uid 0 in this image: the container still runs as root.` };
      return [report];
    }
    const target = targetStageIndex(build, facts);
    const stage = target === undefined ? undefined : facts.stages[target]?.stage;
    if (!stage) return undefined;
    const base = image.config.user === '' ? `\`${image.baseImage}\` does not set one either` : `\`${image.baseImage}\` runs as \`${image.config.user}\``;
    const account = unprivilegedAccount(image);
    const fix = account ? addUserFix(stage.instructions, account) : undefined;
    const extra = run.root.packageManager ? ` A compromised app could even install tools with ${run.root.packageManager}.` : '';
    return [
      {
        range: fromRange(stage.from),
        instruction: stage.from,
        message: `The container runs as root (uid 0): this Dockerfile sets no USER and ${base}.${extra}`,
        ...(fix && { fix }),
      },
    ];
  },
});
