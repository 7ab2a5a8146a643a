import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../changes/change-feed.js';
import { Clock } from '../common/clock.js';
import { moneyOrNull } from '../common/money.js';
import { ConflictProblem, ProblemException } from '../common/problem.js';
import { NotFoundProblem, RuleProblem } from '../common/errors.js';
import { ConsultationsService } from '../consultations/consultations.service.js';
import { ContractsService } from '../contracts/contracts.service.js';
import type { CreateContractDto } from '../contracts/dto/create-contract.dto.js';
import { Transactions } from '../database/transactions.js';
import type { ResponseDto, SubmitResponseDto } from './dto/response.dto.js';
import type { CreateShipmentDto } from './shipments/dto/create-shipment.dto.js';
import { ShipmentsService } from './shipments/shipments.service.js';
import { FollowUpsRepository, type OpenConsultationRow, type QuestionnaireRow, type ResponseRow } from './follow-ups.repository.js';

/** The records an answer created or changed, by id. */
interface RecordedReports {
  contractIds: string[];
  confirmedContractIds: string[];
  shipmentIds: string[];
}

/** Who answers: the company through its link, or a manager on its behalf. */
export type Submitter = { kind: 'company' } | { kind: 'manager'; userId: string };

export function responseDto(row: ResponseRow): ResponseDto {
  const figure = (count: number, amount: string | null, currency: string | null) => ({ count, value: moneyOrNull(amount, currency) });
  return {
    id: row.id,
    questionnaireId: row.questionnaire_id,
    roundId: row.round_id,
    companyId: row.company_id,
    satisfaction: row.satisfaction,
    wouldExhibitAgain: row.would_exhibit_again,
    contractsSigned: figure(row.contracts_signed_count, row.contracts_signed_amount, row.contracts_signed_currency),
    contractsExpected: figure(row.contracts_expected_count, row.contracts_expected_amount, row.contracts_expected_currency),
    shipments: figure(row.shipments_count, row.shipments_amount, row.shipments_currency),
    consultationStages: row.consultation_stages,
    contractIds: row.contract_ids,
    confirmedContractIds: row.confirmed_contract_ids,
    shipmentIds: row.shipment_ids,
    comment: row.comment,
    submittedBy: row.submitted_by,
    submittedAt: row.submitted_at.toISOString(),
  };
}

/** A problem some service raised about `field`, renamed to where the field sits in this body (`laterContracts[0].value`). */
function within(prefix: string, error: unknown): unknown {
  if (!(error instanceof ProblemException) || !Array.isArray(error.problem.errors)) return error;
  const errors = error.problem.errors.map((entry) => ({ ...entry, field: `${prefix}.${entry.field}` }));
  return new ProblemException({
    status: error.problem.status,
    type: error.problem.type.slice(error.problem.type.lastIndexOf('/') + 1),
    title: error.problem.title,
    detail: errors.map((entry) => `${entry.field}: ${entry.message}`).join('; '),
    errors,
  });
}

/**
 * A round's answers. Stage moves go through the consultations service and later contracts through
 * the contracts service, in the answer's own transaction, so the change feed, outcomes and webhooks
 * see them as any other write; the company-wide figures are stored as given, money exact.
 */
@Injectable()
export class FollowUpResponsesService {
  constructor(
    private readonly followUps: FollowUpsRepository,
    private readonly consultations: ConsultationsService,
    private readonly contracts: ContractsService,
    private readonly shipments: ShipmentsService,
    private readonly changes: ChangeFeed,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /** Runs inside the caller's transaction, the questionnaire row already locked by it. */
  async submit(questionnaire: QuestionnaireRow & { sequence?: number }, input: SubmitResponseDto, by: Submitter): Promise<ResponseDto> {
    const { agency_id: agencyId, fair_id: fairId, company_id: companyId } = questionnaire;
    if (questionnaire.responded_at !== null) {
      throw new ConflictProblem('This round was already answered for this company; answers are given once');
    }
    const open = new Map((await this.followUps.openConsultations(agencyId, fairId, companyId)).map((row) => [row.id, row]));
    const seen = new Set<string>();
    const stages: ResponseRow['consultation_stages'] = [];
    for (const [index, answer] of (input.consultations ?? []).entries()) {
      const field = `consultations[${index}].consultationId`;
      const current = open.get(answer.consultationId);
      if (!current) throw new RuleProblem(field, 'is not one of your open consultations at this fair');
      if (seen.has(answer.consultationId)) throw new RuleProblem(field, 'is answered twice');
      seen.add(answer.consultationId);
      if (answer.stage === current.stage) continue;
      await this.consultations.update(agencyId, answer.consultationId, { stage: answer.stage });
      stages.push({ consultationId: answer.consultationId, from: current.stage, to: answer.stage });
    }

    const recorded = await this.recordReports(questionnaire, input, by, open);

    const now = this.clock.now();
    await this.followUps.insertResponse({
      agency_id: agencyId,
      fair_id: fairId,
      round_id: questionnaire.round_id,
      questionnaire_id: questionnaire.id,
      company_id: companyId,
      satisfaction: input.satisfaction,
      would_exhibit_again: input.wouldExhibitAgain,
      contracts_signed_count: input.contractsSigned.count,
      contracts_signed_amount: input.contractsSigned.value?.amount ?? null,
      contracts_signed_currency: input.contractsSigned.value?.currency ?? null,
      contracts_expected_count: input.contractsExpected.count,
      contracts_expected_amount: input.contractsExpected.value?.amount ?? null,
      contracts_expected_currency: input.contractsExpected.value?.currency ?? null,
      shipments_count: input.shipments.count,
      shipments_amount: input.shipments.value?.amount ?? null,
      shipments_currency: input.shipments.value?.currency ?? null,
      comment: input.comment ?? null,
      consultation_stages: stages,
      contract_ids: recorded.contractIds,
      confirmed_contract_ids: recorded.confirmedContractIds,
      shipment_ids: recorded.shipmentIds,
      submitted_by: by.kind,
      submitted_by_user_id: by.kind === 'manager' ? by.userId : null,
      submitted_at: now,
    });
    const version = await this.followUps.markResponded(agencyId, questionnaire.id, now);
    await this.changes.append({
      agencyId,
      fairId,
      recordType: 'followup',
      recordId: questionnaire.id,
      version,
      action: 'response_received',
      changedFields: [],
    });
    const stored = await this.followUps.responseOf(agencyId, questionnaire.id);
    return responseDto(stored as ResponseRow);
  }

  /**
   * What the answer reports becomes records, each carrying the round (`reportedRoundId`): later
   * contracts (signed or provisional) with the shipments made under them, provisional contracts now
   * signed, and shipments under the company's existing contracts. Every record goes through its own
   * service, so the rules, the change feed, outcomes and webhooks treat it as any other write; a
   * problem names the field where it sits in this body.
   */
  private async recordReports(
    questionnaire: QuestionnaireRow & { sequence?: number },
    input: SubmitResponseDto,
    by: Submitter,
    open: Map<string, OpenConsultationRow>,
  ): Promise<RecordedReports> {
    const { agency_id: agencyId, fair_id: fairId, company_id: companyId, round_id: roundId } = questionnaire;
    const recorded: RecordedReports = { contractIds: [], confirmedContractIds: [], shipmentIds: [] };
    const shipmentAuthor = { userId: by.kind === 'manager' ? by.userId : null, reportedRoundId: roundId };
    const ship = async (prefix: string, shipment: CreateShipmentDto) => {
      try {
        recorded.shipmentIds.push((await this.shipments.create(agencyId, shipmentAuthor, shipment)).id);
      } catch (error) {
        throw within(prefix, error);
      }
    };

    const contracts = new Map((await this.followUps.companyContracts(agencyId, fairId, companyId)).map((row) => [row.id, row]));
    for (const [index, confirmed] of (input.confirmedContracts ?? []).entries()) {
      const prefix = `confirmedContracts[${index}]`;
      const contract = contracts.get(confirmed.contractId);
      if (!contract) throw new RuleProblem(`${prefix}.contractId`, 'is not one of your contracts at this fair');
      if (recorded.confirmedContractIds.includes(contract.id)) throw new RuleProblem(`${prefix}.contractId`, 'is confirmed twice');
      if (contract.status === 'signed') throw new RuleProblem(`${prefix}.contractId`, 'is already signed');
      try {
        await this.contracts.update(agencyId, contract.id, { status: 'signed', signedOn: confirmed.signedOn }, undefined, roundId);
      } catch (error) {
        throw within(prefix, error);
      }
      recorded.confirmedContractIds.push(contract.id);
    }

    const createdBy = by.kind === 'manager' ? by.userId : questionnaire.id;
    for (const [index, later] of (input.laterContracts ?? []).entries()) {
      const prefix = `laterContracts[${index}]`;
      const source = later.consultationId === undefined ? undefined : open.get(later.consultationId);
      if (later.consultationId !== undefined && !source) {
        throw new RuleProblem(`${prefix}.consultationId`, 'is not one of your open consultations at this fair');
      }
      if (!source && later.buyerCountry === undefined) throw new RuleProblem(`${prefix}.buyerCountry`, 'is required without consultationId');
      const body: CreateContractDto = {
        fairId,
        companyId,
        consultationId: source?.id,
        buyerId: source?.buyer_id ?? undefined,
        buyerCountry: source ? (source.buyer_id === null ? source.buyer_country : undefined) : later.buyerCountry?.toUpperCase(),
        status: later.status ?? 'signed',
        signedOn: later.signedOn,
        value: later.value,
        notes: `Reported in follow-up round ${questionnaire.sequence ?? ''}`.trim(),
      };
      let contractId: string;
      try {
        contractId = (await this.contracts.create(agencyId, createdBy, body, roundId)).id;
      } catch (error) {
        throw within(prefix, error);
      }
      recorded.contractIds.push(contractId);
      for (const [position, shipment] of (later.shipments ?? []).entries()) {
        await ship(`${prefix}.shipments[${position}]`, { ...shipment, contractId });
      }
    }

    for (const [index, shipment] of (input.laterShipments ?? []).entries()) {
      const prefix = `laterShipments[${index}]`;
      if (!contracts.has(shipment.contractId)) throw new RuleProblem(`${prefix}.contractId`, 'is not one of your contracts at this fair');
      await ship(prefix, shipment);
    }
    return recorded;
  }

  /** A manager enters the answers for the company (audited as the manager). */
  async submitForCompany(agencyId: string, userId: string, questionnaireId: string, input: SubmitResponseDto): Promise<ResponseDto> {
    return this.transactions.run(async () => {
      const questionnaire = await this.followUps.findQuestionnaire(agencyId, questionnaireId, true);
      if (!questionnaire) throw new NotFoundProblem('Questionnaire', questionnaireId);
      return this.submit(questionnaire, input, { kind: 'manager', userId });
    });
  }
}
