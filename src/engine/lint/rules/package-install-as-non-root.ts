import type { Instruction, UserInstruction } from '../../dockerfile/index.ts';
import type { SimpleCommand } from '../../shell/index.ts';
import type { Fix } from '../finding.ts';
import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { argTexts, commandName, operands, runScript } from '../shell-queries.ts';
import { isRootUser } from '../simulation-queries.ts';

/** Subcommands that write the package database (and so need root), per package manager. */
const WRITES: Readonly<Record<string, readonly string[]>> = {
  'apt-get': ['install', 'update', 'upgrade', 'dist-upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove', 'build-dep', 'clean'],
  apt: ['install', 'update', 'upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove'],
  aptitude: ['install', 'update', 'upgrade', 'full-upgrade', 'remove', 'purge'],
  apk: ['add', 'del', 'update', 'upgrade', 'fix'],
  dnf: ['install', 'update', 'upgrade', 'remove', 'erase', 'reinstall', 'makecache', 'groupinstall'],
  yum: ['install', 'update', 'upgrade', 'remove', 'erase', 'reinstall', 'makecache', 'groupinstall'],
  microdnf: ['install', 'update', 'upgrade', 'remove', 'reinstall', 'makecache'],
  zypper: ['install', 'in', 'update', 'up', 'remove', 'rm', 'refresh', 'ref', 'dist-upgrade', 'dup', 'patch'],
};

/** `apt-get install …`, `apk add …`, `dpkg -i …`: a command that needs root. */
function needsRoot(cmd: SimpleCommand): boolean {
  const name = commandName(cmd);
  if (name === undefined) return false;
  if (name === 'dpkg') return argTexts(cmd).some((a) => ['-i', '--install', '-r', '--remove', '-P', '--purge'].includes(a));
  const writes = WRITES[name];
  if (!writes) return false;
  // The subcommand is the first operand (`apt-get -y install`, `apk --no-cache add`).
  const sub = operands(cmd, ['o', 't', 'c', 'X', 'repository', 'root', 'cache-dir', 'virtual']).find((w) => w.value !== undefined)?.value;
  return sub !== undefined && writes.includes(sub);
}

/** The USER in force, per stage: the instruction and its user part; `undefined` = the base image's (root here). */
interface CurrentUser {
  readonly instruction: UserInstruction;
  readonly name: string;
}

interface State {
  readonly users: Map<number, CurrentUser | undefined>;
}

function fixFor(instruction: Instruction, user: CurrentUser): Fix | undefined {
  const spec = user.instruction.user?.value;
  if (spec === undefined) return undefined;
  return {
    title: `Run this step as root, then switch back to ${spec}`,
    edits: [
      { range: { start: instruction.range.start, end: instruction.range.start }, text: 'USER root\n' },
      { range: { start: instruction.range.end, end: instruction.range.end }, text: `\nUSER ${spec}` },
    ],
  };
}

/** `USER app` and then `RUN apt-get install …`: package managers need root, so the build stops. */
export const packageInstallAsNonRoot = defineRule<State>({
  meta: {
    id: 'package-install-as-non-root',
    severity: 'error',
    sources: [],
    title: 'Package manager run after USER switched away from root',
    explanation:
      'Every RUN after a USER instruction runs as that user. apt-get, apk, dnf and friends write to the system package database and to /usr, which only root may do, so the step fails with "Permission denied" (apt-get: "Could not open lock file", apk: "Unable to lock database") and the build stops there. It is not a missing `sudo`: images rarely have sudo, and they should not.',
    suggestion:
      'Install packages before the USER instruction — the usual order is: install as root, copy the app, then `USER app` near the end. If you extend an image that already switched users, switch back for the step: `USER root`, the RUN, then `USER <the previous user>`.',
    examples: {
      bad: [{ dockerfile: 'FROM node:22-slim\nUSER node\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n' }],
      good: [
        { dockerfile: 'FROM node:22-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER node\n' },
        { dockerfile: 'FROM node:22-slim\nUSER node\nUSER root\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER node\n' },
      ],
    },
  },
  init: () => ({ users: new Map() }),
  step(state, instruction, context) {
    const stage = instruction.stageIndex;
    if (stage === undefined) return undefined;
    if (instruction.kind === 'from') {
      // A stage built FROM another one starts as that stage's last user.
      const base = context.facts.stageOf(instruction)?.baseStage;
      state.users.set(stage, base === undefined ? undefined : state.users.get(base));
      return undefined;
    }
    if (instruction.kind === 'user') {
      const name = instruction.name;
      // `USER $APP_USER`: unknown until expanded; do not guess.
      state.users.set(stage, name === undefined || name.includes('$') || isRootUser(name) ? undefined : { instruction, name });
      return undefined;
    }
    const user = state.users.get(stage);
    if (!user || instruction.kind !== 'run') return undefined;
    const script = runScript(instruction);
    const cmd = script?.commands.find(needsRoot);
    if (!cmd) return undefined;
    const failed = context.build?.error?.line === instruction.startLine ? context.build.error : undefined;
    const docker = failed && failed.output.length > 0 ? ` Docker stops here: "${failed.output[0]}".` : failed ? ' Docker stops the build here.' : ' The build fails at this step.';
    const fix = fixFor(instruction, user);
    const report: Report = {
      range: cmd.range,
      message: `\`${commandName(cmd)}\` needs root, but this RUN runs as \`${user.name}\` (USER on line ${user.instruction.startLine}).${docker}`,
      ...(fix && { fix }),
    };
    return [report];
  },
});
