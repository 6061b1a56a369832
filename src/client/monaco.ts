/**
 * Monaco, trimmed to what Shipshape uses: the editor core, hovers (to read a finding's message), and the Dockerfile
 * and YAML grammars — not the ~80 languages and language services `monaco-editor`'s main entry would pull in.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/languages/definitions/dockerfile/register';
import 'monaco-editor/languages/definitions/yaml/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

// Monaco declares `MonacoEnvironment` globally; one worker serves the editor (no language services are loaded).
globalThis.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export { monaco };
