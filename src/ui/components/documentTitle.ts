// Specific document titles (WCAG 2.4.2): the most specific part first, then the area, then the app, so a
// tab strip or a screen reader's window list tells two notes or two drills apart.

const APP_NAME = 'Canary Lab';

/** "Aliases and weighted routing · Learn · Canary Lab"; empty parts are left out. */
export function documentTitle(...parts: (string | undefined)[]): string {
  return [...parts.map((part) => part?.trim()).filter((part): part is string => !!part), APP_NAME].join(' · ');
}
