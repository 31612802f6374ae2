import { useEffect, useState } from "react";
import { fmt } from "../../explain";
import type { DemoViewProps } from "../registry";
import { Plot } from "../ui/Plot";
import { Choice, Slider } from "../ui/Slider";
import { EPOCHS, LAYERS, LR, NEURONS, accuracyOf, grid, meanLoss, trained, type PlaygroundState, type Run } from "./logic";

const DATASET_OPTIONS = [
  { value: "xor", label: "XOR" },
  { value: "circle", label: "circle" },
  { value: "spiral", label: "spiral" },
] as const;
const ACT_OPTIONS = [
  { value: "relu", label: "ReLU" },
  { value: "sigmoid", label: "sigmoid" },
] as const;
const BIG = 36;
const SMALL = 14;
const SIZE = 260;

/** 0 → light orange (label 0), 1 → blue (label 1). */
function colour(p: number): string {
  const q = Math.min(1, Math.max(0, p));
  const lerp = (a: number, b: number) => Math.round(a + (b - a) * q);
  return `rgb(${lerp(245, 70)},${lerp(200, 120)},${lerp(150, 200)})`;
}

function Map({ values, n, size, label, points }: { values: number[]; n: number; size: number; label: string; points?: Run["data"] }) {
  const cell = size / n;
  const pos = (v: number) => ((v + 1) / 2) * size;
  return (
    <svg viewBox={`0 0 ${size} ${size}`} width={size} height={size} role="img" aria-label={label} style={{ maxWidth: "100%", height: "auto" }}>
      {values.map((v, k) => (
        <rect key={k} x={(k % n) * cell} y={Math.floor(k / n) * cell} width={cell + 0.5} height={cell + 0.5} fill={colour(v)} />
      ))}
      {points?.x.map(([x, y], i) => (
        <circle key={i} cx={pos(x)} cy={size - pos(y)} r={3.2} fill={points.y[i] ? "#1d4e89" : "#e07b00"} stroke="#fff" strokeWidth={1} />
      ))}
    </svg>
  );
}

export default function NetPlayground({ state, setState }: DemoViewProps<PlaygroundState>) {
  const [playing, setPlaying] = useState(false);
  const run = trained(state);
  const loss = meanLoss(run.net, state.activation, run.data);
  const acc = accuracyOf(run.net, state.activation, run.data);
  const running = playing && state.epochs < EPOCHS.max;

  useEffect(() => {
    if (!running) return;
    const frame = requestAnimationFrame(() => setState({ ...state, epochs: Math.min(EPOCHS.max, state.epochs + 10) }));
    return () => cancelAnimationFrame(frame);
  }, [running, state, setState]);

  const change = (next: Partial<PlaygroundState>) => {
    setPlaying(false);
    setState({ ...state, ...next, epochs: 0 });
  };
  const hidden: { layer: number; neuron: number }[] = [];
  for (let k = 1; k <= state.layers; k++) for (let i = 0; i < state.neurons; i++) hidden.push({ layer: k, neuron: i });
  const curve = run.losses.map((l, i) => [i * 10, l] as const);

  return (
    <div className="demo-body">
      <div className="controls">
        <Choice name="points" value={state.dataset} options={DATASET_OPTIONS} onChange={(dataset) => change({ dataset })} />
        <Slider name="hidden layers" {...LAYERS} value={state.layers} onChange={(layers) => change({ layers })} />
        <Slider name="neurons per hidden layer" {...NEURONS} value={state.neurons} onChange={(neurons) => change({ neurons })} />
        <Choice name="hidden activation" value={state.activation} options={ACT_OPTIONS} onChange={(activation) => change({ activation })} />
        <Slider name="learning rate" {...LR} value={state.lr} onChange={(lr) => change({ lr })} />
        <Slider name="starting weights (seed)" min={1} max={50} step={1} value={state.seed} onChange={(seed) => change({ seed })} />
        <div className="buttons">
          <button type="button" onClick={() => setPlaying(!running)} aria-pressed={running}>{running ? "Pause" : "Train"}</button>{" "}
          <button type="button" onClick={() => { setPlaying(false); setState({ ...state, epochs: Math.min(EPOCHS.max, state.epochs + 10) }); }}>10 more epochs</button>{" "}
          <button type="button" onClick={() => change({})}>Start again</button>
        </div>
      </div>
      <p className="result" aria-live="polite">
        Epoch {state.epochs}: loss <strong>{fmt(loss)}</strong>, right on <strong>{fmt(acc * 100)} %</strong> of the {run.data.x.length} points.
      </p>
      <p className="small">Real training, live in your browser: backpropagation with the squared-error loss, one point at a time. The points are made up by a random recipe, not real data.</p>
      <div className="side-by-side">
        <div>
          <Map values={grid(run.net, state.activation, BIG)} n={BIG} size={SIZE} points={run.data}
            label={`The network's answer over the whole square: blue means label 1, orange means label 0. Dots are the ${run.data.x.length} training points. Right on ${fmt(acc * 100)} %.`} />
        </div>
        <Plot
          description={`The loss every 10 epochs, from ${fmt(run.losses[0]!)} at the start to ${fmt(loss)} now.`}
          xDomain={[0, Math.max(10, state.epochs)]}
          yDomain={[0, Math.max(0.3, ...run.losses) * 1.05]}
          xLabel="epoch"
          yLabel="loss"
          series={[{ id: "loss", points: curve }]}
        />
      </div>
      <h4 className="steps-title">What each hidden neuron sees</h4>
      <div style={{ display: "flex", flexWrap: "wrap", gap: "0.4rem" }}>
        {hidden.map((h) => (
          <figure key={`${h.layer}-${h.neuron}`} style={{ margin: 0, textAlign: "center" }}>
            <Map values={grid(run.net, state.activation, SMALL, h.layer, h.neuron)} n={SMALL} size={64}
              label={`Layer ${h.layer}, neuron ${h.neuron + 1}: its output over the square.`} />
            <figcaption className="small">L{h.layer} N{h.neuron + 1}</figcaption>
          </figure>
        ))}
      </div>
    </div>
  );
}
