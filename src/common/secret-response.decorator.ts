import { SetMetadata } from '@nestjs/common';

export const SECRET_RESPONSE = 'pavilion:secret-response';

/**
 * The route's response carries a secret (an API key's secret, an access or refresh token) that must
 * exist in that one response only. The idempotency interceptor never stores such a response: it
 * records the key alone, and a replay answers 409 and creates nothing.
 */
export const SecretResponse = (): MethodDecorator => SetMetadata(SECRET_RESPONSE, true);
