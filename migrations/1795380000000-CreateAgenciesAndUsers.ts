import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAgenciesAndUsers1795380000000 implements MigrationInterface {
  name = 'CreateAgenciesAndUsers1795380000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "agencies" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "home_currency" character(3) NOT NULL DEFAULT 'USD',
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "agencies_home_currency_check" CHECK ("home_currency" ~ '^[A-Z]{3}$'),
        CONSTRAINT "PK_8ded1ae5d8ac5d8bd3a49e6ae7e" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "agencies_name_key" ON "agencies" ("name")`);

    await queryRunner.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "agency_id" uuid NOT NULL,
        "email" text NOT NULL,
        "name" text,
        "password_hash" text NOT NULL,
        "role" text NOT NULL,
        "disabled_at" TIMESTAMP WITH TIME ZONE,
        "last_login_at" TIMESTAMP WITH TIME ZONE,
        "version" integer NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "users_role_check" CHECK ("role" IN ('staff', 'manager', 'admin')),
        CONSTRAINT "users_email_lower_check" CHECK ("email" = lower("email")),
        CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users" ("email")`);
    await queryRunner.query(
      `CREATE INDEX "users_agency_id_created_at_id_idx" ON "users" ("agency_id", "created_at", "id")`,
    );
    await queryRunner.query(`
      ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_fkey"
        FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "agencies"`);
  }
}
