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
