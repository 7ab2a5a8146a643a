import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

/** A configuration problem the process cannot start with; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const DEV_JWT_SECRET = 'pavilion-development-secret-not-for-production';
/** 32 bytes, base64: the development key webhook secrets are encrypted with. Never for production. */
const DEV_WEBHOOK_SECRET_KEY = 'cGF2aWxpb24tZGV2LXdlYmhvb2stc2VjcmV0LWtleSE=';
/** 32 bytes, base64: the development key self-report links are signed with. Never for production. */
const DEV_FOLLOWUP_LINK_SECRET_KEY = 'cGF2aWxpb24tZGV2LWZvbGxvdy11cC1saW5rLWtleSE=';
/** Exactly 32 bytes (AES-256) in standard base64. */
const BASE64_32_BYTES = /^[A-Za-z0-9+/]{43}=$/;

// Integer settings only (ports, sizes, counts, milliseconds): no amount of money is ever configured here.
const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number.parseInt(value, 10) : value;
const toBool = ({ value }: { value: unknown }): unknown =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

/**
 * The environment, as the process reads it. Every variable has a default that works on a developer
 * machine with local PostgreSQL and Redis, except JWT_SECRET in production.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsString()
  HOST = '0.0.0.0';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/pavilion';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  // One `{hash tag}` may wrap part of it: on Redis Cluster every key then hashes to one slot, as BullMQ needs.
  @Matches(/^(?=.{1,64}$)[A-Za-z0-9:_-]*(\{[A-Za-z0-9:_-]+\})?[A-Za-z0-9:_-]*$/, {
    message: 'REDIS_PREFIX must be 1-64 letters, digits, ":", "_" or "-", part of it optionally in one {hash tag}',
  })
  REDIS_PREFIX = 'pavilion';

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 3600)
  JWT_EXPIRES_IN_SECONDS = 3600;

  /** Lifetime of a refresh token (sliding: each refresh issues a new one for this long). */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(90 * 24 * 3600)
  REFRESH_TOKEN_TTL_SECONDS = 7 * 24 * 3600;

  /** How long a just-rotated refresh token is still honoured (lost responses, two tabs); 0 turns it off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(300)
  REFRESH_TOKEN_GRACE_SECONDS = 30;

  /** Prometheus's bearer token for GET /metrics (16+ characters); unset, only admins' access tokens read it. */
  @Matches(/^(|\S{16,})$/, { message: 'METRICS_TOKEN must be at least 16 characters without spaces' })
  METRICS_TOKEN = '';

  /** The operators' credential for the queue board (HTTP Basic); unset, the board is not mounted. */
  @IsString()
  QUEUE_BOARD_USERNAME = '';

  @IsString()
  QUEUE_BOARD_PASSWORD = '';

  /** The board only shows jobs unless this is false (then operators may retry, pause and remove). */
  @Transform(toBool)
  @IsIn([true, false], { message: 'QUEUE_BOARD_READ_ONLY must be true or false' })
  QUEUE_BOARD_READ_ONLY = true;

  @IsString()
  @Matches(/^(\*|(https?:\/\/[^\s,]+)(,https?:\/\/[^\s,]+)*)?$/, {
    message: 'CORS_ORIGINS must be empty, "*", or a comma-separated list of http(s) origins',
  })
  CORS_ORIGINS = '';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  @Transform(toBool)
  @IsIn([true, false], { message: 'TRUST_PROXY must be true or false' })
  TRUST_PROXY = false;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ADDRESS = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_LOCKOUT_SECONDS = 900;

  /** Rate limits: requests per window, counted per API key, per user, and per address when anonymous. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_WINDOW_SECONDS = 60;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_API_KEY = 600;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_USER = 3000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_ADDRESS = 300;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY = 4;

  /** How long a worker holds a job before BullMQ deems it stalled and hands it to another worker. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  JOB_LOCK_DURATION_MS = 30_000;

  @Transform(toInt)
  @IsInt()
  @Min(500)
  OUTCOME_SWEEP_INTERVAL_MS = 5000;

  /** Days the change feed keeps an event once every subscriber has passed it; then the hourly purge deletes it. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  CHANGE_RETENTION_DAYS = 7;

  /** Where uploaded spreadsheets wait for the worker: a directory both the API and the worker see. */
  @IsString()
  @MinLength(1)
  IMPORTS_DIR = 'var/imports';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100 * 1024 * 1024 * 1024)
  IMPORT_MAX_BYTES = 512 * 1024 * 1024;

  /** Where shipment evidence documents are kept (the API alone reads and writes them). */
  @IsString()
  @MinLength(1)
  EVIDENCE_DIR = 'var/evidence';

  /** Largest evidence document (a PDF or an image) a shipment may carry. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(1024 * 1024 * 1024)
  EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

  /** Rows per import transaction (and per checkpoint). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50_000)
  IMPORT_BATCH_ROWS = 1000;

  /**
   * What one spreadsheet may cost the worker, checked before any row is read (issue 11): a file over
   * a limit fails at once with a message naming it. See README, "Import limits".
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_MAX_ZIP_ENTRIES = 1000;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  IMPORT_MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024;

  /** Any XLSX part but a worksheet (shared strings, styles, workbook): these are read whole. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  IMPORT_MAX_PART_BYTES = 64 * 1024 * 1024;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_MAX_SHARED_STRINGS = 1_000_000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_MAX_ROWS = 1_000_000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(16_384)
  IMPORT_MAX_COLUMNS = 256;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_MAX_CELLS = 20_000_000;

  /** The longest CSV record (a line, or the lines of one quoted cell), in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  IMPORT_MAX_RECORD_BYTES = 1024 * 1024;

  /** How much the worker's resident memory may grow while it reads one file. */
  @Transform(toInt)
  @IsInt()
  @Min(16)
  IMPORT_READER_MEMORY_MB = 512;

  /**
   * Webhooks (src/webhooks): the key their signing secrets are encrypted with at rest (AES-256-GCM),
   * 32 random bytes in base64 (`openssl rand -base64 32`). Required in production.
   */
  @IsOptional()
  @Matches(BASE64_32_BYTES, { message: 'WEBHOOK_SECRET_KEY must be 32 bytes in base64 (openssl rand -base64 32)' })
  WEBHOOK_SECRET_KEY?: string;

  /**
   * Hosts (as written in endpoint URLs, comma-separated) exempt from the address rule: they may be
   * plain http and resolve to loopback or private addresses. Tests allow 127.0.0.1.
   */
  @Matches(/^([A-Za-z0-9.:_-]+(,[A-Za-z0-9.:_-]+)*)?$/, { message: 'WEBHOOK_ALLOWED_HOSTS must be a comma-separated list of host names or addresses' })
  WEBHOOK_ALLOWED_HOSTS = '';

  /** How long a failing delivery is retried; an endpoint failing for longer is disabled. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30 * 24)
  WEBHOOK_RETRY_WINDOW_HOURS = 72;

  /** The first retry waits up to this long; each further one up to twice as long (full jitter). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_BASE_DELAY_MS = 5000;

  /** No retry waits longer than this (nor a Retry-After). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_MAX_DELAY_MS = 6 * 3600 * 1000;

  /** One delivery attempt, connection to last byte. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /** After a secret rotation, deliveries carry signatures with the old and the new secret this long. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(30 * 24)
  WEBHOOK_SECRET_OVERLAP_HOURS = 24;

  /** Delivered deliveries (and their attempts) stay in the delivery log this long; failed and pending ones stay. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  WEBHOOK_LOG_RETENTION_DAYS = 30;

  /** Endpoints one worker process delivers to at once (each sends its own events one at a time). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(256)
  WEBHOOK_CONCURRENCY = 16;

  /**
   * Mail (src/mail): the SMTP server, `smtp://user:pass@host:587` (STARTTLS when offered) or
   * `smtps://…:465`; required in production. The default suits a local catcher such as Mailpit.
   */
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  /** The sender of every mail: an address, or `Name <address>`. */
  @Matches(/^([^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, { message: 'MAIL_FROM must be an email address or "Name <address>"' })
  MAIL_FROM = 'Pavilion <no-reply@pavilion.localhost>';

  /** Connection, greeting and each SMTP command, per attempt. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120_000)
  SMTP_TIMEOUT_MS = 10_000;

  /**
   * A pending mail this old has lost its job (Redis flushed or down when it was queued): the mail
   * sweep queues it again. Its own job is queued right after the commit, so this only bounds how long
   * a lost mail waits; the job id per mail makes an early re-queue harmless.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(24 * 3600 * 1000)
  MAIL_ORPHAN_AFTER_MS = 60_000;

  /** Where users reach the service (links in mails are built from it); required in production. */
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*[^\s?#/])?$/, { message: 'PUBLIC_URL must be an http(s) URL without a trailing slash, query or fragment' })
  PUBLIC_URL = 'http://localhost:3000';

  /** How long an invitation's link works. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30 * 24)
  INVITATION_TTL_HOURS = 7 * 24;

  /** How long a password reset link works. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(24 * 60)
  PASSWORD_RESET_TTL_MINUTES = 60;

  /** "Forgot password" requests per email address, and per client address, per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  PASSWORD_RESET_MAX_PER_EMAIL = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  PASSWORD_RESET_MAX_PER_ADDRESS = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  PASSWORD_RESET_WINDOW_SECONDS = 3600;

  /**
   * Follow-up rounds (src/followups): the key self-report links are signed with (HMAC-SHA256), 32
   * random bytes in base64. Required in production.
   */
  @IsOptional()
  @Matches(BASE64_32_BYTES, { message: 'FOLLOWUP_LINK_SECRET_KEY must be 32 bytes in base64 (openssl rand -base64 32)' })
  FOLLOWUP_LINK_SECRET_KEY?: string;

  /** A self-report link works this many days after it was issued (a round's opening, or a new link). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  FOLLOWUP_LINK_TTL_DAYS = 90;

  /** Days between a company's invitation (or last reminder) and its next reminder, until it answers. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  FOLLOWUP_REMINDER_INTERVAL_DAYS = 7;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(20)
  FOLLOWUP_MAX_REMINDERS = 3;

  /** A round that opens more than this many days after it was due (a fair entered late) sends no invitations. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3650)
  FOLLOWUP_LATE_INVITE_DAYS = 30;

  /** Requests one self-report link may make per RATE_LIMIT_WINDOW_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  FOLLOWUP_LINK_RATE_LIMIT = 30;

  /**
   * Tests only (refused in production): a file holding an ISO 8601 instant that the follow-up clock
   * reads as "now" (empty or missing: the real time). Lets a test move time for API and workers alike.
   */
  @IsOptional()
  @IsString()
  TEST_CLOCK_FILE?: string;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** `pretty` (pino-pretty, a dev dependency) is what `npm start` sets; JSON lines everywhere else. */
  @IsIn(['json', 'pretty'], { message: 'LOG_FORMAT must be json or pretty' })
  LOG_FORMAT: 'json' | 'pretty' = 'json';
}

export interface Env extends Omit<EnvironmentVariables, 'JWT_SECRET' | 'WEBHOOK_SECRET_KEY' | 'FOLLOWUP_LINK_SECRET_KEY'> {
  JWT_SECRET: string;
  WEBHOOK_SECRET_KEY: string;
  FOLLOWUP_LINK_SECRET_KEY: string;
}

/** Validates the raw environment; throws a ConfigError naming every bad variable. */
export function loadEnv(raw: NodeJS.ProcessEnv = process.env): Env {
  const known = Object.keys(new EnvironmentVariables());
  const present = Object.fromEntries(
    [...known, 'JWT_SECRET', 'WEBHOOK_SECRET_KEY', 'FOLLOWUP_LINK_SECRET_KEY', 'TEST_CLOCK_FILE'].filter((key) => raw[key] !== undefined && raw[key] !== '').map((key) => [key, raw[key]]),
  );
  const env = plainToInstance(EnvironmentVariables, present);
  const problems = validateSync(env, { skipMissingProperties: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message : `${error.property}: ${message}`,
    ),
  );
  if (env.JWT_SECRET === undefined && env.NODE_ENV === 'production') {
    problems.push('JWT_SECRET is required when NODE_ENV=production');
  }
  if (env.WEBHOOK_SECRET_KEY === undefined && env.NODE_ENV === 'production') {
    problems.push('WEBHOOK_SECRET_KEY is required when NODE_ENV=production');
  }
  if (env.NODE_ENV === 'production') {
    // The defaults point at a developer's machine: a production deployment names its own.
    for (const key of ['SMTP_URL', 'PUBLIC_URL'] as const) {
      if (present[key] === undefined) problems.push(`${key} is required when NODE_ENV=production`);
    }
  }
  if (env.FOLLOWUP_LINK_SECRET_KEY === undefined && env.NODE_ENV === 'production') {
    problems.push('FOLLOWUP_LINK_SECRET_KEY is required when NODE_ENV=production');
  }
  if (env.TEST_CLOCK_FILE !== undefined && env.NODE_ENV === 'production') {
    problems.push('TEST_CLOCK_FILE is for tests only: it must not be set when NODE_ENV=production');
  }
  if ((env.QUEUE_BOARD_USERNAME === '') !== (env.QUEUE_BOARD_PASSWORD === '')) {
    problems.push('QUEUE_BOARD_USERNAME and QUEUE_BOARD_PASSWORD are set together or not at all');
  } else if (env.QUEUE_BOARD_PASSWORD !== '' && env.QUEUE_BOARD_PASSWORD.length < 16) {
    problems.push('QUEUE_BOARD_PASSWORD must be at least 16 characters');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { ...env, JWT_SECRET: env.JWT_SECRET ?? DEV_JWT_SECRET, WEBHOOK_SECRET_KEY: env.WEBHOOK_SECRET_KEY ?? DEV_WEBHOOK_SECRET_KEY,
    FOLLOWUP_LINK_SECRET_KEY: env.FOLLOWUP_LINK_SECRET_KEY ?? DEV_FOLLOWUP_LINK_SECRET_KEY,
  };
}
