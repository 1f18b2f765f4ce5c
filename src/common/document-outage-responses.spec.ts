import type { OpenAPIObject } from '@nestjs/swagger';
import { documentErrorResponses } from './document-outage-responses';

const ERROR_REF = { $ref: '#/components/schemas/ErrorBody' };

function document(): OpenAPIObject {
  return {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/labels': { get: { responses: { '200': { description: 'ok' } } } },
      '/tasks/{id}/complete': {
        post: { security: [{ bearer: [] }], responses: { '200': { description: 'ok' }, '409': { description: 'Already closed' } } },
      },
      '/tips': { post: { security: [{ bearer: [] }], responses: { '201': { description: 'created', content: { 'application/json': {} } } } } },
      '/health': { get: { responses: { '503': { description: 'down', content: { 'application/json': { schema: { type: 'object' } } } } } } },
    },
  } as unknown as OpenAPIObject;
}

describe('documentErrorResponses', () => {
  const doc = document();
  documentErrorResponses(doc);
  const statuses = (path: string, method: string) => Object.keys((doc.paths[path] as any)[method].responses).sort();

  it('declares on a public read only what any route can answer', () => {
    expect(statuses('/labels', 'get')).toEqual(['200', '400', '413', '429', '500', '503']);
  });

  it('declares on a protected change the auth, not-found, conflict, idempotency and timeout errors too', () => {
    expect(statuses('/tasks/{id}/complete', 'post')).toEqual(['200', '400', '401', '403', '404', '409', '413', '422', '429', '500', '503', '504']);
  });

  it('puts the error schema on every error, keeps a description the route gave and a body of its own', () => {
    const complete = (doc.paths['/tasks/{id}/complete'] as any).post.responses;
    expect(complete['409']).toEqual({ description: 'Already closed', content: { 'application/json': { schema: ERROR_REF } } });
    expect(complete['401'].content['application/json'].schema).toEqual(ERROR_REF);
    expect((doc.paths['/health'] as any).get.responses['503'].content['application/json'].schema).toEqual({ type: 'object' });
    expect((doc.components!.schemas as any).ErrorBody.required).toEqual(['statusCode', 'code', 'message']);
  });

  it('declares the 200 of a replayed POST that answers 201, and documents Accept-Language', () => {
    expect(statuses('/tips', 'post')).toContain('200');
    expect((doc.paths['/tips'] as any).post.parameters).toContainEqual(expect.objectContaining({ name: 'Accept-Language', in: 'header' }));
  });
});
