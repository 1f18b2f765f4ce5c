import type { OpenAPIObject } from '@nestjs/swagger';
import { IDEMPOTENCY_KEY_RULE } from './idempotency-key-rule';

const DESCRIPTION =
  'Makes a retry safe: the same key with the same request returns the first answer (200, header `Idempotent-Replayed: true`); ' +
  'with a different request, 422 IDEMPOTENCY_KEY_REUSED. A twin sent while the first is still running waits for its answer, ' +
  `or gets 409 IDEMPOTENCY_IN_PROGRESS if it does not come in time. Keys belong to the caller; ${IDEMPOTENCY_KEY_RULE.text}.`;

/** Every authenticated POST honours Idempotency-Key (IdempotencyInterceptor): the document says so on each one. */
export function documentIdempotencyKey(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    const post = item.post;
    if (!post || path.startsWith('/auth/')) continue;
    post.parameters ??= [];
    const has = post.parameters.some((p) => 'name' in p && p.name.toLowerCase() === 'idempotency-key');
    if (!has)
      post.parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description: DESCRIPTION,
        schema: {
          type: 'string',
          minLength: IDEMPOTENCY_KEY_RULE.minLength,
          maxLength: IDEMPOTENCY_KEY_RULE.maxLength,
          pattern: IDEMPOTENCY_KEY_RULE.pattern,
        },
      });
    post.responses['422'] ??= { description: 'Idempotency-Key reused with a different request' };
  }
}
