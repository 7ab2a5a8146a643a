import { Injectable } from '@nestjs/common';
import { AuditEntryDto } from '../audit/dto/audit-entry.dto.js';
import { BuyersRepository } from '../buyers/buyers.repository.js';
import { BuyerDto } from '../buyers/dto/buyer.dto.js';
import { NotFoundProblem } from '../common/errors.js';
import { ConsultationDto } from '../consultations/dto/consultation.dto.js';
import { ContractDto } from '../contracts/dto/contract.dto.js';
import type { BuyerPersonalDataDto } from './dto/buyer-personal-data.dto.js';
import { PersonalDataRepository } from './personal-data.repository.js';

/** A data-subject access request about a buyer: everything Pavilion holds about them. */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly buyers: BuyersRepository,
    private readonly records: PersonalDataRepository,
  ) {}

  async exportForBuyer(agencyId: string, id: string): Promise<BuyerPersonalDataDto> {
    const buyer = await this.buyers.findByIdWithDeleted(agencyId, id);
    if (!buyer) throw new NotFoundProblem('Buyer', id);
    const found = await this.records.findBuyerRecords(agencyId, id);
    return {
      exportedAt: new Date().toISOString(),
      buyer: BuyerDto.from(buyer),
      buyerDeletedAt: buyer.deletedAt?.toISOString() ?? null,
      consultations: found.consultations.map((row) => ConsultationDto.from(row)),
      contracts: found.contracts.map((row) => ContractDto.from(row)),
      history: found.history.map((entry) => AuditEntryDto.from(entry)),
    };
  }
}
