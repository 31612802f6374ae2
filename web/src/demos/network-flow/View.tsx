import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { INPUT_RANGE, NETWORKS, activeLayer, neuronCount, neurons, output, type FlowState } from "./logic";

const W = 340;
const H = 230;

export default function NetworkFlow({ state, setState }: DemoViewProps<FlowState>) {
  const all = neurons(state);
  const total = neuronCount(state.preset);
  const layers = NETWORKS[state.preset];
  const columns = [2, ...layers.map((l) => l.biases.length)];
  const colX = (c: number) => 30 + (c * (W - 60)) / (columns.length - 1);
  const rowY = (c: number, r: number) => ((r + 1) * H) / (columns[c]! + 1);
  const active = activeLayer(state);
  const current = state.shown > 0 ? all[state.shown - 1] : undefined;
  const range = INPUT_RANGE[state.preset];
  const inputs = [state.x1, state.x2];
  const labelWeights = Math.max(...columns) <= 2; // small networks show every weight
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="input 1" {...range} value={state.x1} onChange={(x1) => setState({ ...state, x1 })} />
        <Slider name="input 2" {...range} value={state.x2} onChange={(x2) => setState({ ...state, x2 })} />
        <div className="buttons">
          <button type="button" onClick={() => setState({ ...state, shown: 0 })} disabled={state.shown === 0}>Start slow motion</button>{" "}
          <button type="button" onClick={() => setState({ ...state, shown: Math.min(total, state.shown + 1) })} disabled={state.shown >= total}>Next neuron</button>{" "}
          <button type="button" onClick={() => setState({ ...state, shown: total })} disabled={state.shown >= total}>Show all</button>
        </div>
      </div>
      <p className="result" aria-live="polite">
        {state.shown >= total ? <>Network output: <strong>{fmt(output(state))}</strong></> : <>Slow motion: {state.shown} of {total} neurons worked out{active > 0 ? `, now in layer ${active}` : ""}. Press Next neuron.</>}
      </p>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" style={{ width: "100%", maxWidth: "520px" }}
        aria-label={`A network with ${columns.length - 1} layers after the inputs. ${state.shown} of ${total} neurons are worked out. Dashed wires have negative weights.`}>
        {layers.map((l, li) =>
          l.weights.map((row, ni) =>
            row.map((w, j) => (
              <g key={`${li}-${ni}-${j}`}>
                <line x1={colX(li)} y1={rowY(li, j)} x2={colX(li + 1)} y2={rowY(li + 1, ni)}
                  stroke={active === li + 1 ? "#e08a00" : "#b8b8b8"} strokeWidth={1 + Math.min(3, Math.abs(w) * 2)} strokeDasharray={w < 0 ? "5 3" : undefined} />
                {labelWeights && (
                  <text x={colX(li) + (colX(li + 1) - colX(li)) * 0.3} y={rowY(li, j) + (rowY(li + 1, ni) - rowY(li, j)) * 0.3 - 4} fontSize="9" textAnchor="middle">× {fmt(w)}</text>
                )}
              </g>
            )),
          ),
        )}
        {inputs.map((x, j) => (
          <g key={`in${j}`}>
            <circle cx={colX(0)} cy={rowY(0, j)} r={17} fill="#ffffff" stroke="#1d4e89" strokeWidth={2} />
            <text x={colX(0)} y={rowY(0, j)} dy="0.35em" textAnchor="middle" fontSize="11">{fmt(x)}</text>
          </g>
        ))}
        {all.map((n) => {
          const known = n.order <= state.shown;
          const now = n.order === state.shown;
          return (
            <g key={`${n.layer}-${n.index}`}>
              <circle cx={colX(n.layer)} cy={rowY(n.layer, n.index - 1)} r={17} fill={now ? "#ffe2b0" : known ? "#e5eef9" : "#f4f4f4"} stroke={now ? "#e08a00" : "#1d4e89"} strokeWidth={now ? 3 : 1.5} />
              <text x={colX(n.layer)} y={rowY(n.layer, n.index - 1)} dy="0.35em" textAnchor="middle" fontSize="10">{known ? fmt(n.value) : "?"}</text>
            </g>
          );
        })}
      </svg>
      {current ? (
        <>
          <h4 className="steps-title">Layer {current.layer}, neuron {current.index}</h4>
          <StepList steps={current.steps} label={`Layer ${current.layer}, neuron ${current.index}, step by step`} />
        </>
      ) : (
        <p>Only the inputs are known. Press Next neuron to work out the first neuron of layer 1.</p>
      )}
    </div>
  );
}
