import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AppException } from '../../common/app-exception';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { ErrorCode } from '../../domain/error-code';
import { CODEC_READER_ROLES } from './codec-reader-roles';
import { CodecService } from './codec.service';
import type { RemotePayload } from './remote-payload';

/**
 * Temporal's remote codec protocol (`POST {endpoint}/decode`, `/encode`) for the Temporal Web UI and the `temporal`
 * CLI (`--codec-endpoint …/temporal/codec --codec-auth "Bearer <token>"`). Not part of the app's REST contract, so it
 * is left out of the OpenAPI document; docs/security.md "The codec endpoint" is its reference.
 */
@ApiExcludeController()
@Controller('temporal/codec')
export class CodecController {
  constructor(private readonly codec: CodecService) {}

  @Post('decode')
  @HttpCode(200)
  @Auth(...CODEC_READER_ROLES)
  decode(
    @CurrentUser() user: AuthUser,
    @Headers('x-namespace') namespace: string | undefined,
    @Body() body: unknown,
  ): Promise<{ payloads: RemotePayload[] }> {
    return this.codec.decode(user, namespace, body);
  }

  /**
   * Sealing is refused to everyone: a payload sealed here could be sent to a workflow as though the API had sent it
   * (docs/security.md "Every sealed message is bound to its use"). The Web UI then cannot start or signal workflows,
   * which it must not do anyway: every change goes through the API.
   */
  @Post('encode')
  @HttpCode(200)
  @Auth()
  encode(): never {
    throw new AppException(ErrorCode.FORBIDDEN, 'Payloads are sealed by the API and the worker only; the codec endpoint only decodes');
  }
}
