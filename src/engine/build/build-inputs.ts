/**
 * The build's inputs made ready once and remembered: the indexed context (per entries array) and what
 * .dockerignore leaves of it (per context and Dockerfile path). The site and the CLI pass the same objects
 * to the next build, so a rebuild after a Dockerfile edit does not index or hash the context again.
 */
import { createContext } from '../context/tree.ts';
import { loadBuildContext } from '../context/load-context.ts';
import type { LoadedContext } from '../context/load-context.ts';
import type { BuildContext, ContextEntryInput } from '../context/types.ts';
import type { BuildInput } from './types.ts';

const EMPTY_CONTEXT: readonly ContextEntryInput[] = [];
const contexts = new WeakMap<readonly ContextEntryInput[], BuildContext>();

/**
 * The indexed context. Made once per entries array (the site and the CLI pass the same array to the next
 * build), so that the content digests the context remembers per entry are computed once.
 */
export function contextOf(input: BuildInput['context']): BuildContext {
  if (input !== undefined && !Array.isArray(input)) return input as BuildContext;
  const entries = (input ?? EMPTY_CONTEXT) as readonly ContextEntryInput[];
  let context = contexts.get(entries);
  if (context === undefined) {
    context = createContext(entries);
    contexts.set(entries, context);
  }
  return context;
}

const loadedContexts = new WeakMap<BuildContext, Map<string, LoadedContext>>();

/** What .dockerignore leaves of a context, worked out once per context and Dockerfile path. */
export function loadedContextOf(context: BuildContext, dockerfilePath: string): LoadedContext {
  let byPath = loadedContexts.get(context);
  if (byPath === undefined) {
    byPath = new Map();
    loadedContexts.set(context, byPath);
  }
  let loaded = byPath.get(dockerfilePath);
  if (loaded === undefined) {
    loaded = loadBuildContext(context, { dockerfilePath });
    byPath.set(dockerfilePath, loaded);
  }
  return loaded;
}

