import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import type { ApiKeyScope as Scope } from './scopes.js';

export const API_KEY_SCOPE = 'pavilion:apiKeyScope';

/**
 * Opens a read route to partner API keys holding `scope`. Secure by default: a route without it
 * refuses every API key with 403, whatever its roles.
 */
export const ApiKeyScope = (scope: Scope): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(API_KEY_SCOPE, scope), ApiSecurity('apiKey', [scope]));
