import { useEffect, useId, useRef, useState } from "react";
import type { EditorHandle } from "./monaco";

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Accessible name, e.g. "Code for: Your first neuron". */
  label: string;
}

type Mode = "loading" | "monaco" | "plain";

/**
 * A Python editor: Monaco once its chunk has loaded, a plain text box until then (and for
 * good if Monaco cannot load). Both edit the same text, so nothing is lost when it swaps.
 */
export function CodeEditor({ value, onChange, label }: Props) {
  const [mode, setMode] = useState<Mode>("loading");
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<EditorHandle | null>(null);
  const latest = useRef({ value, onChange });
  useEffect(() => {
    latest.current = { value, onChange };
  });
  const helpId = useId();
  const lines = value.split("\n").length;

  useEffect(() => {
    let live = true;
    import("./monaco")
      .then((m) => {
        if (!live || !host.current) return;
        editor.current = m.createEditor(host.current, latest.current.value, label, (v) => latest.current.onChange(v));
        setMode("monaco");
      })
      .catch(() => {
        if (live) setMode("plain");
      });
    return () => {
      live = false;
      editor.current?.dispose();
      editor.current = null;
    };
  }, [label]);

  // Outside changes (Reset, "show me the solution") reach Monaco too.
  useEffect(() => {
    editor.current?.setValue(value);
  }, [value]);

  const height = `${Math.min(Math.max(lines, 6), 24) * 1.5 + 1}rem`;
  return (
    <div className="editor" data-editor={mode}>
      <div ref={host} className="monaco-host" style={{ display: mode === "monaco" ? "block" : "none" }} />
      {mode !== "monaco" && (
        <textarea
          className="plain-editor"
          aria-label={label}
          aria-describedby={helpId}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          value={value}
          style={{ height }}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
      <p id={helpId} className="editor-help">
        {mode === "loading" && "Loading the full editor… you can type here already."}
        {mode === "plain" && "The full editor could not load, so this is a plain text box. It works the same way."}
        {mode === "monaco" && "Keyboard: Tab indents. Press Ctrl+M, then Tab, to move on from the editor."}
      </p>
    </div>
  );
}
