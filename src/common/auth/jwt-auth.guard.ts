import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { ErrorCode } from '../../domain/error-code';
import { Role } from '../../domain/role';
import { AppException } from '../app-exception';
import { AuthUser } from './auth-user';
import { ROLES_METADATA } from './roles.metadata';

@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new AppException(ErrorCode.UNAUTHENTICATED, 'Missing bearer token (POST /auth/login)');
    try {
      request.user = await this.jwt.verifyAsync<AuthUser>(token);
    } catch {
      throw new AppException(ErrorCode.UNAUTHENTICATED, 'Invalid or expired token');
    }
    const roles = this.reflector.get<Role[]>(ROLES_METADATA, context.getHandler()) ?? [];
    if (roles.length > 0 && !roles.some((r) => request.user!.roles.includes(r)))
      throw new AppException(ErrorCode.FORBIDDEN, `This action needs one of the roles: ${roles.join(', ')}`);
    return true;
  }
}
