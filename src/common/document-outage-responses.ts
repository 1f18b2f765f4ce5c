import type { OpenAPIObject } from '@nestjs/swagger';

/** What every route may answer when a dependency is down or slow (see the README's errors table). */
export function documentOutageResponses(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths))
    for (const [method, operation] of Object.entries(item) as [string, { responses?: Record<string, unknown> }][]) {
      if (!operation?.responses || !['get', 'post', 'put'].includes(method)) continue;
      operation.responses['503'] ??= { description: 'PostgreSQL or Temporal could not be reached: nothing was changed; try again' };
      if (method !== 'get')
        operation.responses['504'] ??= {
          description:
            'OUTCOME_UNKNOWN: sent to the workflow engine but not answered in time; it may have been applied, and retrying the same request is safe',
        };
    }
}
