import { registerAs } from '@nestjs/config';
import { loadEnv } from './env.js';

export const httpConfig = registerAs('http', () => {
  const env = loadEnv();
  return {
    host: env.HOST,
    port: env.PORT,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    trustProxy: env.TRUST_PROXY,
    corsOrigins: env.CORS_ORIGINS === '*' ? true : env.CORS_ORIGINS.split(',').filter(Boolean),
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT,
    production: env.NODE_ENV === 'production',
  };
});

export const databaseConfig = registerAs('database', () => {
  const env = loadEnv();
  return { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE };
});

export const redisConfig = registerAs('redis', () => {
  const env = loadEnv();
  return { url: env.REDIS_URL, prefix: env.REDIS_PREFIX };
});

export const authConfig = registerAs('auth', () => {
  const env = loadEnv();
  return {
    jwtSecret: env.JWT_SECRET,
    jwtExpiresInSeconds: env.JWT_EXPIRES_IN_SECONDS,
    refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
    refreshTokenGraceSeconds: env.REFRESH_TOKEN_GRACE_SECONDS,
    login: {
      maxFailuresPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
      lockoutSeconds: env.LOGIN_LOCKOUT_SECONDS,
    },
  };
});

export const rateLimitConfig = registerAs('rateLimit', () => {
  const env = loadEnv();
  return {
    windowMs: env.RATE_LIMIT_WINDOW_SECONDS * 1000,
    perApiKey: env.RATE_LIMIT_PER_API_KEY,
    perUser: env.RATE_LIMIT_PER_USER,
    perAddress: env.RATE_LIMIT_PER_ADDRESS,
  };
});

export const workerConfig = registerAs('worker', () => {
  const env = loadEnv();
  return {
    concurrency: env.WORKER_CONCURRENCY,
    lockDurationMs: env.JOB_LOCK_DURATION_MS,
    sweepIntervalMs: env.OUTCOME_SWEEP_INTERVAL_MS,
  };
});

export const changesConfig = registerAs('changes', () => {
  const env = loadEnv();
  return { retentionDays: env.CHANGE_RETENTION_DAYS };
});

export const importsConfig = registerAs('imports', () => {
  const env = loadEnv();
  return {
    dir: env.IMPORTS_DIR,
    maxBytes: env.IMPORT_MAX_BYTES,
    batchRows: env.IMPORT_BATCH_ROWS,
    limits: {
      zipEntries: env.IMPORT_MAX_ZIP_ENTRIES,
      uncompressedBytes: env.IMPORT_MAX_UNCOMPRESSED_BYTES,
      partBytes: env.IMPORT_MAX_PART_BYTES,
      sharedStrings: env.IMPORT_MAX_SHARED_STRINGS,
      rows: env.IMPORT_MAX_ROWS,
      columns: env.IMPORT_MAX_COLUMNS,
      cells: env.IMPORT_MAX_CELLS,
      recordBytes: env.IMPORT_MAX_RECORD_BYTES,
      memoryBytes: env.IMPORT_READER_MEMORY_MB * 1024 * 1024,
    },
  };
});

export const evidenceConfig = registerAs('evidence', () => {
  const env = loadEnv();
  return { dir: env.EVIDENCE_DIR, maxBytes: env.EVIDENCE_MAX_BYTES };
});

export const webhooksConfig = registerAs('webhooks', () => {
  const env = loadEnv();
  return {
    secretKey: Buffer.from(env.WEBHOOK_SECRET_KEY, 'base64'),
    allowedHosts: env.WEBHOOK_ALLOWED_HOSTS.split(',').filter(Boolean).map((host) => host.toLowerCase()),
    /** Plain http is refused outside development and tests (allow-listed hosts excepted). */
    httpsOnly: env.NODE_ENV === 'production',
    retryWindowMs: env.WEBHOOK_RETRY_WINDOW_HOURS * 3600 * 1000,
    retryBaseDelayMs: env.WEBHOOK_RETRY_BASE_DELAY_MS,
    retryMaxDelayMs: env.WEBHOOK_RETRY_MAX_DELAY_MS,
    timeoutMs: env.WEBHOOK_TIMEOUT_MS,
    secretOverlapMs: env.WEBHOOK_SECRET_OVERLAP_HOURS * 3600 * 1000,
    logRetentionDays: env.WEBHOOK_LOG_RETENTION_DAYS,
  };
});

export const mailConfig = registerAs('mail', () => {
  const env = loadEnv();
  return { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, timeoutMs: env.SMTP_TIMEOUT_MS, publicUrl: env.PUBLIC_URL, orphanAfterMs: env.MAIL_ORPHAN_AFTER_MS };
});

export const accountsConfig = registerAs('accounts', () => {
  const env = loadEnv();
  return {
    invitationTtlHours: env.INVITATION_TTL_HOURS,
    passwordReset: {
      ttlMinutes: env.PASSWORD_RESET_TTL_MINUTES,
      maxPerEmail: env.PASSWORD_RESET_MAX_PER_EMAIL,
      maxPerAddress: env.PASSWORD_RESET_MAX_PER_ADDRESS,
      windowMs: env.PASSWORD_RESET_WINDOW_SECONDS * 1000,
    },
  };
});

export const followupsConfig = registerAs('followups', () => {
  const env = loadEnv();
  return {
    linkKey: Buffer.from(env.FOLLOWUP_LINK_SECRET_KEY, 'base64'),
    linkTtlMs: env.FOLLOWUP_LINK_TTL_DAYS * 24 * 3600 * 1000,
    reminderIntervalDays: env.FOLLOWUP_REMINDER_INTERVAL_DAYS,
    maxReminders: env.FOLLOWUP_MAX_REMINDERS,
    lateInviteDays: env.FOLLOWUP_LATE_INVITE_DAYS,
    linkRateLimit: env.FOLLOWUP_LINK_RATE_LIMIT,
    rateWindowMs: env.RATE_LIMIT_WINDOW_SECONDS * 1000,
    publicBaseUrl: env.PUBLIC_URL,
  };
});

export const allConfigs = [mailConfig, accountsConfig, httpConfig, databaseConfig, redisConfig, authConfig, rateLimitConfig, workerConfig, changesConfig, importsConfig, evidenceConfig, webhooksConfig, followupsConfig];
