import type { CopyInstruction } from '../../dockerfile/index.ts';
import type { DirNode } from '../../build/index.ts';
import { lookupPath } from '../../build/index.ts';
import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { instructionOnLine, lastSegment, listText } from '../simulation-queries.ts';

/** `.env.example` and friends document the variables; they hold no values. */
const ENV_TEMPLATES = ['example', 'sample', 'template', 'dist', 'defaults'];
const SSH_KEYS = ['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519'];

/**
 * What kind of secret a copied file is, or `undefined`. Reads the file's text — only for the names that need it —
 * where the build knows it (small context files): a certificate `.pem` holds no private key, an `.npmrc`
 * without `_authToken` holds no token.
 */
export function secretKind(path: string, readText: () => string | undefined): string | undefined {
  const name = lastSegment(path);
  if (name === '.env' || (name.startsWith('.env.') && !ENV_TEMPLATES.includes(name.slice('.env.'.length)))) return 'environment file';
  if (SSH_KEYS.includes(name)) return 'SSH private key';
  if (name.endsWith('.pem') || name.endsWith('.key')) {
    const text = readText();
    if (text === undefined) return 'possible private key';
    return text.includes('PRIVATE KEY') ? 'private key' : undefined;
  }
  if (name.endsWith('.p12') || name.endsWith('.pfx')) return 'key store';
  if (path.endsWith('/.aws/credentials')) return 'AWS credentials';
  if (name === '.netrc' || name === '.git-credentials') return 'credentials';
  if (name === '.npmrc') {
    const text = readText();
    return text !== undefined && (text.includes('_authToken') || text.includes('_auth=') || text.includes('_password')) ? 'npm token' : undefined;
  }
  if (name === '.pypirc') {
    const text = readText();
    return text === undefined || text.includes('password') ? 'PyPI credentials' : undefined;
  }
  if (path.endsWith('/.docker/config.json')) {
    const text = readText();
    return text !== undefined && text.includes('"auth"') ? 'registry credentials' : undefined;
  }
  return undefined;
}

function textOf(fs: DirNode, path: string): string | undefined {
  const node = lookupPath(fs, path);
  return node?.kind === 'file' ? node.text : undefined;
}

function shown(copy: CopyInstruction): string {
  return [copy.keyword, ...copy.args.map((a) => a.value)].join(' ');
}

/** `COPY . .` with a `.env` in the context: the secret is in every copy of the image. */
export const secretFileInImage = defineRule({
  meta: {
    id: 'secret-file-in-image',
    severity: 'warning',
    sources: [],
    title: 'A secret file is copied into the image',
    explanation:
      'Everything COPY puts into a layer can be read by anyone who can pull the image — `docker save` unpacks it in seconds — and deleting the file in a later RUN does not remove it from that layer. `.env` files, private keys (`id_rsa`, `*.pem`), an `.npmrc` with a token or `.aws/credentials` usually end up in an image because `COPY . .` takes the whole build context and nothing in .dockerignore keeps them out.',
    suggestion:
      'List them in .dockerignore (`.env`, `*.pem`, `.npmrc`, `.aws/`) so they are never sent to the builder. A secret the build needs goes in as a secret mount (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci` with `docker build --secret id=npmrc,src=.npmrc`); a secret the app needs is given at run time (`docker run --env-file`, your orchestrator\'s secrets).',
    needs: ['build'],
    examples: {
      bad: [
        {
          dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n',
          context: [
            { path: 'server.js', content: 'require("http").createServer().listen(3000);\n' },
            { path: '.env', content: 'DATABASE_URL=postgres://app:s3cret@db/app\n' },
          ],
        },
      ],
      good: [
        {
          dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n',
          context: [
            { path: 'server.js', content: 'require("http").createServer().listen(3000);\n' },
            { path: '.env', content: 'DATABASE_URL=postgres://app:s3cret@db/app\n' },
            { path: '.env.example', content: 'DATABASE_URL=\n' },
          ],
          dockerignore: '.env\n',
          note: '.dockerignore keeps `.env` out of the build context; `.env.example` holds no values.',
        },
      ],
    },
  },
  done(_state, context) {
    const image = context.build?.image;
    if (!image) return undefined;
    const reports: Report[] = [];
    for (const layer of image.layers) {
      if (layer.fromBase || layer.line === undefined) continue;
      const instruction = instructionOnLine(context.facts, layer.line);
      // Files from the build context: what .dockerignore could have kept out.
      if ((instruction?.kind !== 'copy' && instruction?.kind !== 'add') || instruction.options.from) continue;
      const found: string[] = [];
      for (const change of layer.changes) {
        if (change.kind !== 'file') continue;
        const kind = secretKind(change.path, () => textOf(image.filesystem, change.path));
        if (kind) found.push(`${change.path} (${kind})`);
      }
      if (found.length === 0) continue;
      const ignore = context.context?.ignoreFile === undefined && context.context !== undefined ? ` There is no .dockerignore, so nothing keeps ${found.length === 1 ? 'it' : 'them'} out.` : '';
      reports.push({
        range: instruction.range,
        instruction,
        message: `\`${shown(instruction)}\` puts ${found.length === 1 ? 'a secret' : 'secrets'} into the image, readable by anyone who pulls it: ${listText(found, 4)}.${ignore}`,
      });
    }
    return reports;
  },
});
