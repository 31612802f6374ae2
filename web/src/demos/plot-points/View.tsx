import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { ArrowGrid } from "../vector-arrows/Grid";
import { Slider } from "../ui/Slider";
import { R, guides, steps, type PointState } from "./logic";

export default function PlotPoints({ state, setState }: DemoViewProps<PointState>) {
  const [along, up] = guides(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="x" label="x: how far along" {...R} value={state.x} onChange={(x) => setState({ ...state, x })} />
        <Slider name="y" label="y: how far up" {...R} value={state.y} onChange={(y) => setState({ ...state, y })} />
      </div>
      <p className="result" aria-live="polite">
        The point <strong>({fmt(state.x)}, {fmt(state.y)})</strong>
      </p>
      <ArrowGrid
        description={`A graph with a dot at x ${fmt(state.x)}, y ${fmt(state.y)}. Dashed lines show the way there: along the x-axis first, then up.`}
        reach={R.max}
        shapes={[
          { id: "along", points: along!, tone: "guide", arrow: true },
          { id: "up", points: up!, tone: "guide", arrow: true },
        ]}
        dots={[{ x: state.x, y: state.y, tone: "main" }]}
      />
      <StepList steps={steps(state)} label="How to find the spot" />
    </div>
  );
}
