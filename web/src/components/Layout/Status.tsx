/** What a page shows while loading, or when loading failed. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status">
      Loading {what}…
    </p>
  );
}

export function LoadError({ message }: { message: string }) {
  return (
    <div className="callout error" role="alert">
      <p>
        <strong>Something went wrong.</strong> {message}
      </p>
    </div>
  );
}

/** A whole page that is still loading or failed to load; null once its data is there. */
export function PendingPage({ state, what }: { state: { status: string; message?: string }; what: string }) {
  if (state.status === "loading") {
    return (
      <div className="wrap page">
        <Loading what={what} />
      </div>
    );
  }
  if (state.status === "error") {
    return (
      <div className="wrap page">
        <LoadError message={state.message ?? "The server did not answer."} />
      </div>
    );
  }
  return null;
}
