/**
 * Monaco, bundled from npm and loaded on demand (its own chunk). Only the parts a beginner's
 * Python editor needs: the core editor, Python colouring, find, comments, brackets.
 */
import * as monaco from "monaco-editor/editor/editor.api.js";
import "monaco-editor/features/codicon/register.js";
import "monaco-editor/features/bracketMatching/register.js";
import "monaco-editor/features/clipboard/register.js";
import "monaco-editor/features/comment/register.js";
import "monaco-editor/features/cursorUndo/register.js";
import "monaco-editor/features/find/register.js";
import "monaco-editor/features/indentation/register.js";
import "monaco-editor/features/linesOperations/register.js";
import "monaco-editor/features/toggleTabFocusMode/register.js";
import "monaco-editor/features/wordOperations/register.js";
import "monaco-editor/languages/definitions/python/register.js";
import EditorWorker from "monaco-editor/editor/editor.worker.js?worker";

// Monaco asks for a worker for text diffing and links; ours is bundled, never fetched elsewhere.
(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

export interface EditorHandle {
  setValue(value: string): void;
  focus(): void;
  dispose(): void;
}

const MIN_HEIGHT = 120;
const MAX_HEIGHT = 640;

/** A Monaco editor inside `host` that grows with its text (wrapped lines included). */
export function createEditor(host: HTMLElement, value: string, label: string, onChange: (value: string) => void): EditorHandle {
  const el = document.createElement("div");
  el.style.height = `${MIN_HEIGHT}px`;
  host.append(el);
  const editor = monaco.editor.create(el, {
    value,
    language: "python",
    ariaLabel: label,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 15,
    lineNumbersMinChars: 3,
    tabSize: 4,
    insertSpaces: true,
    wordWrap: "on",
    renderLineHighlight: "line",
    scrollbar: { alwaysConsumeMouseWheel: false },
    fixedOverflowWidgets: true,
  });
  editor.onDidChangeModelContent(() => onChange(editor.getValue()));
  const fit = () => {
    el.style.height = `${Math.min(Math.max(editor.getContentHeight(), MIN_HEIGHT), MAX_HEIGHT)}px`;
  };
  editor.onDidContentSizeChange(fit);
  fit();
  return {
    setValue: (v) => {
      if (editor.getValue() !== v) editor.setValue(v);
    },
    focus: () => editor.focus(),
    dispose: () => {
      editor.getModel()?.dispose();
      editor.dispose();
      el.remove();
    },
  };
}
