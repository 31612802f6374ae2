import { scaleLinear } from "d3-scale";
import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { withItem } from "../state";
import { Slider } from "../ui/Slider";
import { WEIGHT, compute, nameInputs, type ImportanceState } from "./logic";

const W = 420;
const BAR_H = 30;
const LEFT = 78;

export default function WeightImportance({ state, setState }: DemoViewProps<ImportanceState>) {
  const { steps, sum, shares, biggest } = compute(state);
  const x = scaleLinear().domain([0, 1]).range([LEFT, W - 64]);
  const height = shares.length * (BAR_H + 12) + 8;
  return (
    <div className="demo-body">
      <div className="controls">
        {state.weights.map((w, i) => (
          <Slider key={i} name={`weight ${i + 1}`} label={`weight ${i + 1} (input ${i + 1} is ${fmt(state.inputs[i] ?? 0)})`} {...WEIGHT} value={w} onChange={(v) => setState({ ...state, weights: withItem(state.weights, i, v) })} />
        ))}
      </div>
      <svg className="bars" viewBox={`0 0 ${W} ${height}`} role="img" aria-label={shares.map((s, i) => `input ${i + 1}: ${fmt(s.percent, 1)} percent`).join("; ")}>
        {shares.map((s, i) => {
          const y = 8 + i * (BAR_H + 12);
          return (
            <g key={i}>
              <text x={LEFT - 8} y={y + BAR_H / 2} dy="0.35em" textAnchor="end">input {i + 1}</text>
              <rect x={LEFT} y={y} width={x(1) - LEFT} height={BAR_H} className="bar-track" rx={4} />
              <rect x={LEFT} y={y} width={Math.max(0, x(s.share) - LEFT)} height={BAR_H} rx={4} className={s.negative ? "bar negative" : "bar"} />
              <text x={x(1) + 6} y={y + BAR_H / 2} dy="0.35em" className={biggest.includes(i) ? "strong" : ""}>{fmt(s.percent, 1)} %</text>
            </g>
          );
        })}
      </svg>
      <p className="legend-text">
        <span className="swatch" /> pushes the sum up <span className="swatch negative" /> pulls it down. Weighted sum: <strong>{fmt(sum)}</strong>
        {biggest.length > 0 && <> — {nameInputs(biggest)} {biggest.length > 1 ? "matter" : "matters"} most right now.</>}
      </p>
      <StepList steps={steps} label="The weighted sum, step by step" />
    </div>
  );
}
