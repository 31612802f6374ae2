import { useEffect, useState } from "react";
import { big, fmt } from "../../explain";
import type { DemoViewProps } from "../registry";
import { PlayPause } from "../ui/PlayPause";
import { withItem } from "../state";
import { Slider } from "../ui/Slider";
import { XYChart } from "../ui/XYChart";
import { MAX_ITERATIONS, RATE, START, advance, compute, message, type RaceState } from "./logic";

const TICK_MS = 120;
const COLORS = ["#2b8a3e", "var(--accent)", "#c92a2a"];

export default function LrRace({ state, setState }: DemoViewProps<RaceState>) {
  const [playing, setPlaying] = useState(false);
  const end = state.done >= MAX_ITERATIONS;
  const running = playing && !end;
  useEffect(() => {
    if (!running) return;
    // Faster later on, so the big rate's blow-up arrives while you watch.
    const by = state.done < 20 ? 1 : state.done < 100 ? 2 : 5;
    const t = window.setTimeout(() => setState(advance(state, by)), TICK_MS);
    return () => window.clearTimeout(t);
  }, [running, state, setState]);

  const lanes = compute(state);
  const top = lanes[0]!.history[0]! * 1.5 + 1;
  const restart = (patch: Partial<RaceState>) => {
    setPlaying(false);
    setState({ ...state, ...patch, done: 0 });
  };
  return (
    <div className="demo-body">
      <div className="controls">
        {state.rates.map((r, i) => (
          <Slider key={i} name={`learning rate ${i + 1}`} {...RATE} value={r} onChange={(v) => restart({ rates: withItem(state.rates, i, v) })} />
        ))}
        <Slider name="starting weight" {...START} value={state.w0} onChange={(w0) => restart({ w0 })} />
      </div>
      <div className="buttons" role="group" aria-label="The race">
        <PlayPause running={running} end={end} onChange={setPlaying} />
        {[1, 10, 100].map((n) => (
          <button key={n} type="button" className="button secondary" disabled={end} onClick={() => { setPlaying(false); setState(advance(state, n)); }}>
            +{n}
          </button>
        ))}
        <span className="muted" aria-live="polite">
          Iterations done: {state.done}
        </span>
      </div>
      <XYChart
        description={`The loss after each iteration for learning rates ${state.rates.map((r) => fmt(r)).join(", ")}. Now: ${lanes.map((l) => big(l.loss)).join(", ")}.`}
        xDomain={[0, Math.max(10, state.done)]}
        yDomain={[-top * 0.03, top]}
        xLabel="iterations done"
        yLabel="loss"
        series={lanes.map((l, i) => ({ id: `lane${i}`, points: l.history.map((v, k) => [k, v] as [number, number]), color: COLORS[i] }))}
      />
      <div className="side-by-side">
        {lanes.map((l, i) => (
          <div key={i} role="group" aria-label={`Learning rate ${fmt(l.rate)}`}>
            <h4 className="steps-title" style={{ color: COLORS[i] }}>
              Learning rate {fmt(l.rate)}
            </h4>
            <p className="result" aria-live="polite">
              weight <strong>{big(l.weight)}</strong>, loss <strong>{big(l.loss)}</strong>
            </p>
            <p>{message(l)}</p>
          </div>
        ))}
      </div>
    </div>
  );
}
