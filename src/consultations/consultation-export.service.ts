import { Injectable } from '@nestjs/common';
import { canReadPersonalData, fairLimit, type Principal } from '../tenancy/principal.js';
import { MAX_PAGE_SIZE } from '../common/pagination.js';
import type { Table } from '../common/spreadsheets.js';
import { consultationExportColumns as COLUMNS, type ExportRow, type Party } from './consultation-export-columns.js';
import { Transactions } from '../database/transactions.js';
import { ConsultationsService } from './consultations.service.js';
import type { ConsultationDto } from './dto/consultation.dto.js';
import type { ListConsultationsDto } from './dto/list-consultations.dto.js';

/**
 * The consultation list as a spreadsheet: the same filters and order as `GET /v1/consultations`, read
 * through the same service a keyset page of 500 at a time (never the whole table in memory), with the
 * company and buyer of each row. Buyers' contact name, email and phone only where
 * `canReadPersonalData` allows; otherwise those columns are left out.
 */
@Injectable()
export class ConsultationExportService {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly transactions: Transactions,
  ) {}

  table(principal: Principal, filter: ListConsultationsDto): Table<ExportRow> {
    const personal = canReadPersonalData(principal);
    return { name: '상담일지 Consultations', columns: COLUMNS(personal), rows: this.rows(principal, filter, personal) };
  }

  /** The list's pages, limited like the list to a fair-limited key's fairs. */
  private async *rows(principal: Principal, filter: ListConsultationsDto, personal: boolean): AsyncGenerator<ExportRow> {
    const { agencyId } = principal;
    let cursor: string | undefined = filter.cursor;
    do {
      const page = await this.consultations.list(agencyId, { ...filter, limit: MAX_PAGE_SIZE, cursor }, fairLimit(principal));
      const parties = await this.parties(agencyId, page.data, personal);
      for (const row of page.data) yield { ...row, ...parties(row) };
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  }

  private async parties(agencyId: string, rows: ConsultationDto[], personal: boolean): Promise<(row: ConsultationDto) => Party> {
    const companies = await this.transactions.manager.query<{ id: string; name: string; registration_number: string | null }[]>(
      'SELECT id, name, registration_number FROM companies WHERE agency_id = $1 AND id = ANY($2::uuid[])',
      [agencyId, [...new Set(rows.map((row) => row.companyId))]],
    );
    const buyers = await this.transactions.manager.query<{ id: string; organisation: string; contact_name: string | null; email: string | null; phone: string | null }[]>(
      'SELECT id, organisation, contact_name, email, phone FROM buyers WHERE agency_id = $1 AND id = ANY($2::uuid[])',
      [agencyId, [...new Set(rows.flatMap((row) => (row.buyerId === null ? [] : [row.buyerId])))]],
    );
    const zones = await this.transactions.manager.query<{ id: string; timezone: string }[]>(
      'SELECT id, timezone FROM fairs WHERE agency_id = $1 AND id = ANY($2::uuid[])',
      [agencyId, [...new Set(rows.map((row) => row.fairId))]],
    );
    const zoneByFair = new Map(zones.map((fair) => [fair.id, fair.timezone]));
    const companyById = new Map(companies.map((company) => [company.id, company]));
    const buyerById = new Map(buyers.map((buyer) => [buyer.id, buyer]));
    return (row) => {
      const company = companyById.get(row.companyId);
      const buyer = row.buyerId === null ? undefined : buyerById.get(row.buyerId);
      return {
        companyName: company?.name ?? '',
        fairTimezone: zoneByFair.get(row.fairId) ?? 'UTC',
        registrationNumber: company?.registration_number ?? null,
        buyerOrganisation: buyer?.organisation ?? null,
        buyerContact: personal ? (buyer?.contact_name ?? null) : null,
        buyerEmail: personal ? (buyer?.email ?? null) : null,
        buyerPhone: personal ? (buyer?.phone ?? null) : null,
      };
    };
  }
}
