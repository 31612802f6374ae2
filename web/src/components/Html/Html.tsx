import { useEffect, useRef } from "react";

interface Props {
  html: string;
  className?: string;
  as?: "div" | "span";
}

/**
 * HTML written by the server from the course's Markdown (trusted: it is our own content),
 * with `<span class="math inline">` and `<div class="math block">` typeset by KaTeX.
 */
export function Html({ html, className, as = "div" }: Props) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || !el.querySelector(".math")) return;
    let live = true;
    import("./katex")
      .then((m) => {
        if (live && ref.current) m.renderMath(ref.current);
      })
      .catch(() => {
        // Without KaTeX the TeX source stays readable as plain text.
      });
    return () => {
      live = false;
    };
  }, [html]);
  const Tag = as;
  return <Tag ref={ref as never} className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
