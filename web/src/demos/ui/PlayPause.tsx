/** One button that reads Play or Pause: the animated demos (descent, epochs, the rate race) share it. */
export function PlayPause({ running, end, onChange }: { running: boolean; end: boolean; onChange: (playing: boolean) => void }) {
  return running ? (
    <button type="button" className="button" onClick={() => onChange(false)}>
      Pause
    </button>
  ) : (
    <button type="button" className="button" disabled={end} onClick={() => onChange(true)}>
      Play
    </button>
  );
}
