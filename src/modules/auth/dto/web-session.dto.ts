import { OmitType } from '@nestjs/swagger';
import { TokenDto } from './token.dto';

/** What the browser learns at sign-in: the tokens stay in HttpOnly cookies, out of reach of page scripts. */
export class WebSessionDto extends OmitType(TokenDto, ['accessToken', 'refreshToken'] as const) {}
