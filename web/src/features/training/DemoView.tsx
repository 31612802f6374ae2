import type { DemoViewProps } from "../../demos/registry";
import type { TrainingDemoState } from "./demo";
import { TrainingPanel } from "./TrainingPanel";

export default function TrainingDemo({ state }: DemoViewProps<TrainingDemoState>) {
  return <TrainingPanel key={state.preset} preset={state.preset} />;
}
