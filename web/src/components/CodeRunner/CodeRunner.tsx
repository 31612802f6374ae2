import { useCallback, useState } from "react";
import type { BlockOf } from "../../client";
import { progress } from "../../progress/store";
import { CodeEditor } from "../Editor/CodeEditor";
import { OutputPanel } from "./OutputPanel";
import { printed, sameOutput } from "./output";
import { useRun } from "./useRun";

/** A runnable code block: edit, Run, watch the output stream in; Stop and Reset. */
export function CodeRunner({ block, moduleId }: { block: BlockOf<"code">; moduleId: string }) {
  const [code, setCode] = useState(block.source);
  const onDone = useCallback((status: string) => progress.record("run", moduleId, block.id, status), [moduleId, block.id]);
  const { output, running, error, run, stop, clear } = useRun(onDone);
  const expected = block.expected_output;
  const finishedOk = output.done?.status === "ok";
  return (
    <section className="code-block" aria-label={`Code: ${block.id}`} data-code={block.id}>
      <CodeEditor value={code} onChange={setCode} label={`Python code: ${block.id}`} />
      <div className="buttons">
        <button type="button" className="button" onClick={() => void run(code)} disabled={running}>
          ▶ Run
        </button>
        <button type="button" className="button secondary" onClick={stop} disabled={!running}>
          Stop
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            clear();
            setCode(block.source);
          }}
        >
          Reset
        </button>
      </div>
      <OutputPanel output={output} running={running} error={error} />
      {expected != null && finishedOk && (
        <p className={sameOutput(printed(output), expected) ? "match ok" : "match"}>
          {sameOutput(printed(output), expected)
            ? "This is exactly the output the lesson expects."
            : "This differs from the lesson's output. That is fine if you changed the code on purpose."}
        </p>
      )}
    </section>
  );
}
