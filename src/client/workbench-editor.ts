/**
 * The editor half of a workbench: one Monaco model per editable file, the file tabs switching between them, the
 * theme following the page's, and whole-file replacement that the learner can undo (Ctrl+Z).
 */
import type { WorkbenchPayload } from '../lessons/workbench-payload.ts';
import { monaco } from './monaco.ts';
import { part } from './dom.ts';
import { selectTab, type TabSelectDetail } from './tabs.ts';
import { languageOf } from './workbench-input.ts';
import type { Files } from './storage/work-store.ts';

export interface WorkbenchEditor {
  readonly editor: monaco.editor.IStandaloneCodeEditor;
  readonly models: ReadonlyMap<string, monaco.editor.ITextModel>;
  files(): Record<string, string>;
  /** Replaces the files' contents as one undoable edit per file. */
  replaceFiles(files: Files): void;
  /** Shows a file's tab and model, and puts the cursor there. */
  reveal(file: string, line: number, column: number): void;
  dispose(): void;
}

const themeOf = (): string => (document.documentElement.dataset.theme === 'dark' ? 'vs-dark' : 'vs');

export function createWorkbenchEditor(root: HTMLElement, payload: WorkbenchPayload, initial: Files, storageKey: string): WorkbenchEditor {
  const host = part(root, '[data-editor-host]');
  const tabs = part(root, '[data-file-tabs]');
  const models = new Map<string, monaco.editor.ITextModel>();
  for (const file of payload.editable) {
    const uri = monaco.Uri.from({ scheme: 'shipshape', path: `/${storageKey}/${file}` });
    const text = initial[file] ?? payload.files[file] ?? '';
    const existing = monaco.editor.getModel(uri);
    if (existing) existing.setValue(text);
    models.set(file, existing ?? monaco.editor.createModel(text, languageOf(file), uri));
  }
  const first = payload.editable[0]!;
  root.querySelectorAll<HTMLElement>('[data-editor-fallback]').forEach((pre) => (pre.hidden = true));
  host.hidden = false;

  const editor = monaco.editor.create(host, {
    model: models.get(first) ?? null,
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 15,
    scrollBeyondLastLine: false,
    theme: themeOf(),
    ariaLabel: `${first} editor`,
    lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
    fixedOverflowWidgets: true,
    // Completions come from the Dockerfile reference (language-features.ts). Monaco's word-based ones would ask its
    // editor worker on every keystroke — measurable latency for suggestions of words already on screen.
    wordBasedSuggestions: 'off',
  });

  const selectedFile = (): string => tabs.querySelector<HTMLElement>('[aria-selected="true"]')?.dataset.file ?? first;
  const show = (file: string): void => {
    const model = models.get(file);
    if (!model || editor.getModel() === model) return;
    editor.setModel(model);
    editor.updateOptions({ ariaLabel: `${file} editor` });
  };
  show(selectedFile());
  const onTab = (event: Event): void => show((event as CustomEvent<TabSelectDetail>).detail.tab.dataset.file ?? first);
  tabs.addEventListener('tabselect', onTab);

  // A handle for debugging and measuring in the console; the page itself never reads it.
  (root as HTMLElement & { shipshape?: unknown }).shipshape = { editor, models };

  const themeWatch = new MutationObserver(() => monaco.editor.setTheme(themeOf()));
  themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  return {
    editor,
    models,
    files() {
      const files: Record<string, string> = {};
      for (const [file, model] of models) files[file] = model.getValue();
      return files;
    },
    replaceFiles(files) {
      for (const [file, model] of models) {
        const text = files[file];
        if (text === undefined || text === model.getValue()) continue;
        model.pushStackElement();
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
        model.pushStackElement();
      }
    },
    reveal(file, line, column) {
      const tab = tabs.querySelector<HTMLButtonElement>(`[data-file="${CSS.escape(file)}"]`);
      if (tab) selectTab(tabs, tab);
      show(file);
      editor.revealLineInCenter(line);
      editor.setPosition({ lineNumber: line, column });
      editor.focus();
    },
    dispose() {
      tabs.removeEventListener('tabselect', onTab);
      themeWatch.disconnect();
      editor.dispose();
    },
  };
}
