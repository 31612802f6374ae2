/**
 * Prose comes from Markdown, whose first line may be the lesson's own `# Title`. The page
 * already shows the title as its one h1, so drop a leading h1 that repeats it and turn any
 * other h1 into h2, keeping a single h1 per page for screen readers.
 */
export function fitHeadings(html: string, title: string): string {
  const lead = /^\s*<h1[^>]*>([\s\S]*?)<\/h1>\s*/i.exec(html);
  let out = html;
  if (lead && textOf(lead[1] ?? "") === title.trim()) out = html.slice(lead[0].length);
  return out.replace(/<h1(\s[^>]*)?>/gi, "<h2$1>").replace(/<\/h1>/gi, "</h2>");
}

function textOf(fragment: string): string {
  return fragment.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
}
