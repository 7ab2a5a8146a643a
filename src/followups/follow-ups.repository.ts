import { Injectable } from '@nestjs/common';
import { Transactions } from '../database/transactions.js';
import type { ConsultationStage } from '../consultations/consultation-enums.js';
import type { ContractStatus } from '../contracts/contract-status.js';

export interface QuestionnaireRow {
  id: string;
  agency_id: string;
  fair_id: string;
  round_id: string;
  company_id: string;
  company_name: string;
  language: 'ko' | 'en';
  token_generation: number;
  token_expires_at: Date;
  token_revoked_at: Date | null;
  invited_at: Date | null;
  reminders_sent: number;
  last_reminded_at: Date | null;
  responded_at: Date | null;
  link_uses: number;
}

export interface FormContextRow extends QuestionnaireRow {
  sequence: number;
  months_after: number;
  fair_name: string;
  city: string;
  country: string;
  starts_on: string;
  ends_on: string;
  timezone: string;
}

export interface OpenConsultationRow {
  id: string;
  local_date: string;
  buyer_organisation: string | null;
  buyer_country: string;
  product_interest: string | null;
  estimated_amount: string | null;
  estimated_currency: string | null;
  stage: ConsultationStage;
  buyer_id: string | null;
}

export interface CompanyContractRow {
  id: string;
  status: ContractStatus;
  signed_on: string | null;
  buyer_organisation: string | null;
  buyer_country: string;
  value_amount: string;
  value_currency: string;
  shipments: number;
}

export interface ResponseRow {
  id: string;
  questionnaire_id: string;
  round_id: string;
  company_id: string;
  satisfaction: number;
  would_exhibit_again: boolean;
  contracts_signed_count: number;
  contracts_signed_amount: string | null;
  contracts_signed_currency: string | null;
  contracts_expected_count: number;
  contracts_expected_amount: string | null;
  contracts_expected_currency: string | null;
  shipments_count: number;
  shipments_amount: string | null;
  shipments_currency: string | null;
  comment: string | null;
  consultation_stages: { consultationId: string; from: ConsultationStage; to: ConsultationStage }[];
  contract_ids: string[];
  confirmed_contract_ids: string[];
  shipment_ids: string[];
  submitted_by: 'company' | 'manager';
  submitted_at: Date;
}

export type NewResponse = Omit<ResponseRow, 'id' | 'submitted_at'> & { agency_id: string; fair_id: string; submitted_by_user_id: string | null; submitted_at: Date };

const QUESTIONNAIRE_COLUMNS = `q.id, q.agency_id, q.fair_id, q.round_id, q.company_id, c.name AS company_name, q.language, q.token_generation,
  q.token_expires_at, q.token_revoked_at, q.invited_at, q.reminders_sent, q.last_reminded_at, q.responded_at,
  (SELECT count(*)::int FROM follow_up_link_uses u WHERE u.agency_id = q.agency_id AND u.questionnaire_id = q.id) AS link_uses`;

/** Questionnaires, links and answers: every query names the agency, except the link lookup, whose hash is the key. */
@Injectable()
export class FollowUpsRepository {
  constructor(private readonly transactions: Transactions) {}

  private query<T>(sql: string, parameters: unknown[]): Promise<T> {
    return this.transactions.manager.query<T>(sql, parameters);
  }

  async findRound(agencyId: string, roundId: string): Promise<{ id: string; fair_id: string } | undefined> {
    const rows = await this.query<{ id: string; fair_id: string }[]>(
      `SELECT id, fair_id FROM follow_up_rounds WHERE agency_id = $1 AND id = $2 AND deleted_at IS NULL`,
      [agencyId, roundId],
    );
    return rows[0];
  }

  listForRound(agencyId: string, roundId: string): Promise<QuestionnaireRow[]> {
    return this.query(
      `SELECT ${QUESTIONNAIRE_COLUMNS} FROM follow_up_questionnaires q
         JOIN companies c ON c.id = q.company_id AND c.agency_id = q.agency_id
        WHERE q.agency_id = $1 AND q.round_id = $2 ORDER BY c.name, q.id`,
      [agencyId, roundId],
    );
  }

  async findQuestionnaire(agencyId: string, id: string, lock = false): Promise<QuestionnaireRow | undefined> {
    const rows = await this.query<QuestionnaireRow[]>(
      `SELECT ${QUESTIONNAIRE_COLUMNS} FROM follow_up_questionnaires q
         JOIN companies c ON c.id = q.company_id AND c.agency_id = q.agency_id
        WHERE q.agency_id = $1 AND q.id = $2 ${lock ? 'FOR UPDATE OF q' : ''}`,
      [agencyId, id],
    );
    return rows[0];
  }

  /** The questionnaire a link's token hash belongs to, with what the form shows; any agency. */
  async findByTokenHash(hash: string, lock = false): Promise<FormContextRow | undefined> {
    const rows = await this.query<FormContextRow[]>(
      `SELECT ${QUESTIONNAIRE_COLUMNS}, r.sequence, r.months_after, f.name AS fair_name, f.city, f.country,
              to_char(f.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(f.ends_on, 'YYYY-MM-DD') AS ends_on, f.timezone
         FROM follow_up_questionnaires q
         JOIN companies c ON c.id = q.company_id AND c.agency_id = q.agency_id
         JOIN follow_up_rounds r ON r.id = q.round_id AND r.agency_id = q.agency_id
         JOIN fairs f ON f.id = q.fair_id AND f.agency_id = q.agency_id
        WHERE q.token_hash = $1 ${lock ? 'FOR UPDATE OF q' : ''}`,
      [hash],
    );
    return rows[0];
  }

  /** The company's consultations at the fair that are still open (not won or lost). */
  openConsultations(agencyId: string, fairId: string, companyId: string): Promise<OpenConsultationRow[]> {
    return this.query(
      `SELECT k.id, to_char(k.local_date, 'YYYY-MM-DD') AS local_date, b.organisation AS buyer_organisation, k.buyer_country,
              k.product_interest, k.estimated_amount, k.estimated_currency, k.stage, k.buyer_id
         FROM consultations k LEFT JOIN buyers b ON b.id = k.buyer_id AND b.agency_id = k.agency_id
        WHERE k.agency_id = $1 AND k.fair_id = $2 AND k.company_id = $3 AND k.deleted_at IS NULL AND k.stage NOT IN ('won', 'lost')
        ORDER BY k.occurred_at, k.id`,
      [agencyId, fairId, companyId],
    );
  }

  /** The company's contracts at the fair (not deleted), with how many shipments each has. */
  companyContracts(agencyId: string, fairId: string, companyId: string): Promise<CompanyContractRow[]> {
    return this.query(
      `SELECT k.id, k.status, to_char(k.signed_on, 'YYYY-MM-DD') AS signed_on, b.organisation AS buyer_organisation, k.buyer_country,
              k.value_amount, k.value_currency,
              (SELECT count(*)::int FROM shipments s WHERE s.agency_id = k.agency_id AND s.contract_id = k.id AND s.deleted_at IS NULL) AS shipments
         FROM contracts k LEFT JOIN buyers b ON b.id = k.buyer_id AND b.agency_id = k.agency_id
        WHERE k.agency_id = $1 AND k.fair_id = $2 AND k.company_id = $3 AND k.deleted_at IS NULL
        ORDER BY k.signed_on NULLS LAST, k.created_at, k.id`,
      [agencyId, fairId, companyId],
    );
  }

  async logUse(agencyId: string, questionnaireId: string, action: 'view' | 'submit', outcome: string): Promise<void> {
    await this.query(`INSERT INTO follow_up_link_uses (agency_id, questionnaire_id, action, outcome) VALUES ($1, $2, $3, $4)`, [
      agencyId,
      questionnaireId,
      action,
      outcome,
    ]);
  }

  async insertResponse(row: NewResponse): Promise<void> {
    await this.query(
      `INSERT INTO follow_up_responses (agency_id, fair_id, round_id, questionnaire_id, company_id, satisfaction, would_exhibit_again,
         contracts_signed_count, contracts_signed_amount, contracts_signed_currency,
         contracts_expected_count, contracts_expected_amount, contracts_expected_currency,
         shipments_count, shipments_amount, shipments_currency, comment, consultation_stages, contract_ids,
         confirmed_contract_ids, shipment_ids, submitted_by, submitted_by_user_id, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18::jsonb, $19::uuid[], $20::uuid[], $21::uuid[], $22, $23, $24)`,
      [
        row.agency_id, row.fair_id, row.round_id, row.questionnaire_id, row.company_id, row.satisfaction, row.would_exhibit_again,
        row.contracts_signed_count, row.contracts_signed_amount, row.contracts_signed_currency,
        row.contracts_expected_count, row.contracts_expected_amount, row.contracts_expected_currency,
        row.shipments_count, row.shipments_amount, row.shipments_currency, row.comment, JSON.stringify(row.consultation_stages), row.contract_ids,
        row.confirmed_contract_ids, row.shipment_ids, row.submitted_by, row.submitted_by_user_id, row.submitted_at,
      ],
    );
  }

  async markResponded(agencyId: string, id: string, at: Date): Promise<number> {
    const [rows] = await this.query<[{ version: number }[], number]>(
      `UPDATE follow_up_questionnaires SET responded_at = $3, version = version + 1, updated_at = now()
        WHERE agency_id = $1 AND id = $2 RETURNING version`,
      [agencyId, id, at],
    );
    return rows[0].version;
  }

  async responseOf(agencyId: string, questionnaireId: string): Promise<ResponseRow | undefined> {
    const rows = await this.query<ResponseRow[]>(`SELECT * FROM follow_up_responses WHERE agency_id = $1 AND questionnaire_id = $2`, [agencyId, questionnaireId]);
    return rows[0];
  }

  responsesForFair(agencyId: string, fairId: string): Promise<ResponseRow[]> {
    return this.query(
      `SELECT s.* FROM follow_up_responses s JOIN follow_up_rounds r ON r.id = s.round_id AND r.agency_id = s.agency_id
        WHERE s.agency_id = $1 AND s.fair_id = $2 ORDER BY r.months_after, s.submitted_at, s.id`,
      [agencyId, fairId],
    );
  }

  async newLink(agencyId: string, id: string, hash: string, generation: number, expiresAt: Date, language: 'ko' | 'en', now: Date): Promise<void> {
    await this.query(
      `UPDATE follow_up_questionnaires SET token_generation = $3, token_hash = $4, token_expires_at = $5, token_revoked_at = NULL,
              language = $6, invited_at = coalesce(invited_at, $7), version = version + 1, updated_at = now()
        WHERE agency_id = $1 AND id = $2`,
      [agencyId, id, generation, hash, expiresAt, language, now],
    );
    await this.query(
      `INSERT INTO follow_up_emails (agency_id, questionnaire_id, kind, dedupe_key, created_at)
       VALUES ($1, $2, 'invitation', $3, $4) ON CONFLICT (dedupe_key) DO NOTHING`,
      [agencyId, id, `followup:invitation:${id}:${generation}`, now],
    );
  }

  async revokeLink(agencyId: string, id: string, at: Date): Promise<void> {
    await this.query(
      `UPDATE follow_up_questionnaires SET token_revoked_at = $3, version = version + 1, updated_at = now()
        WHERE agency_id = $1 AND id = $2 AND token_revoked_at IS NULL`,
      [agencyId, id, at],
    );
  }
}
