// Reads one content/diagrams/<id>.yaml file: YAML checked against diagramSchema, the id taken from
// the file name (the name a note's ```diagram block uses). Throws ContentError naming file and field.
import { parse as parseYaml } from 'yaml';
import { ContentError } from './contentError';
import { diagramSchema, type Diagram } from './diagramSchema';

const DIAGRAM_PATH = /\/content\/diagrams\/([a-z0-9]+(?:-[a-z0-9]+)*)\.ya?ml$/;

export function parseDiagramFile(path: string, raw: string): Diagram {
  const place = DIAGRAM_PATH.exec(path);
  if (!place) throw new ContentError(`${path}: diagram files must be named content/diagrams/<kebab-id>.yaml`);
  let data: unknown;
  try {
    data = parseYaml(raw);
  } catch (error) {
    throw new ContentError(`${path}: not valid YAML: ${(error as Error).message}`);
  }
  const result = diagramSchema.safeParse(data);
  if (!result.success) {
    throw new ContentError(
      result.error.issues
        .map((issue) => `${path}: invalid field "${issue.path.join('.') || '(root)'}": ${issue.message}`)
        .join('\n'),
    );
  }
  return { ...result.data, id: place[1]! }; // DIAGRAM_PATH's id group is not optional
}
