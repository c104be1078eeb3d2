import type { WorldContext } from '../core/context';

/** Placeholder until the CodeDeploy model lands (issue 3). */
export class CodeDeployService {
  constructor(protected readonly ctx: WorldContext) {}
  snapshot(): unknown {
    return {};
  }
}
