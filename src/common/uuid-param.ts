import { ParseUUIDPipe } from '@nestjs/common';
import { ValidationProblem } from './problem.js';

/** A path id that is not a UUID is a 400 naming the parameter, not a database error. */
export const uuidParam = (name: string): ParseUUIDPipe =>
  new ParseUUIDPipe({
    exceptionFactory: () => new ValidationProblem([{ field: name, message: `${name} must be a UUID` }]),
  });
