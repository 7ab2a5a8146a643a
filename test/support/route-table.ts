import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DECORATORS } from '@nestjs/swagger';
import type { ApiKeyScope } from '../../src/tenancy/scopes.js';
import { API_KEY_SCOPE } from '../../src/tenancy/api-key-scope.decorator.js';
import { IS_PUBLIC } from '../../src/tenancy/public.decorator.js';
import { REQUIRED_ROLE } from '../../src/tenancy/roles.decorator.js';
import { SECRET_RESPONSE } from '../../src/common/secret-response.decorator.js';
import type { Role } from '../../src/tenancy/role.js';

/** One operation of the running app, with the access metadata its handler and controller declare. */
export interface AppRoute {
  /** `GET /v1/fairs/{id}`, as in /docs-json. */
  route: string;
  method: string;
  path: string;
  isPublic: boolean;
  role: Role | undefined;
  scope: ApiKeyScope | undefined;
  /** Marked @SecretResponse(): the idempotency interceptor never stores its answer. */
  secretResponse: boolean;
}

interface OpenApi {
  paths: Record<string, Record<string, { operationId: string }>>;
}

/**
 * The app's own route table: every operation /docs-json documents, joined (by the operationId each
 * handler declares with @ApiOperation) with the metadata Nest reads for it, so expectations follow the
 * declarations.
 */
export async function appRoutes(app: NestFastifyApplication): Promise<AppRoute[]> {
  const doc = (await app.inject({ method: 'GET', url: '/docs-json' })).json<OpenApi>();
  const handlers = new Map<string, { handler: object; controller: object }>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as { name: string; prototype: Record<string, unknown> } | null;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const operationId = (Reflect.getMetadata(DECORATORS.API_OPERATION, handler) as { operationId?: string } | undefined)?.operationId;
        if (operationId !== undefined) handlers.set(operationId, { handler, controller });
      }
    }
  }
  const read = <T>(key: string, target: { handler: object; controller: object }): T | undefined =>
    (Reflect.getMetadata(key, target.handler) ?? Reflect.getMetadata(key, target.controller)) as T | undefined;
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const target = handlers.get(operation.operationId);
      if (!target) throw new Error(`no handler for ${operation.operationId}`);
      return {
        route: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        isPublic: read<boolean>(IS_PUBLIC, target) === true,
        role: read<Role>(REQUIRED_ROLE, target),
        scope: read<ApiKeyScope>(API_KEY_SCOPE, target),
        secretResponse: read<boolean>(SECRET_RESPONSE, target) === true,
      };
    }),
  );
}
