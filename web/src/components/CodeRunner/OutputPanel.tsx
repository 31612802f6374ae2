import { lazy, Suspense, useMemo } from "react";
import type { RunOutput } from "./output";

// The live chart of a learner's own training loop: loaded only when a run logs metrics.
const LiveChart = lazy(() => import("./LiveChart"));

interface Props {
  output: RunOutput;
  running: boolean;
  error: string | null;
  label?: string;
}

/** What the program printed (errors in red), its figures, and how it ended. */
export function OutputPanel({ output, running, error, label = "Output" }: Props) {
  const empty = output.items.length === 0 && !output.done && !error;
  const charted = output.metrics.length > 1;
  // With a chart on screen, only the latest logged numbers are kept as text.
  const lastMetric = useMemo(() => output.items.map((i) => i.kind).lastIndexOf("metric"), [output.items]);
  return (
    <div className="output" role="region" aria-label={label} aria-live="polite" aria-busy={running}>
      {empty && <p className="output-placeholder">{running ? "Running…" : "Press Run to see what your code prints."}</p>}
      {output.items.map((item, i) => {
        if (item.kind === "figure") return <img key={i} className="output-figure" src={`data:image/png;base64,${item.png}`} alt={`Figure ${i + 1} drawn by your code`} />;
        if (item.kind === "metric") {
          if (charted && i !== lastMetric) return null;
          return <pre key={i} className="output-metric">{item.text}</pre>;
        }
        return (
          <pre key={i} className={item.kind === "stderr" ? "output-stderr" : "output-stdout"}>
            {item.text}
          </pre>
        );
      })}
      {charted && (
        <Suspense fallback={<p className="output-running">Drawing the chart…</p>}>
          <LiveChart metrics={output.metrics} finished={output.done !== null} />
        </Suspense>
      )}
      {running && !empty && <p className="output-running">Running…</p>}
      {output.done && <p className={output.done.status === "ok" ? "output-done ok" : "output-done bad"}>{output.done.message}</p>}
      {error && <p className="output-done bad">{error}</p>}
    </div>
  );
}
