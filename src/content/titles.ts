/**
 * Titles, not ids: what a learner or an audience reads for a scenario, note, trap or topic, from the
 * build-time content index (no note or question text is loaded). Any page that would otherwise show
 * "alarm-wrong-dimension" or "codedeploy-configs" asks here.
 */
import type { IndexedNote, IndexedScenario } from './itemIndex';

// Only scenario and note titles (not the question index), so Home stays light.
const scenarioFiles = () =>
  import.meta.glob<IndexedScenario>('/content/scenarios/*.yaml', { query: '?index', import: 'default', eager: true });
const noteFiles = () =>
  import.meta.glob<IndexedNote>(['/content/**/*.md', '!/content/scenarios/**'], {
    query: '?index',
    import: 'default',
    eager: true,
  });

/** Question topics in words (the question bank's topics). */
export const TOPIC_TITLES: Record<string, string> = {
  'versions-aliases': 'Versions and aliases',
  'weighted-routing': 'Weighted alias routing',
  'codedeploy-configs': 'CodeDeploy configurations',
  'sam-cloudformation': 'SAM and CloudFormation',
  hooks: 'Lifecycle hooks',
  'alarms-rollback': 'Alarms and rollback',
  'provisioned-concurrency': 'Provisioned concurrency',
  metrics: 'Lambda metrics',
  'pipeline-design': 'Pipeline design',
  traps: 'Common traps',
  'codepipeline-actions': 'CodePipeline deploy actions',
  'api-gateway-canary': 'API Gateway canaries',
  'pc-auto-scaling': 'Provisioned concurrency auto scaling',
  'cfn-rollback': 'CloudFormation rollback',
  'deployment-events': 'Deployment events and notifications',
  'artifact-versions': 'Versions of related artifacts',
  'cdk-appconfig': 'CDK and AppConfig',
  'routing-beyond-aliases': 'Step Functions, ALB and function URLs',
};

export interface ContentTitles {
  scenario(id: string): string;
  note(id: string): string;
  /** A trap tag is a scenario id; its title is that scenario's. */
  trap(id: string): string;
  topic(id: string): string;
}

/** "hook-never-reports" → "Hook never reports": the last resort for an id with no title anywhere. */
export function sentenceFromId(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

let cached: ContentTitles | undefined;

export function contentTitles(): ContentTitles {
  if (cached) return cached;
  const scenarios = new Map(Object.values(scenarioFiles()).map((s) => [s.id, s.title]));
  const notes = new Map(Object.values(noteFiles()).map((n) => [n.id, n.title]));
  cached = {
    scenario: (id) => scenarios.get(id) ?? sentenceFromId(id),
    note: (id) => notes.get(id) ?? sentenceFromId(id),
    trap: (id) => scenarios.get(id) ?? sentenceFromId(id),
    topic: (id) => TOPIC_TITLES[id] ?? sentenceFromId(id),
  };
  return cached;
}
