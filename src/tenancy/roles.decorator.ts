import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiForbiddenResponse } from '@nestjs/swagger';
import type { Role } from './role.js';

export const REQUIRED_ROLE = 'pavilion:requiredRole';

/** The least role a route needs; roles are ordered staff < manager < admin. */
export const Roles = (role: Role): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(REQUIRED_ROLE, role),
    ApiForbiddenResponse({ description: `Requires the ${role} role or higher` }),
  );
