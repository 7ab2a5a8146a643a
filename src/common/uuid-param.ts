import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { ValidationProblem } from './problem.js';

/**
 * A path parameter that is a UUID: validated (anything else is a 400 naming the parameter, not a
 * database error) and documented as `format: uuid`, from this one declaration.
 */
export const UuidParam =
  (name: string): ParameterDecorator =>
  (target, key, index) => {
    const pipe = new ParseUUIDPipe({ exceptionFactory: () => new ValidationProblem([{ field: name, message: `${name} must be a UUID` }]) });
    Param(name, pipe)(target, key, index);
    if (key !== undefined) ApiParam({ name, type: String, format: 'uuid' })(target, key, Object.getOwnPropertyDescriptor(target, key)!);
  };
