import { useEffect } from "react";
import { trainingApi, type CnnPrediction } from "../../features/training/api";
import type { DemoViewProps } from "../registry";
import { DrawingPad, useDrawingPad, useInkPrediction } from "../ui/DrawingPad";
import { EXAMPLE_STROKES, activeMaps, brightnessOf, decodeInk, exampleInk, isBlank, layerMax, mapsOf, rows, shapeLabel, type FeatureMapsState } from "./logic";

const grey = (v: number) => `rgb(${v}, ${v}, ${v})`;

/** One map as a small picture: bright = this filter responded strongly here. */
function Heatmap({ map, max, size, label }: { map: readonly (readonly number[])[]; max: number; size: number; label: string }) {
  const h = map.length;
  const w = Math.max(...map.map((r) => r.length));
  return (
    <svg viewBox={`0 0 ${w} ${h}`} width={size} height={(size * h) / w} role="img" aria-label={label} style={{ background: "black", borderRadius: 2 }}>
      {map.flatMap((row, r) => row.map((v, c) => <rect key={`${r}-${c}`} x={c} y={r} width={1} height={1} fill={grey(brightnessOf(v, max))} />))}
    </svg>
  );
}

function Layer({ title, layer, size }: { title: string; layer: CnnPrediction["layers"][number]; size: number }) {
  const maps = mapsOf(layer);
  const max = layerMax(maps);
  return (
    <section>
      <h4>{title}</h4>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 4 }}>
        {maps.map((m, i) => (
          <Heatmap key={i} map={m} max={max} size={size} label={`${layer.name} map ${i + 1}`} />
        ))}
      </div>
      <p className="muted">
        Shape: {shapeLabel(layer)}.{" "}
        {layer.shape.length === 3 ? `${activeMaps(maps)} of ${maps.length} maps light up for this digit. ` : ""}
        {layer.text}
      </p>
    </section>
  );
}

export default function CnnFeatureMaps({ state, setState }: DemoViewProps<FeatureMapsState>) {
  const pad = useDrawingPad((ink) => setState({ ink, example: -1 }));
  const grid = decodeInk(state.ink);
  const blank = isBlank(grid);

  // paint the current grid onto the canvas (10 canvas pixels per cell) when it changes from outside
  useEffect(() => {
    const ctx = pad.context();
    if (!pad.isDrawing() && ctx) pad.paintInk(ctx, state.ink);
    // the pad's helpers are made anew each render; only the ink matters
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.ink]);

  const { result, error } = useInkPrediction<CnnPrediction>(state.ink, blank, (signal) => trainingApi.predictCnn(rows(grid), signal));
  const clear = () => {
    const ctx = pad.context();
    if (ctx) pad.blackOut(ctx);
    setState({ ink: "0".repeat(784), example: -1 });
  };

  const layers = result ? Object.fromEntries(result.layers.map((l) => [l.name, l])) : {};

  return (
    <div className="demo-body">
      <div className="controls">
        <div>
          <p className="muted">Pick a digit:</p>
          <div role="group" aria-label="Pick an example digit" className="buttons">
            {EXAMPLE_STROKES.map((_, d) => (
              <button key={d} type="button" className={d === state.example ? "button" : "button secondary"} aria-pressed={d === state.example} aria-label={`Example ${d}`} onClick={() => setState({ ink: exampleInk(d), example: d })}>
                {d}
              </button>
            ))}
          </div>
          <p className="muted">Or draw your own (Clear first):</p>
          <button type="button" className="button secondary" onClick={clear}>
            Clear
          </button>
        </div>
        <DrawingPad pad={pad} size={160} />
        <div>
          <h4>The input: 28 × 28 × 1</h4>
          <Heatmap map={rows(grid)} max={255} size={112} label="the input image, 28 by 28 pixels" />
        </div>
      </div>
      {blank && <p>Draw a digit, or pick one, to look inside the network.</p>}
      {error && <p className="training-error">{error}</p>}
      {!blank && !result && !error && <p className="muted">Asking the trained CNN…</p>}
      {!blank && result && (
        <>
          <p className="muted">
            Real numbers from the trained CNN that ships with the course ({result.model.channels?.join(" and ")} filters, {result.model.hidden} dense neurons,{" "}
            {result.model.parameters.toLocaleString("en")} weights and biases; it reads{" "}
            {result.model.test_accuracy ? `${(result.model.test_accuracy * 100).toFixed(1)} %` : "most"} of the MNIST test digits right). Bright means a big number, black means 0.
          </p>
          {layers.conv1 && <Layer title="1. After conv 1 + ReLU + max pool" layer={layers.conv1} size={52} />}
          {layers.conv2 && <Layer title="2. After conv 2 + ReLU + max pool" layer={layers.conv2} size={40} />}
          {layers.dense && <Layer title="3. After flatten and the dense layer + ReLU" layer={layers.dense} size={96} />}
          <section>
            <h4>4. The ten chances (shape: 10)</h4>
            {result.probabilities.map((p, d) => (
              <div key={d} style={{ display: "grid", gridTemplateColumns: "1.5rem 1fr 4.5rem", alignItems: "center", gap: 6 }}>
                <strong>{d}</strong>
                <span style={{ display: "block", height: 10, width: `${p * 100}%`, background: d === result.prediction ? "#d9480f" : "#1f6feb" }} />
                <span style={{ textAlign: "right", whiteSpace: "nowrap" }}>{(p * 100).toFixed(1)} %</span>
              </div>
            ))}
            <p className="result" aria-live="polite">
              The CNN says <strong>{result.prediction}</strong> ({((result.probabilities[result.prediction] ?? 0) * 100).toFixed(0)} % sure).
            </p>
          </section>
        </>
      )}
    </div>
  );
}
