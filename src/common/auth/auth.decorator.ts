import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Role } from '../../domain/role';
import { JwtAuthGuard } from './jwt-auth.guard';
import { ROLES_METADATA } from './roles.metadata';

/** The one auth decorator on every protected route: a valid token, and one of these roles when any are given. */
export function Auth(...roles: Role[]) {
  return applyDecorators(
    SetMetadata(ROLES_METADATA, roles),
    UseGuards(JwtAuthGuard),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing or invalid token' }),
    ApiForbiddenResponse({ description: roles.length ? `Needs one of: ${roles.join(', ')}` : 'Not allowed' }),
  );
}
