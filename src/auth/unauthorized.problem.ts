import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../common/problem.js';

export class UnauthorizedProblem extends ProblemException {
  constructor(detail: string) {
    super({
      status: HttpStatus.UNAUTHORIZED,
      type: 'unauthorized',
      title: 'Unauthorized',
      detail,
      headers: { 'www-authenticate': 'Bearer realm="pavilion"' },
    });
  }
}
