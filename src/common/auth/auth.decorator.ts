import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Role } from '../../domain/role';
import { JwtAuthGuard } from './jwt-auth.guard';
import { BEFORE_PASSWORD_CHANGE_METADATA, ROLES_METADATA } from './roles.metadata';

function authWith(beforePasswordChange: boolean, roles: Role[]) {
  return applyDecorators(
    SetMetadata(ROLES_METADATA, roles),
    SetMetadata(BEFORE_PASSWORD_CHANGE_METADATA, beforePasswordChange),
    UseGuards(JwtAuthGuard),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing or invalid token, or the session has ended' }),
    ApiForbiddenResponse({
      description: `${roles.length ? `Needs one of: ${roles.join(', ')}` : 'Not allowed'}${beforePasswordChange ? '' : '; PASSWORD_CHANGE_REQUIRED until a reset password is changed'}`,
    }),
  );
}

/** The one auth decorator on every protected route: a live session, and one of these roles when any are given. */
export function Auth(...roles: Role[]) {
  return authWith(false, roles);
}

/** The same, for the routes a user needs while their password must still be changed (change it, log out, /me). */
Auth.evenBeforePasswordChange = (...roles: Role[]) => authWith(true, roles);
