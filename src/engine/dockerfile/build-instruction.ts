/**
 * Parser node -> typed instruction node, with the checks BuildKit's instruction layer makes
 * (moby/buildkit frontend/dockerfile/instructions/parse.go ParseInstruction).
 */
import type { CopyInstruction, FromInstruction, Instruction, Mount, OnbuildInstruction, RunInstruction, UnknownInstruction } from './ast.ts';
import type { BuildContext } from './instruction-parts.ts';
import type { LineNode } from './line-parsers.ts';
import type { InstructionBaseFields } from './build-base.ts';
import { baseFields } from './build-base.ts';
import { checkFlags, fail, findFlag, flagIsTrue } from './instruction-parts.ts';
import {
  buildArg, buildCmdOrEntrypoint, buildEnvOrLabel, buildExpose, buildHealthcheck, buildMaintainer,
  buildShell, buildStopsignal, buildUser, buildVolume, buildWorkdir, commandOf,
} from './build-simple.ts';
import { parseImageRef } from './image-ref.ts';
import { parseMount } from './mounts.ts';
import { parseHeredocWord } from './heredoc-words.ts';
import { goQuote } from './go-quote.ts';
import { suggest, withSuggestion } from './suggest.ts';

export const INSTRUCTION_NAMES = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
] as const;

/** parseBuildStageName's pattern. */
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

function buildFrom(ctx: BuildContext, node: LineNode, b: InstructionBaseFields): FromInstruction {
  const args = b.args;
  const hasAs = args.length >= 2 && args[1]!.value.toLowerCase() === 'as';
  if (args.length === 3 && hasAs) {
    const name = args[2]!.value.toLowerCase();
    if (!STAGE_NAME.test(name)) {
      fail(ctx, `invalid name for build stage: ${goQuote(args[2]!.value)}, name can't start with a number or contain symbols`, args[2]!.range);
    }
  } else if (args.length !== 1) {
    fail(ctx, 'FROM requires either one or three arguments');
  }
  checkFlags(ctx, b.flags, { platform: 'string' });
  const first = node.args[0];
  return {
    ...b,
    kind: 'from',
    image: first === undefined ? undefined : parseImageRef(first.value, first.start, ctx.locator),
    asKeyword: hasAs ? args[1] : undefined,
    alias: hasAs ? args[2] : undefined,
    platform: findFlag(b.flags, 'platform'),
  };
}

const COPY_FLAGS = { chown: 'string', from: 'string', chmod: 'string', link: 'bool', exclude: 'strings', parents: 'bool' } as const;
const ADD_FLAGS = {
  chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', unpack: 'bool', exclude: 'strings',
} as const;

function buildCopy(ctx: BuildContext, node: LineNode, b: InstructionBaseFields): CopyInstruction {
  const isAdd = node.name === 'add';
  const name = isAdd ? 'ADD' : 'COPY';
  if (b.args.length < 2) {
    fail(ctx, `${name} requires at least two arguments, but only one was provided. Destination could not be determined`);
  }
  checkFlags(ctx, b.flags, isAdd ? ADD_FLAGS : COPY_FLAGS);
  const dest = b.args.length >= 2 ? b.args[b.args.length - 1] : undefined;
  if (dest !== undefined && parseHeredocWord(dest.value) !== undefined) {
    fail(ctx, `${name} cannot accept a heredoc as a destination`, dest.range);
  }
  const f = (n: string) => findFlag(b.flags, n);
  const link = f('link');
  return {
    ...b,
    kind: isAdd ? 'add' : 'copy',
    json: node.json,
    sources: b.args.length >= 2 ? b.args.slice(0, -1) : b.args,
    dest,
    options: {
      from: isAdd ? undefined : f('from'),
      chown: f('chown'),
      chmod: f('chmod'),
      link,
      exclude: b.flags.filter((x) => x.name === 'exclude'),
      parents: isAdd ? undefined : f('parents'),
      checksum: isAdd ? f('checksum') : undefined,
      keepGitDir: isAdd ? f('keep-git-dir') : undefined,
      unpack: isAdd ? f('unpack') : undefined,
    },
    linked: flagIsTrue(link),
  };
}

const RUN_FLAGS = { mount: 'strings', network: 'string', security: 'string', device: 'strings' } as const;

function buildRun(ctx: BuildContext, node: LineNode, b: InstructionBaseFields): RunInstruction {
  checkFlags(ctx, b.flags, RUN_FLAGS);
  const mounts: Mount[] = [];
  for (const flag of b.flags) {
    if (flag.name !== 'mount') continue;
    const { mount, error } = parseMount(flag);
    mounts.push(mount);
    if (error !== undefined) fail(ctx, error, flag.valueRange ?? flag.range);
  }
  const network = findFlag(b.flags, 'network');
  if (network?.value !== undefined && !['default', 'none', 'host'].includes(network.value)) {
    fail(ctx, `invalid network mode ${goQuote(network.value)}`, network.valueRange);
  }
  const security = findFlag(b.flags, 'security');
  if (security?.value !== undefined && !['sandbox', 'insecure'].includes(security.value)) {
    fail(ctx, `security ${goQuote(security.value)} is not valid`, security.valueRange);
  }
  return { ...b, kind: 'run', command: commandOf(ctx, node, node.args, true), mounts, network, security };
}

function buildOnbuild(ctx: BuildContext, node: LineNode, b: InstructionBaseFields): OnbuildInstruction {
  const child = node.child;
  if (child === undefined) {
    fail(ctx, 'ONBUILD requires at least one argument');
    return { ...b, kind: 'onbuild', inner: undefined };
  }
  checkFlags(ctx, b.flags, {});
  const trigger = child.keyword.value.trim().toUpperCase();
  if (trigger === 'ONBUILD') fail(ctx, 'Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed', b.keywordRange);
  else if (trigger === 'MAINTAINER' || trigger === 'FROM') fail(ctx, `${trigger} isn't allowed as an ONBUILD trigger`);
  // BuildKit checks a trigger only when an image built FROM this one runs it: a warning here.
  const inner: BuildContext = { ...ctx, error: undefined };
  const instruction = buildInstruction(inner, child);
  if (inner.error !== undefined) ctx.warnings.push({ message: `ONBUILD trigger: ${inner.error.message}`, range: inner.error.range });
  return { ...b, kind: 'onbuild', args: [], inner: instruction };
}

function buildUnknown(ctx: BuildContext, node: LineNode, b: InstructionBaseFields): UnknownInstruction {
  const keyword = node.keyword.value;
  const suggestion = suggest(keyword, INSTRUCTION_NAMES, false);
  fail(ctx, withSuggestion(`unknown instruction: ${keyword}`, keyword, INSTRUCTION_NAMES, false), b.keywordRange);
  return { ...b, kind: 'unknown', suggestion };
}

export function buildInstruction(ctx: BuildContext, node: LineNode): Instruction {
  const b = baseFields(ctx, node);
  switch (node.name) {
    case 'from': return buildFrom(ctx, node, b);
    case 'run': return buildRun(ctx, node, b);
    case 'cmd':
    case 'entrypoint': return buildCmdOrEntrypoint(ctx, node, b);
    case 'copy':
    case 'add': return buildCopy(ctx, node, b);
    case 'env':
    case 'label': return buildEnvOrLabel(ctx, node, b);
    case 'arg': return buildArg(ctx, node, b);
    case 'expose': return buildExpose(ctx, node, b);
    case 'volume': return buildVolume(ctx, node, b);
    case 'user': return buildUser(ctx, node, b);
    case 'workdir': return buildWorkdir(ctx, node, b);
    case 'shell': return buildShell(ctx, node, b);
    case 'stopsignal': return buildStopsignal(ctx, node, b);
    case 'healthcheck': return buildHealthcheck(ctx, node, b);
    case 'onbuild': return buildOnbuild(ctx, node, b);
    case 'maintainer': return buildMaintainer(ctx, node, b);
    default: return buildUnknown(ctx, node, b);
  }
}
