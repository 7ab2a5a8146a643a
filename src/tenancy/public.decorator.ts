import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'pavilion:isPublic';

/** The explicit exception to the global rule that every route needs a valid token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
