/**
 * One line about each Dockerfile instruction and its flags, for the editor's hovers and completions. Our words;
 * the facts follow Docker's Dockerfile reference (https://docs.docker.com/reference/dockerfile/) and BuildKit's
 * instruction parser (moby/buildkit frontend/dockerfile/instructions/parse.go), which lists the flags each accepts.
 */
export interface FlagDoc {
  /** Without dashes: `from`. */
  readonly name: string;
  /** A placeholder value inserted by the completion, `undefined` for a boolean flag (`--link`). */
  readonly value?: string;
  readonly doc: string;
}

export interface InstructionDoc {
  readonly keyword: string;
  readonly summary: string;
  /** Monaco snippet inserted by the completion (`${1:image}` placeholders). */
  readonly snippet: string;
  readonly flags: readonly FlagDoc[];
}

const chown: FlagDoc = { name: 'chown', value: 'user:group', doc: 'Owner of the copied files (default root:root).' };
const chmod: FlagDoc = { name: 'chmod', value: '755', doc: 'Permission bits of the copied files.' };
const link: FlagDoc = {
  name: 'link',
  doc: 'Copy into an independent layer, so the layer stays cached when earlier layers change.',
};
const exclude: FlagDoc = { name: 'exclude', value: 'pattern', doc: 'Leave out paths that match this pattern.' };

export const instructions: readonly InstructionDoc[] = [
  {
    keyword: 'FROM',
    summary: 'Starts a build stage from a base image; everything in that image ships in yours.',
    snippet: 'FROM ${1:image}:${2:tag}',
    flags: [{ name: 'platform', value: 'linux/amd64', doc: 'Build on the base image of this platform.' }],
  },
  {
    keyword: 'RUN',
    summary: 'Runs a command at build time and saves the files it changed as a new layer.',
    snippet: 'RUN ${1:command}',
    flags: [
      { name: 'mount', value: 'type=cache,target=/root/.cache', doc: 'Mount a cache, secret, SSH agent or files for this command only; nothing mounted ends up in the layer.' },
      { name: 'network', value: 'none', doc: 'Network access for this command: default, none or host.' },
      { name: 'security', value: 'insecure', doc: 'Run with extra privileges (needs the builder to allow it).' },
    ],
  },
  {
    keyword: 'CMD',
    summary: 'The default command a container runs (or the default arguments of ENTRYPOINT); the last CMD wins.',
    snippet: 'CMD ["${1:executable}", "${2:arg}"]',
    flags: [],
  },
  { keyword: 'LABEL', summary: 'Adds key=value metadata to the image; it creates no layer.', snippet: 'LABEL ${1:key}="${2:value}"', flags: [] },
  {
    keyword: 'EXPOSE',
    summary: 'Documents the ports the app listens on; it does not publish them (that is `docker run -p`).',
    snippet: 'EXPOSE ${1:8080}',
    flags: [],
  },
  {
    keyword: 'ENV',
    summary: 'Sets an environment variable for later instructions and for the running container.',
    snippet: 'ENV ${1:NAME}=${2:value}',
    flags: [],
  },
  {
    keyword: 'ADD',
    summary: 'Copies files into the image, and can also fetch URLs and unpack local tar archives; prefer COPY for plain files.',
    snippet: 'ADD ${1:source} ${2:destination}',
    flags: [
      chown,
      chmod,
      link,
      exclude,
      { name: 'checksum', value: 'sha256:…', doc: 'Verify a downloaded file against this digest.' },
      { name: 'keep-git-dir', doc: 'Keep the .git directory when adding a Git repository.' },
    ],
  },
  {
    keyword: 'COPY',
    summary: 'Copies files from the build context (or another stage with --from) into a new layer.',
    snippet: 'COPY ${1:source} ${2:destination}',
    flags: [
      { name: 'from', value: 'build', doc: 'Copy from a build stage or an image instead of the build context.' },
      chown,
      chmod,
      link,
      exclude,
      { name: 'parents', doc: 'Keep the source paths’ parent directories at the destination.' },
    ],
  },
  {
    keyword: 'ENTRYPOINT',
    summary: 'The executable a container runs; CMD supplies its default arguments. Use the JSON form so it becomes PID 1.',
    snippet: 'ENTRYPOINT ["${1:executable}"]',
    flags: [],
  },
  { keyword: 'VOLUME', summary: 'Marks a path as a mount point for data that should outlive the container.', snippet: 'VOLUME ${1:/data}', flags: [] },
  {
    keyword: 'USER',
    summary: 'The user (and group) that later RUN instructions and the container run as; without it, root.',
    snippet: 'USER ${1:app}',
    flags: [],
  },
  {
    keyword: 'WORKDIR',
    summary: 'Sets the working directory for later instructions and the container, creating it if needed.',
    snippet: 'WORKDIR ${1:/app}',
    flags: [],
  },
  {
    keyword: 'ARG',
    summary: 'Declares a build argument (`--build-arg`); it exists only while building, not in the running container.',
    snippet: 'ARG ${1:NAME}=${2:default}',
    flags: [],
  },
  { keyword: 'ONBUILD', summary: 'Registers an instruction to run when another image builds FROM this one.', snippet: 'ONBUILD ${1:instruction}', flags: [] },
  {
    keyword: 'STOPSIGNAL',
    summary: 'The signal `docker stop` sends first (SIGTERM by default) before it kills the container.',
    snippet: 'STOPSIGNAL ${1:SIGTERM}',
    flags: [],
  },
  {
    keyword: 'HEALTHCHECK',
    summary: 'A command Docker runs periodically to tell whether the container is healthy.',
    snippet: 'HEALTHCHECK CMD ${1:command}',
    flags: [
      { name: 'interval', value: '30s', doc: 'Time between checks (default 30s).' },
      { name: 'timeout', value: '30s', doc: 'A check that takes longer counts as failed (default 30s).' },
      { name: 'start-period', value: '0s', doc: 'Start-up time during which failures do not count.' },
      { name: 'start-interval', value: '5s', doc: 'Time between checks during the start period.' },
      { name: 'retries', value: '3', doc: 'Consecutive failures before the container is unhealthy (default 3).' },
    ],
  },
  {
    keyword: 'SHELL',
    summary: 'The shell that shell-form RUN, CMD and ENTRYPOINT use (default ["/bin/sh", "-c"]).',
    snippet: 'SHELL ["${1:/bin/bash}", "-c"]',
    flags: [],
  },
  { keyword: 'MAINTAINER', summary: 'Deprecated: names the author. Use LABEL maintainer="…" instead.', snippet: 'MAINTAINER ${1:name}', flags: [] },
];

const byKeyword = new Map(instructions.map((doc) => [doc.keyword, doc]));

/** The doc of a keyword in any case (`run` → RUN), `undefined` for anything else. */
export function instructionDoc(word: string): InstructionDoc | undefined {
  return byKeyword.get(word.toUpperCase());
}
