import { Agency } from '../agencies/agency.entity.js';
import { User } from '../users/user.entity.js';

/** Every entity, listed once for the app and the migration CLI. */
export const entities = [Agency, User];
