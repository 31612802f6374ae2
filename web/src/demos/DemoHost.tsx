import { Suspense, useEffect, useMemo, useRef, useState } from "react";
import { DEMOS, urlKey } from "./registry";
import { decodeState, encodeState, withParam, type DemoState } from "./state";

interface Props {
  id: string;
  props: Record<string, unknown>;
  /** 1 for the first demo with this id on the page, 2 for the second... */
  occurrence: number;
}

const URL_WRITE_DELAY_MS = 150;

function readUrlState(key: string, initial: DemoState, normalise: (p: Record<string, unknown>) => DemoState): DemoState {
  const text = new URLSearchParams(window.location.search).get(key);
  if (text === null) return initial;
  return normalise({ ...initial, ...decodeState(text, initial) });
}

/** Frames a registered demo: title, Reset, and its state mirrored into the URL. */
export function DemoHost({ id, props, occurrence }: Props) {
  const spec = DEMOS[id];
  const key = urlKey(id, occurrence);
  const initial = useMemo(() => spec?.normalise(props) ?? {}, [spec, props]);
  const [state, setState] = useState<DemoState>(() => (spec ? readUrlState(key, initial, spec.normalise) : {}));
  const timer = useRef<number | undefined>(undefined);
  const touched = useRef(false);
  // Reset also starts the view afresh, so what it keeps inside (a drawing, a training run) goes too
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!touched.current) return;
    window.clearTimeout(timer.current);
    // Write the URL a moment after the last change: cheap while a slider is being dragged.
    timer.current = window.setTimeout(() => {
      const same = encodeState(state) === encodeState(initial);
      const search = withParam(window.location.search, key, same ? null : encodeState(state));
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      window.history.replaceState(window.history.state, "", url);
    }, URL_WRITE_DELAY_MS);
    return () => window.clearTimeout(timer.current);
  }, [state, initial, key]);

  if (!spec) {
    return (
      <div className="demo demo-missing" role="note">
        This lesson asks for a demo called “{id}”, which this version of the app does not have.
      </div>
    );
  }
  const { View } = spec;
  const change = (next: DemoState) => {
    touched.current = true;
    setState(next);
  };
  const headingId = `demo-${key}`;
  return (
    <section className="demo" aria-labelledby={headingId} data-demo={id}>
      <header className="demo-head">
        <h3 id={headingId}>
          <span className="demo-badge">Try it</span> {spec.title}
        </h3>
        <button type="button" className="button secondary" onClick={() => {
            change(initial);
            setGeneration((g) => g + 1);
          }}>
          Reset
        </button>
      </header>
      <Suspense fallback={<p className="muted">Loading the demo…</p>}>
        <View key={generation} state={state} setState={change} />
      </Suspense>
      <p className="demo-foot">Every number here is worked out live in your browser, with the same steps as the lesson.</p>
    </section>
  );
}
