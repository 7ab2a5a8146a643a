import { ConfigError, loadEnv } from './env.js';

describe('loadEnv', () => {
  it('has defaults that work on a developer machine', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/pavilion',
      REDIS_URL: 'redis://127.0.0.1:6379',
      JWT_EXPIRES_IN_SECONDS: 3600,
    });
    expect(env.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(Buffer.from(env.WEBHOOK_SECRET_KEY, 'base64')).toHaveLength(32);
    expect(env).toMatchObject({ WEBHOOK_ALLOWED_HOSTS: '', WEBHOOK_RETRY_WINDOW_HOURS: 72, WEBHOOK_TIMEOUT_MS: 10_000 });
  });

  it('takes a REDIS_PREFIX with one Redis Cluster hash tag, and refuses braces that are not one', () => {
    expect(loadEnv({ REDIS_PREFIX: '{pavilion}' }).REDIS_PREFIX).toBe('{pavilion}');
    expect(loadEnv({ REDIS_PREFIX: 'prod:{pavilion}' }).REDIS_PREFIX).toBe('prod:{pavilion}');
    for (const bad of ['{pavilion', 'pavilion}', '{}', '{a}{b}', '{a b}', `{${'p'.repeat(63)}}`]) {
      expect(() => loadEnv({ REDIS_PREFIX: bad })).toThrow(ConfigError);
    }
  });

  it('reads and converts the values it is given', () => {
    const env = loadEnv({ PORT: '8080', TRUST_PROXY: 'true', CORS_ORIGINS: 'https://a.example,https://b.example' });
    expect(env.PORT).toBe(8080);
    expect(env.TRUST_PROXY).toBe(true);
    expect(env.CORS_ORIGINS).toBe('https://a.example,https://b.example');
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/pavilion'],
    ['REDIS_URL', 'localhost:6379'],
    ['JWT_SECRET', 'too-short'],
    ['JWT_EXPIRES_IN_SECONDS', '5'],
    ['CORS_ORIGINS', 'not a url'],
    ['LOG_LEVEL', 'loud'],
    ['TRUST_PROXY', 'maybe'],
    ['NODE_ENV', 'staging'],
    ['REFRESH_TOKEN_TTL_SECONDS', '10'],
    ['REFRESH_TOKEN_GRACE_SECONDS', '-1'],
    ['QUEUE_BOARD_READ_ONLY', 'perhaps'],
    ['QUEUE_BOARD_USERNAME', 'operator'],
    ['QUEUE_BOARD_PASSWORD', 'a-password-without-a-user'],
    ['WEBHOOK_SECRET_KEY', 'not-32-bytes-of-base64'],
    ['SMTP_URL', 'mail.example.com:587'],
    ['MAIL_FROM', 'Pavilion'],
    ['PUBLIC_URL', 'https://pavilion.example/'],
    ['PASSWORD_RESET_TTL_MINUTES', '0'],
    ['WEBHOOK_ALLOWED_HOSTS', '127.0.0.1, localhost'],
    ['WEBHOOK_RETRY_WINDOW_HOURS', '0'],
    ['WEBHOOK_TIMEOUT_MS', '600000'],
  ])('rejects %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadEnv({ [name]: value })).toThrow(ConfigError);
    expect(() => loadEnv({ [name]: value })).toThrow(new RegExp(name));
  });

  it('takes the queue board credential as a pair, with a password of 16 characters or more', () => {
    expect(loadEnv({}).QUEUE_BOARD_READ_ONLY).toBe(true);
    expect(() => loadEnv({ QUEUE_BOARD_USERNAME: 'operator', QUEUE_BOARD_PASSWORD: 'short' })).toThrow(/QUEUE_BOARD_PASSWORD/);
    expect(loadEnv({ QUEUE_BOARD_USERNAME: 'operator', QUEUE_BOARD_PASSWORD: 'long-enough-password' })).toMatchObject({ QUEUE_BOARD_USERNAME: 'operator' });
  });

  it('requires JWT_SECRET in production and names every problem at once', () => {
    try {
      loadEnv({ NODE_ENV: 'production', PORT: 'x' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('JWT_SECRET is required when NODE_ENV=production');
      expect(problems).toContain('WEBHOOK_SECRET_KEY is required when NODE_ENV=production');
      expect(problems).toContain('SMTP_URL is required when NODE_ENV=production');
      expect(problems).toContain('PUBLIC_URL is required when NODE_ENV=production');
      expect(problems).toContain('PORT');
    }
  });
});
