/**
 * Monaco, trimmed to what Shipshape uses: the editor core, the Dockerfile and YAML grammars, and the contributions
 * the workbench relies on — not the ~80 languages and language services `monaco-editor`'s main entry pulls in.
 *
 * - hover: instruction and base-image hovers, and a finding's message on its marker;
 * - suggest + snippet: instruction and flag completions (inserted as snippets with placeholders);
 * - codeAction (with its lightbulb): findings with a fix become quick fixes (Ctrl+.);
 * - gotoError: F8 / Shift+F8 walk the findings from the keyboard;
 * - toggleTabFocusMode: Ctrl+M (Ctrl+Shift+M on macOS) lets Tab leave the editor, for keyboard-only use.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2';
import 'monaco-editor/editor/contrib/codeAction/browser/codeActionContributions';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode';
import 'monaco-editor/languages/definitions/dockerfile/register';
import 'monaco-editor/languages/definitions/yaml/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

// Monaco declares `MonacoEnvironment` globally; one worker serves the editor (no language services are loaded).
globalThis.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export { monaco };
