/**
 * Which kind of share link a URL fragment is, if any. Kept apart from codec.ts so that the Workshop page
 * can tell whether it was opened from a link without loading the codec and the schemas (issue 18).
 */
export type ShareKind = 'plan' | 'scenario';

/** `#plan=…` → 'plan', `#scenario=…` → 'scenario'; undefined when the fragment is not a share link at all. */
export function shareKindOf(fragment: string): ShareKind | undefined {
  const m = /^#?(plan|scenario)=/.exec(fragment);
  return m ? (m[1] as ShareKind) : undefined;
}
