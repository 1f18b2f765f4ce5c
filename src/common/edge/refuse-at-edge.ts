import type { Response } from 'express';

/** A refusal written before Nest's pipeline (plain middleware): the same body shape as the error filter's. */
export function refuseAtEdge(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ statusCode: status, code, message });
}
