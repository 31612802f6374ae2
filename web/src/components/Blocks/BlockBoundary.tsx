import { Component, type ReactNode } from "react";

interface State {
  failed: boolean;
}

/** One broken block (a demo given odd props, say) must not take the whole lesson down. */
export class BlockBoundary extends Component<{ kind: string; children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <p className="callout error" role="alert">
          This part of the lesson (a {this.props.kind} block) could not be shown. The rest of the page still works; reloading may help.
        </p>
      );
    }
    return this.props.children;
  }
}
