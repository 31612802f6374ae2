import { scaleLinear } from "d3-scale";
import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Choice, Slider } from "../ui/Slider";
import { AXIS, BIAS, GRID, PROBE, WEIGHT, grid, outputRange, probe, type HeatmapState } from "./logic";

const SIZE = 300;
const PAD = 34;
const LOW = "#f4f1ea";
const HIGH = "#1d4e89";

const ACTIVATION_OPTIONS = [
  { value: "sigmoid", label: "sigmoid" },
  { value: "relu", label: "ReLU" },
] as const;

export default function NeuronHeatmap({ state, setState }: DemoViewProps<HeatmapState>) {
  const cells = grid(state);
  const [lo, hi] = outputRange(state, cells);
  const colour = scaleLinear<string>().domain([lo, hi]).range([LOW, HIGH]).clamp(true);
  const pos = scaleLinear().domain([GRID.min - GRID.step / 2, GRID.max + GRID.step / 2]).range([PAD, PAD + SIZE]);
  const posY = scaleLinear().domain([GRID.min - GRID.step / 2, GRID.max + GRID.step / 2]).range([PAD + SIZE, PAD]);
  const cell = pos(GRID.step) - pos(0);
  const legend = scaleLinear().domain([lo, hi]).range([PAD, PAD + SIZE]);
  const { steps, output } = probe(state);
  const ticks = [GRID.min, 0, GRID.max];
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="weight 1" {...WEIGHT} value={state.w1} onChange={(w1) => setState({ ...state, w1 })} />
        <Slider name="weight 2" {...WEIGHT} value={state.w2} onChange={(w2) => setState({ ...state, w2 })} />
        <Slider name="bias" {...BIAS} value={state.b} onChange={(b) => setState({ ...state, b })} />
        <Choice name="activation" value={state.activation} options={ACTIVATION_OPTIONS} onChange={(activation) => setState({ ...state, activation })} />
        <Slider name="input 1" label="input 1 (the ring)" {...PROBE} value={state.x1} onChange={(x1) => setState({ ...state, x1 })} />
        <Slider name="input 2" label="input 2 (the ring)" {...PROBE} value={state.x2} onChange={(x2) => setState({ ...state, x2 })} />
      </div>
      <svg className="heatmap" viewBox={`0 0 ${SIZE + PAD + 16} ${SIZE + PAD * 2 + 44}`} role="img" aria-label={`A coloured map of the output for inputs from ${fmt(GRID.min)} to ${fmt(GRID.max)}; dark means near ${fmt(hi)}, light near ${fmt(lo)}. At the ring (input 1 ${fmt(state.x1)}, input 2 ${fmt(state.x2)}) the output is ${fmt(output)}.`}>
        {cells.map((c) => (
          <rect key={`${c.x1},${c.x2}`} x={pos(c.x1) - cell / 2} y={posY(c.x2) - cell / 2} width={cell + 0.5} height={cell + 0.5} fill={colour(c.out)} />
        ))}
        {ticks.map((t) => (
          <g key={t} className="tick">
            <text x={pos(t)} y={PAD + SIZE + 14} textAnchor="middle">{fmt(t)}</text>
            <text x={PAD - 6} y={posY(t)} dy="0.35em" textAnchor="end">{fmt(t)}</text>
          </g>
        ))}
        <text className="axis-label" x={PAD + SIZE / 2} y={PAD - 10} textAnchor="middle">input 1 → (across), input 2 ↑ (up)</text>
        <circle cx={pos(state.x1)} cy={posY(state.x2)} r={cell * 0.7} className="probe" />
        <defs>
          <linearGradient id="heat-legend">
            <stop offset="0%" stopColor={LOW} />
            <stop offset="100%" stopColor={HIGH} />
          </linearGradient>
        </defs>
        <rect x={PAD} y={PAD + SIZE + 24} width={SIZE} height={12} fill="url(#heat-legend)" className="legend-bar" />
        {legend.ticks(4).map((t) => (
          <text key={t} x={legend(t)} y={PAD + SIZE + 52} textAnchor="middle" className="small">{fmt(t)}</text>
        ))}
      </svg>
      <p className="result">
        At the ring the output is <strong>{fmt(output)}</strong>. Colour key: output from {fmt(lo)} (light) to {fmt(hi)} (dark), {AXIS.length} × {AXIS.length} squares.
      </p>
      <StepList steps={steps} label="The output at the ring, step by step" />
    </div>
  );
}
