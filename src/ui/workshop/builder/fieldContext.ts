/**
 * How the builder's fields find their element id and their validation message: ScenarioBuilder provides
 * it, every Field reads it, so a problem's field key (problemWording.ts) names one control in the page
 * that the report can focus and that carries the message as its accessible description.
 */
import { getContext, setContext } from 'svelte';

export interface BuilderFields {
  /** The element id of the control a field key names. */
  id(field: string): string;
  /** The message shown beside that control after Validate, if it has a problem. */
  error(field: string): string | undefined;
}

/** What a Field hands its control: the id the report focuses and the links to the field's messages. */
export interface ControlAttributes {
  id: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
}

const KEY = Symbol('builder-fields');

export const provideBuilderFields = (fields: BuilderFields): BuilderFields => setContext(KEY, fields);

/** The builder's fields; outside a builder (a component test), ids from the key alone and no messages. */
export const builderFields = (): BuilderFields =>
  getContext<BuilderFields | undefined>(KEY) ?? { id: (field) => `builder-${field}`, error: () => undefined };
