/**
 * A note cut into pages for a projector: one page per second-level section ("## …"), the text before
 * the first section (if any) as an opening page, the note's own "# title" dropped (the presenter shows
 * it as the step's heading). Fenced code is never cut, even when it contains a line starting "## ".
 */
export interface NotePage {
  /** The section's heading, or null for the opening page. */
  heading: string | null;
  markdown: string;
}

export function notePages(body: string): NotePage[] {
  const pages: NotePage[] = [];
  let current: NotePage = { heading: null, markdown: '' };
  let inFence = false;
  let titleDropped = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && !titleDropped && /^#\s/.test(line)) {
      titleDropped = true;
      continue;
    }
    if (!inFence && /^##\s/.test(line)) {
      if (current.markdown.trim() || current.heading !== null) pages.push(current);
      current = { heading: line.replace(/^##\s+/, '').trim(), markdown: `${line}\n` };
      continue;
    }
    current.markdown += `${line}\n`;
  }
  if (current.markdown.trim() || current.heading !== null) pages.push(current);
  return pages.map((p) => ({ ...p, markdown: p.markdown.trim() }));
}
