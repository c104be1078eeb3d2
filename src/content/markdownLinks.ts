// Where each link scheme of the notes' markdown conventions (/work/briefs/ids.md) leads in the app.
// Kept apart from the renderer so that the search results and the notes use the same addresses.

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The page of a note, optionally at one of its headings. */
export function noteHref(noteId: string, headingSlug?: string): string {
  return `/learn/${encodeURIComponent(noteId)}${headingSlug ? `#${encodeURIComponent(headingSlug)}` : ''}`;
}

/** "Try it": the guided scenario player (story, prediction, watched run, fix), never an unguided sandbox. */
export function scenarioHref(scenarioId: string): string {
  return `/scenarios/${encodeURIComponent(scenarioId)}`;
}

/** A practice question; the Practice page reads ?question=. */
export function questionHref(questionId: string): string {
  return `/practice?question=${encodeURIComponent(questionId)}`;
}

/** The glossary page, scrolled to one term. */
export function glossaryHref(termId: string): string {
  return `/learn/glossary#${glossaryAnchor(termId)}`;
}

export function glossaryAnchor(termId: string): string {
  return `term-${termId}`;
}

export type ResolvedLink =
  | { kind: 'note' | 'scenario' | 'question' | 'internal' | 'web'; href: string }
  | { kind: 'glossary'; termId: string }
  /** An unknown scheme or a malformed target: the text is kept, the link is dropped. */
  | { kind: 'none' };

/**
 * Turns a markdown link target into an app address. Only the four note schemes, http(s) URLs,
 * same-page anchors and absolute in-app paths are links; anything else (javascript:, data:,
 * protocol-relative //host, vbscript:, a typo'd scheme) loses its link and keeps its text.
 */
export function resolveLink(rawHref: string): ResolvedLink {
  const href = rawHref.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):(.*)$/i.exec(href);
  if (scheme) {
    // Both groups are required by the pattern; split always returns at least one part.
    const name = scheme[1]!.toLowerCase();
    const rest = scheme[2]!;
    const [target = '', anchor] = rest.split('#');
    switch (name) {
      case 'note':
        if (!ID.test(target) || (anchor !== undefined && !ID.test(anchor))) return { kind: 'none' };
        return { kind: 'note', href: noteHref(target, anchor) };
      case 'scenario':
        return ID.test(rest) ? { kind: 'scenario', href: scenarioHref(rest) } : { kind: 'none' };
      case 'glossary':
        return ID.test(rest) ? { kind: 'glossary', termId: rest } : { kind: 'none' };
      case 'question':
        return ID.test(rest) ? { kind: 'question', href: questionHref(rest) } : { kind: 'none' };
      case 'http':
      case 'https':
        return isWebUrl(href) ? { kind: 'web', href } : { kind: 'none' };
      default:
        return { kind: 'none' };
    }
  }
  if (href.startsWith('#') && href.length > 1) return { kind: 'internal', href };
  if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/\\')) return { kind: 'internal', href };
  return { kind: 'none' };
}

function isWebUrl(href: string): boolean {
  try {
    const url = new URL(href);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
