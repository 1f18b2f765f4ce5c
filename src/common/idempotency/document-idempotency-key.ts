import type { OpenAPIObject } from '@nestjs/swagger';

const DESCRIPTION =
  'Makes a retry safe: the same key with the same request returns the first answer (200); with a different request, ' +
  '422 IDEMPOTENCY_KEY_REUSED. Keys belong to the caller; 1 to 200 visible ASCII characters.';

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
        schema: { type: 'string', maxLength: 200 },
      });
    post.responses['422'] ??= { description: 'Idempotency-Key reused with a different request' };
  }
}
