import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppException } from '../../common/app-exception';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { clearSessionCookies, REFRESH_COOKIE, readCookie, setSessionCookies } from '../../common/auth/session-cookie';
import { sessionConfig } from '../../common/auth/session-config';
import { ErrorCode } from '../../domain/error-code';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import type { TokenDto } from './dto/token.dto';
import { WebSessionDto } from './dto/web-session.dto';
import { RetryLaterException } from './retry-later.exception';

const withoutTokens = ({ accessToken: _a, refreshToken: _r, ...session }: TokenDto): WebSessionDto => session;

/** The web app's session: the same logins and sessions as /auth, carried in HttpOnly, SameSite=Strict cookies. */
@ApiTags('auth')
@Controller('auth/web')
export class WebSessionController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in for the web app: the session goes into HttpOnly cookies, never into the page' })
  @ApiOkResponse({ type: WebSessionDto })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED or ACCOUNT_LOCKED, with Retry-After in seconds' })
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<WebSessionDto> {
    try {
      const tokens = await this.auth.login(body.username, body.password, request.ip ?? request.socket.remoteAddress ?? 'unknown');
      setSessionCookies(request, response, tokens, sessionConfig().refreshTokenTtlSeconds);
      return withoutTokens(tokens);
    } catch (error) {
      if (error instanceof RetryLaterException) response.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Renew the web session from its refresh cookie (the access token lives 15 minutes)' })
  @ApiOkResponse({ type: WebSessionDto })
  @ApiBadRequestResponse({ description: 'No refresh cookie' })
  @ApiUnauthorizedResponse({ description: 'An unknown, expired or already used refresh cookie: log in again' })
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<WebSessionDto> {
    const refreshToken = readCookie(request, REFRESH_COOKIE);
    // Like POST /auth/refresh without its body: the request lacks its input (a spent or unknown cookie is a 401).
    if (!refreshToken) throw new AppException(ErrorCode.VALIDATION_FAILED, 'No refresh cookie: log in at POST /auth/web/login');
    try {
      const tokens = await this.auth.refresh(refreshToken);
      setSessionCookies(request, response, tokens, sessionConfig().refreshTokenTtlSeconds);
      return withoutTokens(tokens);
    } catch (error) {
      clearSessionCookies(request, response);
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(204)
  @Auth.evenBeforePasswordChange()
  @ApiOperation({ summary: 'End the web session: the server session is revoked and both cookies are cleared' })
  @ApiNoContentResponse({ description: 'Session ended' })
  async logout(@CurrentUser() user: AuthUser, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(user);
    clearSessionCookies(request, response);
  }
}
