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
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { RefreshDto } from './dto/refresh.dto';
import { TokenDto } from './dto/token.dto';
import { RetryLaterException } from './retry-later.exception';

/** The socket's address; behind a reverse proxy, Express's `trust proxy` decides whether X-Forwarded-For counts. */
const clientAddress = (request: Request) => request.ip ?? request.socket.remoteAddress ?? 'unknown';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in: a short-lived access token and a rotating refresh token' })
  @ApiOkResponse({ type: TokenDto })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password (the same answer for an unknown or inactive account)' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED or ACCOUNT_LOCKED, with Retry-After in seconds' })
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<TokenDto> {
    return withRetryAfter(response, () => this.auth.login(body.username, body.password, clientAddress(request)));
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Spend a refresh token for a new access and refresh token; a reused one ends the session' })
  @ApiOkResponse({ type: TokenDto })
  @ApiUnauthorizedResponse({ description: 'Unknown, expired or already used refresh token' })
  refresh(@Body() body: RefreshDto): Promise<TokenDto> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @Auth.evenBeforePasswordChange()
  @ApiOperation({ summary: 'End this session: its access and refresh tokens stop working at once' })
  @ApiNoContentResponse({ description: 'Session ended' })
  logout(@CurrentUser() user: AuthUser): Promise<void> {
    return this.auth.logout(user);
  }

  @Post('change-password')
  @HttpCode(204)
  @Auth.evenBeforePasswordChange()
  @ApiOperation({ summary: 'Change my password (required after an administrator reset); ends my other sessions' })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiBadRequestResponse({ description: 'Wrong current password, or the new one breaks the policy (≥ 12 characters, not the username)' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong current passwords: ACCOUNT_LOCKED or RATE_LIMITED, with Retry-After' })
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Body() body: ChangePasswordDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await withRetryAfter(response, () => this.auth.changePassword(user, body.currentPassword, body.newPassword, clientAddress(request)));
  }
}

async function withRetryAfter<T>(response: Response, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof RetryLaterException) response.setHeader('Retry-After', String(error.retryAfterSeconds));
    throw error;
  }
}
