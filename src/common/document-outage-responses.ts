import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ResponseObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ErrorCode } from '../domain/error-code';

const ERROR_BODY = 'ErrorBody';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** The error body every route answers with (AllExceptionsFilter), as a reusable schema. */
const ERROR_BODY_SCHEMA = {
  type: 'object',
  required: ['statusCode', 'code', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    code: { type: 'string', enum: Object.values(ErrorCode), description: 'Stable, for programs; labels in GET /labels (errorCodes)' },
    message: { type: 'string', description: 'In the caller’s language (Accept-Language; Vietnamese by default, English on `en`)' },
    reason: { type: 'string', description: 'When `message` is the code’s general Vietnamese text: the specific explanation, in English' },
    details: {
      type: 'array',
      description: 'Validation failures only: one entry per failing field and rule',
      items: {
        type: 'object',
        required: ['field', 'code', 'message'],
        properties: {
          field: { type: 'string', example: 'summary' },
          code: { type: 'string', example: 'isNotEmpty', description: 'The rule broken (class-validator constraint name)' },
          message: { type: 'string', example: 'summary không được để trống' },
        },
      },
    },
  },
  example: {
    statusCode: 400,
    code: 'VALIDATION_FAILED',
    message: 'Dữ liệu gửi lên không hợp lệ: summary không được để trống',
    details: [{ field: 'summary', code: 'isNotEmpty', message: 'summary không được để trống' }],
  },
};

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  '400': 'VALIDATION_FAILED or INVALID_OUTCOME: the request is malformed; `details` names each failing field',
  '401': 'UNAUTHENTICATED: missing, expired or invalid token',
  '403': 'FORBIDDEN, TASK_NOT_YOURS or PASSWORD_CHANGE_REQUIRED: the caller may not do this',
  '404': 'NOT_FOUND: no such resource (or not visible to the caller)',
  '409':
    'A state conflict: TASK_NOT_OPEN, TASK_ALREADY_CLAIMED, EXTENSION_NOT_ALLOWED, CALENDAR_INCOMPLETE, CONFLICT…; IDEMPOTENCY_IN_PROGRESS when the first request with the same Idempotency-Key is still running',
  '413': 'PAYLOAD_TOO_LARGE: the request body is larger than the route accepts',
  '422': 'IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used before with a different request',
  '429': 'RATE_LIMITED or ACCOUNT_LOCKED: too many requests or failed logins; retry later',
  '500': 'INTERNAL: an unexpected error, logged without personal data',
  '503': 'PostgreSQL or Temporal could not be reached: nothing was changed; try again',
  '504':
    'OUTCOME_UNKNOWN: sent to the workflow engine but not answered in time, or a later step failed; it may have been applied, and retrying the same request is safe',
};

const ACCEPT_LANGUAGE = {
  name: 'Accept-Language',
  in: 'header' as const,
  required: false,
  description: 'Language of error messages: Vietnamese by default, English for `en`',
  schema: { type: 'string', example: 'vi' },
};

/** Which errors a route can answer, from what it is: any route, a protected one, one that changes state, and so on. */
function errorStatuses(method: string, path: string, operation: OperationObject): string[] {
  const changes = method !== 'get';
  const secured = (operation.security?.length ?? 0) > 0;
  const statuses = ['400', '413', '429', '500', '503'];
  if (secured) statuses.push('401', '403');
  if (changes || path.includes('{')) statuses.push('404');
  if (changes) statuses.push('409', '504');
  if (method === 'post' && !path.startsWith('/auth/')) statuses.push('422');
  return statuses;
}

/**
 * One pass over the generated document that makes it a contract: every operation declares each error status it can
 * return, with the shared error schema. It runs after all routes are registered, so routes added later are covered.
 */
export function documentErrorResponses(document: OpenAPIObject): void {
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas[ERROR_BODY] = ERROR_BODY_SCHEMA as never;
  for (const [path, item] of Object.entries(document.paths))
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      operation.responses ??= {};
      for (const status of errorStatuses(method, path, operation)) {
        const existing = operation.responses[status] as ResponseObject | undefined;
        // A route that answers this status with a body of its own (GET /health's 503) keeps it.
        operation.responses[status] = {
          description: existing?.description ?? DESCRIPTIONS[status],
          content: existing?.content ?? { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_BODY}` } } },
        };
      }
      // Errors a route's own decorators declared get the same body schema.
      for (const [status, response] of Object.entries(operation.responses))
        if (/^[45]\d\d$/.test(status) && !(response as ResponseObject).content)
          (response as ResponseObject).content = { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_BODY}` } } };
      const created = operation.responses['201'] as ResponseObject | undefined;
      if (method === 'post' && !path.startsWith('/auth/') && created && !operation.responses['200'])
        operation.responses['200'] = {
          description: 'A replay: the same request sent again with the same Idempotency-Key gets the first answer, as 200',
          content: created.content,
        };
      operation.parameters ??= [];
      if (!operation.parameters.some((p) => 'name' in p && p.name.toLowerCase() === 'accept-language')) operation.parameters.push(ACCEPT_LANGUAGE);
    }
}
