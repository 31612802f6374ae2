import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { withItem } from "../state";
import { Slider } from "../ui/Slider";
import { NAMES, PUSH, RATE, compute, type GearsState } from "./logic";

export default function ChainGears({ state, setState }: DemoViewProps<GearsState>) {
  const { steps, total, moved, sentence } = compute(state);
  const boxes = state.links + 1;
  const W = 90 * boxes;
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="number of links" min={1} max={3} step={1} value={state.links} onChange={(links) => setState({ ...state, links })} />
        {Array.from({ length: state.links }, (_, i) => (
          <Slider key={i} name={`rate ${NAMES[i]} to ${NAMES[i + 1]}`} {...RATE} value={state.rates[i]!} onChange={(v) => setState({ ...state, rates: withItem(state.rates, i, v) })} />
        ))}
        <Slider name="push A by" {...PUSH} value={state.push} onChange={(push) => setState({ ...state, push })} />
      </div>
      <p className="result" aria-live="polite">
        Rate from A to {NAMES[state.links]}: <strong>{fmt(total)}</strong>. {sentence}
      </p>
      <svg viewBox={`0 0 ${W} 120`} role="img" style={{ width: "100%", maxWidth: `${W * 1.4}px` }} aria-label={`${sentence} Each box shows how far it moves.`}>
        {Array.from({ length: boxes }, (_, i) => (
          <g key={i}>
            <rect x={i * 90 + 10} y={30} width={60} height={50} rx={8} fill="#e5eef9" stroke="#1d4e89" />
            <text x={i * 90 + 40} y={52} textAnchor="middle" fontSize="14" fontWeight="bold">{NAMES[i]}</text>
            <text x={i * 90 + 40} y={70} textAnchor="middle" fontSize="11">moves {fmt(moved[i]!)}</text>
            {i < state.links && (
              <>
                <line x1={i * 90 + 70} y1={55} x2={i * 90 + 100} y2={55} stroke="#555" markerEnd="url(#chain-arrow)" />
                <text x={i * 90 + 85} y={22} textAnchor="middle" fontSize="11">× {fmt(state.rates[i]!)}</text>
              </>
            )}
          </g>
        ))}
        <defs>
          <marker id="chain-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" fill="#555" />
          </marker>
        </defs>
      </svg>
      <StepList steps={steps} label="The chain rule, step by step" />
    </div>
  );
}
