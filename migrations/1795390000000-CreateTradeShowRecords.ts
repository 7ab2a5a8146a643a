import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateTradeShowRecords1795390000000 implements MigrationInterface {
    name = 'CreateTradeShowRecords1795390000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "buyers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "organisation" text NOT NULL, "contact_name" text, "email" text, "phone" text, "country" character(2) NOT NULL, "buyer_type" text, CONSTRAINT "buyers_country_check" CHECK ("country" ~ '^[A-Z]{2}$'), CONSTRAINT "buyers_email_lower_check" CHECK ("email" = lower("email")), CONSTRAINT "PK_aff372821d05bac04a18ff8eb87" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "buyers_agency_id_created_at_id_idx" ON "buyers"  ("agency_id", "created_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "buyers_agency_id_email_key" ON "buyers"  ("agency_id", "email") WHERE deleted_at IS NULL AND email IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "buyers_agency_id_id_key" ON "buyers"  ("agency_id", "id") `);
        await queryRunner.query(`CREATE TABLE "idempotency_keys" ("agency_id" uuid NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "response_status" integer NOT NULL, "response_body" jsonb NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9ef4932251a409efd651b4bce03" PRIMARY KEY ("agency_id", "key"))`);
        await queryRunner.query(`CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys"  ("created_at") `);
        await queryRunner.query(`CREATE TABLE "companies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "name" text NOT NULL, "local_name" text, "registration_number" text, "region" text, "product_categories" text array NOT NULL DEFAULT '{}', "certifications" text array NOT NULL DEFAULT '{}', "website" text, "contact_name" text, "contact_email" text, "contact_phone" text, CONSTRAINT "PK_d4bc3e82a314fa9e29f652c2c22" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "companies_agency_id_created_at_id_idx" ON "companies"  ("agency_id", "created_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "companies_agency_id_registration_number_key" ON "companies"  ("agency_id", "registration_number") WHERE deleted_at IS NULL AND registration_number IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "companies_agency_id_id_key" ON "companies"  ("agency_id", "id") `);
        await queryRunner.query(`CREATE TABLE "fairs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "series" text NOT NULL, "name" text NOT NULL, "year" integer NOT NULL, "city" text NOT NULL, "country" character(2) NOT NULL, "venue" text, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "timezone" text NOT NULL, "kind" text NOT NULL DEFAULT 'trade_fair', CONSTRAINT "fairs_country_check" CHECK ("country" ~ '^[A-Z]{2}$'), CONSTRAINT "fairs_kind_check" CHECK ("kind" IN ('trade_fair', 'consultation_meeting', 'trade_mission')), CONSTRAINT "fairs_dates_check" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "PK_763c6ba03c2a2a65c76410421da" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "fairs_agency_id_series_year_idx" ON "fairs"  ("agency_id", "series", "year") `);
        await queryRunner.query(`CREATE INDEX "fairs_agency_id_created_at_id_idx" ON "fairs"  ("agency_id", "created_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "fairs_agency_id_id_key" ON "fairs"  ("agency_id", "id") `);
        await queryRunner.query(`CREATE TABLE "consultations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "fair_id" uuid NOT NULL, "company_id" uuid NOT NULL, "buyer_id" uuid, "buyer_country" character(2) NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "local_date" date NOT NULL, "type" text NOT NULL DEFAULT 'booth', "product_interest" text, "quantity" integer, "unit_price_amount" numeric(18,2), "unit_price_currency" character(3), "estimated_amount" numeric(18,2), "estimated_currency" character(3), "estimated_usd" numeric(18,2), "rate_units_per_usd" numeric(18,6), "rate_date" date, "stage" text NOT NULL DEFAULT 'consulted', "notes" text, "logged_by" uuid NOT NULL, CONSTRAINT "consultations_quantity_check" CHECK ("quantity" > 0), CONSTRAINT "consultations_unit_price_check" CHECK (("unit_price_amount" IS NULL) = ("unit_price_currency" IS NULL) AND "unit_price_amount" >= 0), CONSTRAINT "consultations_estimate_check" CHECK (("estimated_amount" IS NULL) = ("estimated_currency" IS NULL) AND ("estimated_amount" IS NULL) = ("estimated_usd" IS NULL) AND "estimated_amount" >= 0), CONSTRAINT "consultations_stage_check" CHECK ("stage" IN ('consulted', 'follow_up', 'negotiating', 'won', 'lost')), CONSTRAINT "consultations_type_check" CHECK ("type" IN ('booth', 'interpreted')), CONSTRAINT "PK_c5b78e9424d9bc68464f6a12103" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "consultations_agency_id_buyer_id_created_at_id_idx" ON "consultations"  ("agency_id", "buyer_id", "created_at", "id") WHERE deleted_at IS NULL AND buyer_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "consultations_agency_id_company_id_created_at_id_idx" ON "consultations"  ("agency_id", "company_id", "created_at", "id") WHERE deleted_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "consultations_agency_id_fair_id_created_at_id_idx" ON "consultations"  ("agency_id", "fair_id", "created_at", "id") WHERE deleted_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "consultations_agency_id_created_at_id_idx" ON "consultations"  ("agency_id", "created_at", "id") WHERE deleted_at IS NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "consultations_agency_id_id_key" ON "consultations"  ("agency_id", "id") `);
        await queryRunner.query(`CREATE TABLE "contracts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "fair_id" uuid NOT NULL, "company_id" uuid NOT NULL, "buyer_id" uuid, "buyer_country" character(2) NOT NULL, "consultation_id" uuid, "status" text NOT NULL, "signed_on" date, "on_site" boolean, "value_amount" numeric(18,2) NOT NULL, "value_currency" character(3) NOT NULL, "value_usd" numeric(18,2) NOT NULL, "rate_units_per_usd" numeric(18,6), "rate_date" date, "notes" text, "created_by" uuid NOT NULL, CONSTRAINT "contracts_value_check" CHECK ("value_amount" >= 0), CONSTRAINT "contracts_signed_on_check" CHECK ("status" <> 'signed' OR "signed_on" IS NOT NULL), CONSTRAINT "contracts_status_check" CHECK ("status" IN ('expected', 'signed', 'cancelled')), CONSTRAINT "PK_2c7b8f3a7b1acdd49497d83d0fb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "contracts_consultation_id_idx" ON "contracts"  ("consultation_id") WHERE consultation_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "contracts_agency_id_buyer_id_created_at_id_idx" ON "contracts"  ("agency_id", "buyer_id", "created_at", "id") WHERE deleted_at IS NULL AND buyer_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "contracts_agency_id_company_id_created_at_id_idx" ON "contracts"  ("agency_id", "company_id", "created_at", "id") WHERE deleted_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "contracts_agency_id_fair_id_created_at_id_idx" ON "contracts"  ("agency_id", "fair_id", "created_at", "id") WHERE deleted_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "contracts_agency_id_created_at_id_idx" ON "contracts"  ("agency_id", "created_at", "id") WHERE deleted_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "exchange_rates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "currency" character(3) NOT NULL, "rate_date" date NOT NULL, "units_per_usd" numeric(18,6) NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "exchange_rates_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$' AND "currency" <> 'USD'), CONSTRAINT "exchange_rates_units_per_usd_check" CHECK ("units_per_usd" > 0), CONSTRAINT "PK_33a614bad9e61956079d817ebe2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "exchange_rates_agency_id_created_at_id_idx" ON "exchange_rates"  ("agency_id", "created_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "exchange_rates_agency_id_currency_rate_date_key" ON "exchange_rates"  ("agency_id", "currency", "rate_date") `);
        await queryRunner.query(`CREATE TABLE "participations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "fair_id" uuid NOT NULL, "company_id" uuid NOT NULL, "booth" text, CONSTRAINT "PK_7aa63b8dcd3d6f8aef8a98bb14a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "participations_company_id_idx" ON "participations"  ("company_id") `);
        await queryRunner.query(`CREATE INDEX "participations_agency_id_fair_id_created_at_id_idx" ON "participations"  ("agency_id", "fair_id", "created_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "participations_fair_id_company_id_key" ON "participations"  ("fair_id", "company_id") WHERE deleted_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "outcome_changes" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "agency_id" uuid NOT NULL, "fair_id" uuid NOT NULL, "changed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_37bf7ca249393efdf41b65be49f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "outcome_changes_fair_id_id_idx" ON "outcome_changes"  ("fair_id", "id") `);
        await queryRunner.query(`ALTER TABLE "buyers" ADD CONSTRAINT "FK_f3c3a190877294a7836d63b4a02" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "companies" ADD CONSTRAINT "FK_d7bff202d857e18c280a6eab922" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "fairs" ADD CONSTRAINT "FK_3be7a855ba3c28b72937c40efeb" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consultations" ADD CONSTRAINT "FK_cb290d21c0da5f3afd9a6d4324d" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consultations" ADD CONSTRAINT "consultations_fair_fkey" FOREIGN KEY ("fair_id", "agency_id") REFERENCES "fairs"("id","agency_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consultations" ADD CONSTRAINT "consultations_company_fkey" FOREIGN KEY ("company_id", "agency_id") REFERENCES "companies"("id","agency_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consultations" ADD CONSTRAINT "consultations_buyer_fkey" FOREIGN KEY ("buyer_id", "agency_id") REFERENCES "buyers"("id","agency_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "contracts" ADD CONSTRAINT "FK_b931e482244649cdc789e95a1d9" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "contracts" ADD CONSTRAINT "contracts_fair_fkey" FOREIGN KEY ("fair_id", "agency_id") REFERENCES "fairs"("id","agency_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "contracts" ADD CONSTRAINT "contracts_company_fkey" FOREIGN KEY ("company_id", "agency_id") REFERENCES "companies"("id","agency_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "contracts" ADD CONSTRAINT "contracts_buyer_fkey" FOREIGN KEY ("buyer_id", "agency_id") REFERENCES "buyers"("id","agency_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "contracts" ADD CONSTRAINT "contracts_consultation_fkey" FOREIGN KEY ("consultation_id", "agency_id") REFERENCES "consultations"("id","agency_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "participations" ADD CONSTRAINT "FK_fb6fac63155c08f406f967046d7" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "participations" ADD CONSTRAINT "participations_fair_fkey" FOREIGN KEY ("fair_id", "agency_id") REFERENCES "fairs"("id","agency_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "participations" ADD CONSTRAINT "participations_company_fkey" FOREIGN KEY ("company_id", "agency_id") REFERENCES "companies"("id","agency_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "participations" DROP CONSTRAINT "participations_company_fkey"`);
        await queryRunner.query(`ALTER TABLE "participations" DROP CONSTRAINT "participations_fair_fkey"`);
        await queryRunner.query(`ALTER TABLE "participations" DROP CONSTRAINT "FK_fb6fac63155c08f406f967046d7"`);
        await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "contracts_consultation_fkey"`);
        await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "contracts_buyer_fkey"`);
        await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "contracts_company_fkey"`);
        await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "contracts_fair_fkey"`);
        await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "FK_b931e482244649cdc789e95a1d9"`);
        await queryRunner.query(`ALTER TABLE "consultations" DROP CONSTRAINT "consultations_buyer_fkey"`);
        await queryRunner.query(`ALTER TABLE "consultations" DROP CONSTRAINT "consultations_company_fkey"`);
        await queryRunner.query(`ALTER TABLE "consultations" DROP CONSTRAINT "consultations_fair_fkey"`);
        await queryRunner.query(`ALTER TABLE "consultations" DROP CONSTRAINT "FK_cb290d21c0da5f3afd9a6d4324d"`);
        await queryRunner.query(`ALTER TABLE "fairs" DROP CONSTRAINT "FK_3be7a855ba3c28b72937c40efeb"`);
        await queryRunner.query(`ALTER TABLE "companies" DROP CONSTRAINT "FK_d7bff202d857e18c280a6eab922"`);
        await queryRunner.query(`ALTER TABLE "buyers" DROP CONSTRAINT "FK_f3c3a190877294a7836d63b4a02"`);
        await queryRunner.query(`DROP INDEX "public"."outcome_changes_fair_id_id_idx"`);
        await queryRunner.query(`DROP TABLE "outcome_changes"`);
        await queryRunner.query(`DROP INDEX "public"."participations_fair_id_company_id_key"`);
        await queryRunner.query(`DROP INDEX "public"."participations_agency_id_fair_id_created_at_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."participations_company_id_idx"`);
        await queryRunner.query(`DROP TABLE "participations"`);
        await queryRunner.query(`DROP INDEX "public"."exchange_rates_agency_id_currency_rate_date_key"`);
        await queryRunner.query(`DROP INDEX "public"."exchange_rates_agency_id_created_at_id_idx"`);
        await queryRunner.query(`DROP TABLE "exchange_rates"`);
        await queryRunner.query(`DROP INDEX "public"."contracts_agency_id_created_at_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."contracts_agency_id_fair_id_created_at_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."contracts_agency_id_company_id_created_at_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."contracts_agency_id_buyer_id_created_at_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."contracts_consultation_id_idx"`);
        await queryRunner.query(`DROP TABLE "contracts"`);
        await queryRunner.query(`DROP INDEX "public"."consultations_agency_id_id_key"`);
        await queryRunner.query(`DROP INDEX "public"."consultations_agency_id_created_at_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."consultations_agency_id_fair_id_created_at_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."consultations_agency_id_company_id_created_at_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."consultations_agency_id_buyer_id_created_at_id_idx"`);
        await queryRunner.query(`DROP TABLE "consultations"`);
        await queryRunner.query(`DROP INDEX "public"."fairs_agency_id_id_key"`);
        await queryRunner.query(`DROP INDEX "public"."fairs_agency_id_created_at_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."fairs_agency_id_series_year_idx"`);
        await queryRunner.query(`DROP TABLE "fairs"`);
        await queryRunner.query(`DROP INDEX "public"."companies_agency_id_id_key"`);
        await queryRunner.query(`DROP INDEX "public"."companies_agency_id_registration_number_key"`);
        await queryRunner.query(`DROP INDEX "public"."companies_agency_id_created_at_id_idx"`);
        await queryRunner.query(`DROP TABLE "companies"`);
        await queryRunner.query(`DROP INDEX "public"."idempotency_keys_created_at_idx"`);
        await queryRunner.query(`DROP TABLE "idempotency_keys"`);
        await queryRunner.query(`DROP INDEX "public"."buyers_agency_id_id_key"`);
        await queryRunner.query(`DROP INDEX "public"."buyers_agency_id_email_key"`);
        await queryRunner.query(`DROP INDEX "public"."buyers_agency_id_created_at_id_idx"`);
        await queryRunner.query(`DROP TABLE "buyers"`);
    }

}
