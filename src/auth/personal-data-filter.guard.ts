import { type CanActivate, type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { ProblemException } from '../common/problem.js';
import { personalDataFilters } from '../tenancy/personal-data-filter.decorator.js';
import { canReadPersonalData, type Principal } from '../tenancy/principal.js';

/**
 * Refuses, with a 403 naming each field, a request that uses a personal-data filter without the right
 * to read personal data. The handler's parameter types tell which query DTO it takes, so a new list
 * route is covered as soon as its DTO marks the field.
 */
@Injectable()
export class PersonalDataFilterGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<{ user?: Principal; query?: Record<string, unknown> }>();
    if (!request.user || canReadPersonalData(request.user)) return true;
    const controller = context.getClass().prototype as object;
    const types = (Reflect.getMetadata('design:paramtypes', controller, context.getHandler().name) as unknown[] | undefined) ?? [];
    const query = request.query ?? {};
    const used = types.flatMap(personalDataFilters).filter((field) => query[field] !== undefined);
    if (used.length === 0) return true;
    throw new ProblemException({
      status: HttpStatus.FORBIDDEN,
      type: 'personal-data-filter',
      title: 'Forbidden',
      detail: `Filtering on ${used.join(', ')} needs the right to read personal data (the buyers:pii scope)`,
      errors: used.map((field) => ({ field, message: `${field} is personal data: filtering on it needs the buyers:pii scope` })),
    });
  }
}
