import { parseDocument, type Tags, type YAMLMap, type YAMLSeq } from 'yaml';
import { SamDeployError, templateFormatError } from './errors';

/**
 * CloudFormation's short-form intrinsic tags and the long form each becomes. YAML templates may
 * write `!Ref X` or `{ Ref: X }`; after parsing both are the long form, so the rest of the engine
 * sees only JSON-shaped data.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
const SHORT_FORMS: Record<string, string> = {
  Ref: 'Ref',
  Condition: 'Condition',
  GetAtt: 'Fn::GetAtt',
  Sub: 'Fn::Sub',
  If: 'Fn::If',
  Equals: 'Fn::Equals',
  Not: 'Fn::Not',
  And: 'Fn::And',
  Or: 'Fn::Or',
  Join: 'Fn::Join',
  Select: 'Fn::Select',
  Split: 'Fn::Split',
  FindInMap: 'Fn::FindInMap',
  Base64: 'Fn::Base64',
  GetAZs: 'Fn::GetAZs',
  ImportValue: 'Fn::ImportValue',
};

function intrinsicTags(): Tags {
  const tags: Tags = [];
  for (const [short, long] of Object.entries(SHORT_FORMS)) {
    // `!GetAtt Res.Attr` is the scalar form of `Fn::GetAtt: [Res, Attr]`: split at the first dot.
    const scalar = (s: string): unknown => {
      if (long !== 'Fn::GetAtt') return { [long]: s };
      const dot = s.indexOf('.');
      return { [long]: dot < 0 ? [s] : [s.slice(0, dot), s.slice(dot + 1)] };
    };
    tags.push({ tag: `!${short}`, resolve: scalar });
    tags.push({ tag: `!${short}`, collection: 'seq', resolve: (seq) => ({ [long]: (seq as YAMLSeq).toJSON() }) });
    tags.push({ tag: `!${short}`, collection: 'map', resolve: (map) => ({ [long]: (map as YAMLMap).toJSON() }) });
  }
  return tags;
}

const CUSTOM_TAGS = intrinsicTags();

export type TemplateDocument = Record<string, unknown>;

/**
 * Parses a template written in YAML or JSON (JSON is YAML). Syntax errors, unknown tags and
 * duplicate keys are reported with their line and column, as `sam validate` and CloudFormation do.
 */
export function parseTemplate(text: string): TemplateDocument {
  if (typeof text !== 'string' || text.trim() === '') throw templateFormatError('the template is empty.');
  const doc = parseDocument(text, { customTags: CUSTOM_TAGS, prettyErrors: true, uniqueKeys: true });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const pos = problem.linePos?.[0];
    const first = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
    throw new SamDeployError('yaml', `Failed to parse template: ${first}${where}`, {
      line: pos?.line,
      column: pos?.col,
    });
  }
  const value = aliasesExpanded(doc);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw templateFormatError('the template must be a map with a Resources section.');
  return value as TemplateDocument;
}

/**
 * YAML anchors and aliases are expanded here, and only here. An alias to an anchor that is not set
 * yet, or more expansions than a real template needs (a "billion laughs" alias bomb), is a parse
 * error, worded like the other parse errors, never a JavaScript exception.
 */
const MAX_ALIAS_COUNT = 100;

function aliasesExpanded(doc: ReturnType<typeof parseDocument>): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof SamDeployError) throw e;
    const reason = e instanceof Error ? e.message.split('\n')[0]! : 'the document could not be read';
    throw new SamDeployError(
      'yaml',
      /resource exhaustion/i.test(reason)
        ? `Failed to parse template: the template uses YAML aliases more than ${MAX_ALIAS_COUNT} times (an alias that expands to more and more copies).`
        : `Failed to parse template: ${reason}`,
    );
  }
}
