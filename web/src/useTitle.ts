import { useEffect } from "react";

/** Set the browser tab's title while this page is shown. */
export function useTitle(title: string | null): void {
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
