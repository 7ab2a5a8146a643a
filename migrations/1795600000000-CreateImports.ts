import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateImports1795600000000 implements MigrationInterface {
    name = 'CreateImports1795600000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "fair_id" uuid NOT NULL, "kind" text NOT NULL, "format" text NOT NULL, "file_name" text NOT NULL, "stored_as" text NOT NULL, "encoding" text, "dry_run" boolean NOT NULL DEFAULT false, "create_missing" boolean NOT NULL DEFAULT false, "mapping" jsonb, "state" text NOT NULL DEFAULT 'queued', "total_rows" integer, "processed_rows" integer NOT NULL DEFAULT '0', "created_rows" integer NOT NULL DEFAULT '0', "duplicate_rows" integer NOT NULL DEFAULT '0', "rejected_rows" integer NOT NULL DEFAULT '0', "failure" text, "created_by" uuid NOT NULL, "finished_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "imports_kind_check" CHECK ("kind" IN ('consultations', 'contracts')), CONSTRAINT "imports_state_check" CHECK ("state" IN ('queued', 'running', 'completed', 'failed')), CONSTRAINT "imports_format_check" CHECK ("format" IN ('csv', 'xlsx')), CONSTRAINT "imports_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "imports_agency_id_created_at_id_idx" ON "imports" ("agency_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "import_errors" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "agency_id" uuid NOT NULL, "import_id" uuid NOT NULL, "row_number" integer NOT NULL, "column" text, "message" text NOT NULL, CONSTRAINT "import_errors_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "import_errors_import_id_row_number_idx" ON "import_errors" ("import_id", "row_number") `);
        await queryRunner.query(`ALTER TABLE "consultations" ADD "import_key" text`);
        await queryRunner.query(`ALTER TABLE "contracts" ADD "import_key" text`);
        await queryRunner.query(`CREATE UNIQUE INDEX "consultations_agency_id_fair_id_import_key_key" ON "consultations" ("agency_id", "fair_id", "import_key") WHERE import_key IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "contracts_agency_id_fair_id_import_key_key" ON "contracts" ("agency_id", "fair_id", "import_key") WHERE import_key IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "imports" ADD CONSTRAINT "FK_1b4dd9c6a9ee85477797d6950a8" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "imports" ADD CONSTRAINT "imports_fair_fkey" FOREIGN KEY ("agency_id", "fair_id") REFERENCES "fairs"("agency_id", "id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "import_errors" ADD CONSTRAINT "import_errors_import_fkey" FOREIGN KEY ("import_id") REFERENCES "imports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "import_errors" DROP CONSTRAINT "import_errors_import_fkey"`);
        await queryRunner.query(`ALTER TABLE "imports" DROP CONSTRAINT "imports_fair_fkey"`);
        await queryRunner.query(`ALTER TABLE "imports" DROP CONSTRAINT "FK_1b4dd9c6a9ee85477797d6950a8"`);
        await queryRunner.query(`DROP INDEX "public"."contracts_agency_id_fair_id_import_key_key"`);
        await queryRunner.query(`DROP INDEX "public"."consultations_agency_id_fair_id_import_key_key"`);
        await queryRunner.query(`ALTER TABLE "contracts" DROP COLUMN "import_key"`);
        await queryRunner.query(`ALTER TABLE "consultations" DROP COLUMN "import_key"`);
        await queryRunner.query(`DROP INDEX "public"."import_errors_import_id_row_number_idx"`);
        await queryRunner.query(`DROP TABLE "import_errors"`);
        await queryRunner.query(`DROP INDEX "public"."imports_agency_id_created_at_id_idx"`);
        await queryRunner.query(`DROP TABLE "imports"`);
    }

}
