import { describe, expect, it } from 'vitest';
import { glossary, notes, getNote, notesBySection } from '../../../src/content/notes';
import { REQUIRED_NOTE_IDS, SCENARIO_IDS } from '../../../src/content/notesIds';
import { extractLinks, findLinkProblems } from '../../../src/content/notesLinks';
import { isAwsDocUrl } from '../../../src/content/notesSchema';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html

/** The lines of each `> [!PRECISELY]` callout (a run of `>` lines). */
function precisionCallouts(body: string): string[] {
  const blocks: string[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('> [!PRECISELY]')) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.startsWith('>')) j++;
    blocks.push(lines.slice(i, j).join('\n'));
    i = j;
  }
  return blocks;
}

// These tests run over the real files in content/: the loader has already validated every
// frontmatter block on import, so a bad note fails here with its file and field.
describe('the Learn notes in content/', () => {
  it('loads at least 20 notes, sorted by section and order', () => {
    expect(notes.length).toBeGreaterThanOrEqual(20);
    const keys = notes.map((n) => n.sectionOrder * 100 + n.order);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(notesBySection().flatMap((s) => s.notes)).toEqual(notes);
  });

  it.each(REQUIRED_NOTE_IDS)('has the fixed note id "%s" that the question bank links to', (id) => {
    expect(getNote(id)?.id).toBe(id);
  });

  it('uses unique ids', () => {
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
  });

  it('resolves every note, glossary and scenario link and every related/glossary field', () => {
    expect(findLinkProblems(notes, glossary)).toEqual([]);
  });

  it('links at least one shared scenario from every note, in frontmatter and body', () => {
    for (const note of notes) {
      expect(note.scenarios.length, note.path).toBeGreaterThan(0);
      const linked = extractLinks(note.body).filter((l) => l.kind === 'scenario');
      expect(linked.length, note.path).toBeGreaterThan(0);
      for (const l of linked) expect(SCENARIO_IDS, note.path).toContain(l.target);
      for (const s of note.scenarios) expect(SCENARIO_IDS, note.path).toContain(s);
    }
  });

  it('lists in frontmatter exactly the glossary terms and scenarios the body links (for the renderer)', () => {
    const ids = (note: (typeof notes)[number], kind: string) =>
      [
        ...new Set(
          extractLinks(note.body)
            .filter((l) => l.kind === kind)
            .map((l) => l.target),
        ),
      ].sort();
    for (const note of notes) {
      expect([...(note.glossary ?? [])].sort(), note.path).toEqual(ids(note, 'glossary'));
      expect([...note.scenarios].sort(), note.path).toEqual(ids(note, 'scenario'));
    }
  });

  it('cites only AWS documentation domains, in sources and in the text', () => {
    for (const note of notes) {
      for (const url of note.sources) expect(isAwsDocUrl(url), `${note.path}: ${url}`).toBe(true);
      for (const l of extractLinks(note.body).filter((x) => x.kind === 'web')) {
        expect(isAwsDocUrl(l.target), `${note.path}: ${l.target}`).toBe(true);
      }
    }
  });

  it('cites at least one AWS doc inline in every note', () => {
    for (const note of notes) {
      expect(
        extractLinks(note.body).some((l) => l.kind === 'web'),
        note.path,
      ).toBe(true);
    }
  });

  it('keeps every note between 300 and 900 words (one idea per note)', () => {
    for (const note of notes) {
      expect(note.wordCount, note.path).toBeGreaterThanOrEqual(300);
      expect(note.wordCount, note.path).toBeLessThanOrEqual(900);
    }
  });

  it('uses only the known callout kinds', () => {
    for (const note of notes) {
      for (const m of note.body.matchAll(/^> \[!([A-Z]+)\]/gm)) {
        expect(['PRECISELY', 'TRAP', 'TIP', 'NOTE'], note.path).toContain(m[1]);
      }
    }
  });

  it('backs every [!PRECISELY] callout with an AWS doc link inside the callout', () => {
    for (const note of notes) {
      for (const block of precisionCallouts(note.body)) {
        expect(/\(https:\/\/[^)]+\)/.test(block), `${note.path}: ${block.slice(0, 80)}`).toBe(true);
      }
    }
  });

  it('writes schedule blocks only for the nine predefined names or a valid custom spec', () => {
    const predefined =
      /^CodeDeployDefault\.Lambda(AllAtOnce|Canary10Percent(5|10|15|30)Minutes|Linear10PercentEvery(1Minute|2Minutes|3Minutes|10Minutes))$/;
    const custom = /^TimeBased(Canary|Linear) ([1-9]|[1-9][0-9]) [1-9][0-9]*$/;
    for (const note of notes) {
      for (const m of note.body.matchAll(/```schedule\n([^\n]*)\n```/g)) {
        expect(predefined.test(m[1]!) || custom.test(m[1]!), `${note.path}: ${m[1]}`).toBe(true);
      }
    }
  });
});

describe('the configurations note', () => {
  it('draws the exact schedule of all nine predefined Lambda configurations', () => {
    const body = getNote('codedeploy-lambda-configurations')?.body ?? '';
    const drawn = [...body.matchAll(/```schedule\n([^\n]*)\n```/g)].map((m) => m[1]);
    expect(new Set(drawn)).toEqual(
      new Set([
        'CodeDeployDefault.LambdaCanary10Percent5Minutes',
        'CodeDeployDefault.LambdaCanary10Percent10Minutes',
        'CodeDeployDefault.LambdaCanary10Percent15Minutes',
        'CodeDeployDefault.LambdaCanary10Percent30Minutes',
        'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
        'CodeDeployDefault.LambdaLinear10PercentEvery2Minutes',
        'CodeDeployDefault.LambdaLinear10PercentEvery3Minutes',
        'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes',
        'CodeDeployDefault.LambdaAllAtOnce',
      ]),
    );
  });
});

describe('the glossary in content/glossary.yaml', () => {
  it('has at least 30 terms with AWS doc links', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(30);
    for (const term of glossary) expect(isAwsDocUrl(term.docUrl), term.id).toBe(true);
  });
});
