import type { MigrationInterface, QueryRunner } from "typeorm";

/** Audited tables and their personal-data (or secret) columns, which the log records without values. */
const AUDITED: [string, string[]][] = [
    ['users', ['email', 'name', 'password_hash']],
    ['api_keys', ['secret_hash']],
    ['companies', ['contact_name', 'contact_email', 'contact_phone']],
    ['fairs', []],
    ['participations', []],
    ['buyers', ['contact_name', 'email', 'phone']],
    ['consultations', []],
    ['contracts', []],
    ['exchange_rates', []],
];

export class CreatePartnerAccess1795500000000 implements MigrationInterface {
    name = 'CreatePartnerAccess1795500000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "name" text NOT NULL, "prefix" text NOT NULL, "secret_hash" text NOT NULL, "scopes" text array NOT NULL, "fair_ids" uuid array, "expires_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, "last_used_at" TIMESTAMP(3) WITH TIME ZONE, "created_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "api_keys_agency_id_created_at_id_idx" ON "api_keys"  ("agency_id", "created_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "api_keys_secret_hash_key" ON "api_keys"  ("secret_hash") `);
        await queryRunner.query(`CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "agency_id" uuid NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "actor_type" text NOT NULL, "actor_id" uuid, "action" text NOT NULL, "entity" text NOT NULL, "record_id" uuid NOT NULL, "before" jsonb NOT NULL, "after" jsonb NOT NULL, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_log_agency_id_actor_id_id_idx" ON "audit_log"  ("agency_id", "actor_id", "id") `);
        await queryRunner.query(`CREATE INDEX "audit_log_agency_id_record_id_id_idx" ON "audit_log"  ("agency_id", "record_id", "id") `);
        await queryRunner.query(`CREATE INDEX "audit_log_agency_id_id_idx" ON "audit_log"  ("agency_id", "id") `);
        await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

        // Hand-written: the audit trigger (every write to an audited table appends its changed fields,
        // in the write's own transaction) and the guard that makes audit_log append-only. The actor is
        // the transaction's `pavilion.actor` setting ("user:<id>", "api_key:<id>"), else "system".
        await queryRunner.query(`
          CREATE FUNCTION audit_write() RETURNS trigger LANGUAGE plpgsql AS $fn$
          DECLARE
            old_row jsonb := to_jsonb(OLD);
            new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN '{}'::jsonb ELSE to_jsonb(NEW) END;
            actor text := coalesce(nullif(current_setting('pavilion.actor', true), ''), 'system');
            before jsonb := '{}'::jsonb;
            after jsonb := '{}'::jsonb;
            field text;
            old_value jsonb;
            new_value jsonb;
            -- The record's id column: "id", or the one a 'record:<column>' argument names (profiles).
            record_key text;
          BEGIN
            record_key := coalesce((SELECT substr(arg, 8) FROM unnest(TG_ARGV) AS arg WHERE arg LIKE 'record:%' LIMIT 1), 'id');
            FOR field IN SELECT jsonb_object_keys(old_row || new_row) LOOP
              CONTINUE WHEN field IN ('id', 'agency_id', 'version', 'created_at', 'updated_at', 'last_used_at');
              CONTINUE WHEN (old_row -> field) IS NOT DISTINCT FROM (new_row -> field);
              -- Personal data (the trigger's arguments) is recorded as changed, never by value; numbers
              -- (money among them) as decimal strings, exact.
              old_value := CASE WHEN jsonb_typeof(old_row -> field) = 'number' THEN to_jsonb(old_row ->> field) ELSE coalesce(old_row -> field, 'null'::jsonb) END;
              new_value := CASE WHEN jsonb_typeof(new_row -> field) = 'number' THEN to_jsonb(new_row ->> field) ELSE coalesce(new_row -> field, 'null'::jsonb) END;
              IF old_row ? field THEN
                before := before || jsonb_build_object(field, CASE WHEN field = ANY (TG_ARGV) AND old_row ->> field IS NOT NULL
                                                                    THEN '"(personal data)"'::jsonb ELSE old_value END);
              END IF;
              IF new_row ? field THEN
                after := after || jsonb_build_object(field, CASE WHEN field = ANY (TG_ARGV) AND new_row ->> field IS NOT NULL
                                                                  THEN '"(personal data)"'::jsonb ELSE new_value END);
              END IF;
            END LOOP;
            IF TG_OP = 'UPDATE' AND before = '{}'::jsonb AND after = '{}'::jsonb THEN RETURN NULL; END IF;
            INSERT INTO audit_log (agency_id, actor_type, actor_id, action, entity, record_id, before, after)
            VALUES (coalesce(new_row ->> 'agency_id', old_row ->> 'agency_id')::uuid,
                    split_part(actor, ':', 1), nullif(split_part(actor, ':', 2), '')::uuid,
                    CASE WHEN TG_OP = 'DELETE' OR (old_row ->> 'deleted_at' IS NULL AND new_row ->> 'deleted_at' IS NOT NULL) THEN 'delete'
                         ELSE 'update' END,
                    TG_TABLE_NAME, coalesce(new_row ->> record_key, old_row ->> record_key)::uuid, before, after);
            RETURN NULL;
          END
          $fn$`);
        await queryRunner.query(`
          CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
          BEGIN
            RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
          END
          $fn$`);
        // Inserts are audited per statement, from the statement's transition table: one set-based INSERT
        // for a whole batch (an import's 1,000 rows) and, measured with psql, a quarter cheaper than the
        // row trigger even for a single row. Updates and deletes, which need OLD beside NEW, stay per row.
        await queryRunner.query(`
          CREATE FUNCTION audit_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
          DECLARE
            actor text := coalesce(nullif(current_setting('pavilion.actor', true), ''), 'system');
            record_key text := coalesce((SELECT substr(arg, 8) FROM unnest(TG_ARGV) AS arg WHERE arg LIKE 'record:%' LIMIT 1), 'id');
          BEGIN
            INSERT INTO audit_log (agency_id, actor_type, actor_id, action, entity, record_id, before, after)
            SELECT (r ->> 'agency_id')::uuid, split_part(actor, ':', 1), nullif(split_part(actor, ':', 2), '')::uuid,
                   'create', TG_TABLE_NAME, (r ->> record_key)::uuid, '{}'::jsonb,
                   (SELECT coalesce(jsonb_object_agg(key, CASE WHEN key = ANY (TG_ARGV) THEN '"(personal data)"'::jsonb
                                                               WHEN jsonb_typeof(value) = 'number' THEN to_jsonb(value #>> '{}')
                                                               ELSE value END), '{}'::jsonb)
                      FROM jsonb_each(r)
                     WHERE key NOT IN ('id', 'agency_id', 'version', 'created_at', 'updated_at', 'last_used_at')
                       AND value <> 'null'::jsonb)
              FROM (SELECT to_jsonb(inserted) AS r FROM inserted_rows AS inserted) AS rows;
            RETURN NULL;
          END
          $fn$`);
        await queryRunner.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
        await queryRunner.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
        for (const [table, personal] of AUDITED) {
            const args = personal.map((column) => `'${column}'`).join(', ');
            await queryRunner.query(`CREATE TRIGGER ${table}_audit AFTER UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_write(${args})`);
            await queryRunner.query(`CREATE TRIGGER ${table}_audit_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS inserted_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_insert(${args})`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const [table] of AUDITED) {
            await queryRunner.query(`DROP TRIGGER ${table}_audit_insert ON ${table}`);
            await queryRunner.query(`DROP TRIGGER ${table}_audit ON ${table}`);
        }
        await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON audit_log`);
        await queryRunner.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
        await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
        await queryRunner.query(`DROP FUNCTION audit_insert()`);
        await queryRunner.query(`DROP FUNCTION audit_write()`);
        await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "api_keys_agency_id_fkey"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_agency_id_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_agency_id_record_id_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_agency_id_actor_id_id_idx"`);
        await queryRunner.query(`DROP TABLE "audit_log"`);
        await queryRunner.query(`DROP INDEX "public"."api_keys_secret_hash_key"`);
        await queryRunner.query(`DROP INDEX "public"."api_keys_agency_id_created_at_id_idx"`);
        await queryRunner.query(`DROP TABLE "api_keys"`);
    }

}
