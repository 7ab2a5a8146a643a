import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { HeaderAPIKeyStrategy } from 'passport-headerapikey';
import type { ApiKeyPrincipal } from '../tenancy/principal.js';
import { ApiKeysService } from './api-keys.service.js';

export const API_KEY_HEADER = 'X-API-Key';

/** Partners authenticate with `X-API-Key: <secret>`; returning null makes passport answer 401. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(HeaderAPIKeyStrategy, 'api-key') {
  constructor(private readonly keys: ApiKeysService) {
    super({ header: API_KEY_HEADER, prefix: '' }, false);
  }

  validate(secret: string): Promise<ApiKeyPrincipal | null> {
    return this.keys.authenticate(secret);
  }
}
