import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { languageOf } from './language';

/** The caller's language from Accept-Language (Vietnamese by default), as the web client sends it for its screen. */
export const CallerLanguage = createParamDecorator((_: unknown, context: ExecutionContext) =>
  languageOf(context.switchToHttp().getRequest<Request>().headers['accept-language']),
);
