import { SCENARIO_IDS } from './notesIds';
import { isAwsDocUrl } from './awsDocUrl';
import type { GlossaryTerm, Note } from './notesSchema';

export type LinkKind = 'note' | 'scenario' | 'glossary' | 'question' | 'web';

export interface NoteLink {
  kind: LinkKind;
  /** note/scenario/glossary/question id, or the URL for web links. */
  target: string;
  /** Heading slug after '#', for note links. */
  anchor?: string;
}

const LINK = /\[[^\]]*\]\(([a-z]+):([^)\s]+)\)/g;
const WEB_URL = /https?:\/\/[^\s)>\]"'`]+/g;

/** GitHub-style heading slug; the Learn renderer should use the same function for anchors. */
export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}

export function headingSlugs(body: string): Set<string> {
  const slugs = new Set<string>();
  for (const line of body.split('\n')) {
    const m = /^#{1,6}\s+(.+?)\s*$/.exec(line);
    if (m) slugs.add(headingSlug(m[1]!)); // the heading text group is required
  }
  return slugs;
}

export function extractLinks(body: string): NoteLink[] {
  const links: NoteLink[] = [];
  for (const m of body.matchAll(LINK)) {
    const scheme = m[1];
    if (scheme === 'http' || scheme === 'https') continue;
    const [target = '', anchor] = m[2]!.split('#'); // LINK's target group is required
    links.push({ kind: scheme as LinkKind, target, ...(anchor ? { anchor } : {}) });
  }
  for (const m of body.matchAll(WEB_URL)) links.push({ kind: 'web', target: m[0].replace(/[.,;:]+$/, '') });
  return links;
}

const SCENARIOS = new Set<string>(SCENARIO_IDS);

/**
 * Every problem with a set of notes: duplicate ids, links to missing notes, headings, glossary
 * terms or scenarios, unknown link schemes, non-AWS web links, notes without a "Try it" link.
 * Question links are checked for shape only (the question bank is validated by its own loader).
 */
export function findLinkProblems(notes: Note[], glossary: GlossaryTerm[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Note>();
  for (const note of notes) {
    if (byId.has(note.id))
      problems.push(`${note.path}: duplicate note id "${note.id}" (also ${byId.get(note.id)?.path})`);
    byId.set(note.id, note);
  }
  const terms = new Set(glossary.map((t) => t.id));
  for (const note of notes) {
    let scenarioLinks = 0;
    for (const link of extractLinks(note.body)) {
      const where = `${note.path}: link ${link.kind}:${link.target}${link.anchor ? `#${link.anchor}` : ''}`;
      switch (link.kind) {
        case 'note': {
          const target = byId.get(link.target);
          if (!target) problems.push(`${where} points to no note`);
          else if (link.anchor && !headingSlugs(target.body).has(link.anchor))
            problems.push(`${where} points to no heading`);
          break;
        }
        case 'scenario':
          scenarioLinks++;
          if (!SCENARIOS.has(link.target)) problems.push(`${where} is not a shared scenario id`);
          break;
        case 'glossary':
          if (!terms.has(link.target)) problems.push(`${where} is not in content/glossary.yaml`);
          break;
        case 'question':
          if (!/^[a-z0-9-]+$/.test(link.target)) problems.push(`${where} is not a question id`);
          break;
        case 'web':
          if (!isAwsDocUrl(link.target)) problems.push(`${where} is not on an AWS documentation domain`);
          break;
        default:
          problems.push(`${where} uses an unknown link scheme`);
      }
    }
    if (scenarioLinks === 0) problems.push(`${note.path}: links no scenario (add a [Try it](scenario:…) link)`);
    for (const id of note.related ?? [])
      if (!byId.has(id)) problems.push(`${note.path}: invalid field "related": no note "${id}"`);
    for (const id of note.glossary ?? [])
      if (!terms.has(id)) problems.push(`${note.path}: invalid field "glossary": no term "${id}"`);
  }
  return problems;
}
