import { isSeq, parseDocument, YAMLMap, YAMLSeq, type Document } from 'yaml';
import type { Fix, TaggedValue } from './model';

/**
 * Applies a finding's fix to the template text with the yaml library's document model, so the
 * team's comments, key order and short-form tags survive; only the edited nodes change. A JSON
 * template gets long-form intrinsics ({ "Ref": … }) and stays JSON.
 */
export function applyFix(text: string, fix: Fix): string {
  const json = text.trimStart().startsWith('{');
  const doc = parseDocument(text, { uniqueKeys: false });
  for (const op of fix.operations) {
    const value = op.op === 'delete' ? undefined : toNode(doc, op.value, json);
    if (op.op === 'delete') doc.deleteIn(op.path);
    else if (op.op === 'set') doc.setIn(op.path, value);
    else {
      const list = doc.getIn(op.path, true);
      if (isSeq(list)) list.add(value);
      else doc.setIn(op.path, doc.createNode([op.value === undefined ? null : value]));
    }
  }
  if (json) return JSON.stringify(doc.toJS(), null, 2) + '\n';
  return doc.toString({ lineWidth: 0 });
}

const isTagged = (v: unknown): v is TaggedValue =>
  typeof v === 'object' && v !== null && 'tag' in v && 'value' in v && Object.keys(v).length === 2;

const LONG_FORM: Record<TaggedValue['tag'], (v: string) => unknown> = {
  '!Ref': (v) => ({ Ref: v }),
  '!Sub': (v) => ({ 'Fn::Sub': v }),
  '!GetAtt': (v) => ({ 'Fn::GetAtt': v.split('.', 2) }),
};

function toNode(doc: Document, value: unknown, json: boolean): unknown {
  if (isTagged(value)) {
    if (json) return doc.createNode(LONG_FORM[value.tag](value.value));
    const node = doc.createNode(value.value);
    node.tag = value.tag;
    return node;
  }
  if (Array.isArray(value)) {
    const seq = new YAMLSeq(doc.schema);
    for (const item of value) seq.add(toNode(doc, item, json));
    return seq;
  }
  if (typeof value === 'object' && value !== null) {
    const map = new YAMLMap(doc.schema);
    for (const [k, v] of Object.entries(value)) map.set(k, toNode(doc, v, json));
    return map;
  }
  return doc.createNode(value);
}
