import type { Request } from 'express';
import { codecConfig } from '../../config/codec.config';

/** A request to the codec endpoint from a browser origin listed in TEMPORAL_CODEC_CORS_ORIGINS (the Temporal Web UI). */
export function isCodecCorsRequest(request: Request): boolean {
  const origin = request.headers.origin;
  return request.path.startsWith('/temporal/codec/') && origin !== undefined && codecConfig().corsOrigins.includes(origin);
}
