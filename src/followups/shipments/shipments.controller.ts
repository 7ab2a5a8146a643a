import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiKeyScope } from '../../tenancy/api-key-scope.decorator.js';
import { CurrentPrincipal, CurrentUser } from '../../tenancy/current-principal.decorator.js';
import { fairLimit, type Principal, type UserPrincipal } from '../../tenancy/principal.js';
import { Roles } from '../../tenancy/roles.decorator.js';
import { ApiIfMatch, ApiProblems } from '../../common/api-responses.js';
import { ApiPost } from '../../idempotency/api-post.js';
import { IfMatch } from '../../common/etag.js';
import { NotFoundProblem } from '../../common/errors.js';
import { streamedFile } from '../../common/streamed-file.js';
import { UuidParam } from '../../common/uuid-param.js';
import { CreateShipmentDto } from './dto/create-shipment.dto.js';
import { ListContractShipmentsDto, ListShipmentsDto } from './dto/list-shipments.dto.js';
import { ShipmentDto, ShipmentPageDto } from './dto/shipment.dto.js';
import { UpdateShipmentDto } from './dto/update-shipment.dto.js';
import { EVIDENCE_TYPES, ShipmentDocuments } from './shipment-documents.js';
import { ShipmentsService } from './shipments.service.js';

const UNPROCESSABLE =
  'Unknown contract; a contract that is not provisional or signed; a date before the fair; or no exchange rate for the currency and date';

/** Realized exports under contracts: staff record them, managers verify them; keys read them with `contracts:read`. */
@ApiTags('shipments')
@ApiBearerAuth()
@ApiProblems()
@Controller()
export class ShipmentsController {
  constructor(
    private readonly shipments: ShipmentsService,
    private readonly documents: ShipmentDocuments,
  ) {}

  @Get('shipments')
  @ApiOperation({
    operationId: 'listShipments',
    summary: 'List shipments',
    description: "Filter by fair, company (the contract's), contract, evidence and shipping date; in creation order, in cursor pages (`nextCursor`).",
  })
  @ApiKeyScope('contracts:read')
  @ApiOkResponse({ type: ShipmentPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() filter: ListShipmentsDto) {
    return this.shipments.list(principal.agencyId, filter, fairLimit(principal));
  }

  @Get('contracts/:id/shipments')
  @ApiOperation({ operationId: 'listContractShipments', summary: "List a contract's shipments", description: 'In creation order, in cursor pages.' })
  @ApiKeyScope('contracts:read')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: ShipmentPageDto })
  listForContract(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string, @Query() filter: ListContractShipmentsDto) {
    return this.shipments.listForContract(principal.agencyId, id, filter, fairLimit(principal));
  }

  @Post('shipments')
  @ApiOperation({
    operationId: 'createShipment',
    summary: 'Record a shipment',
    description: "Evidence starts `self_reported`; the USD value is frozen at the agency's exchange rate of `shippedOn`.",
  })
  @Roles('staff')
  @ApiPost({ type: ShipmentDto, location: '/v1/shipments/{id}' })
  @ApiUnprocessableEntityResponse({ description: UNPROCESSABLE })
  create(@CurrentUser() principal: UserPrincipal, @Body() body: CreateShipmentDto) {
    return this.shipments.create(principal.agencyId, { userId: principal.userId }, body);
  }

  @Get('shipments/:id')
  @ApiOperation({ operationId: 'getShipment', summary: 'Get a shipment' })
  @ApiKeyScope('contracts:read')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: ShipmentDto })
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.shipments.get(principal.agencyId, id, fairLimit(principal));
  }

  @Patch('shipments/:id')
  @ApiOperation({
    operationId: 'updateShipment',
    summary: 'Update a shipment',
    description: 'Its date, value or note. A new date or value drops a verification (evidence goes back to `document` or `self_reported`).',
  })
  @Roles('staff')
  @ApiProblems({ notFound: true })
  @ApiIfMatch()
  @ApiOkResponse({ type: ShipmentDto })
  @ApiUnprocessableEntityResponse({ description: UNPROCESSABLE })
  update(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string, @Body() body: UpdateShipmentDto, @IfMatch() expectedVersion: number | undefined) {
    return this.shipments.update(principal.agencyId, id, body, expectedVersion);
  }

  @Post('shipments/:id/document')
  @ApiOperation({
    operationId: 'uploadShipmentDocument',
    summary: 'Attach an evidence document',
    description: `One file (${EVIDENCE_TYPES.join(', ')}, judged by its content) in a \`file\` part; evidence becomes \`document\` (a verification is dropped).`,
  })
  @Roles('staff')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiProblems({ notFound: true })
  @ApiPost({ status: 200, type: ShipmentDto, ifMatch: true })
  async uploadDocument(@CurrentUser() principal: UserPrincipal, @UuidParam('id') id: string, @Req() request: FastifyRequest, @IfMatch() expectedVersion: number | undefined) {
    await this.shipments.found(principal.agencyId, id);
    const document = await this.documents.receive(request);
    try {
      return await this.shipments.attachDocument(principal.agencyId, id, document, expectedVersion);
    } catch (error) {
      await this.documents.discard(document.key);
      throw error;
    }
  }

  @Get('shipments/:id/document')
  @ApiOperation({ operationId: 'downloadShipmentDocument', summary: "Download a shipment's evidence document" })
  @ApiProblems({ notFound: true })
  @ApiProduces(...EVIDENCE_TYPES)
  @ApiOkResponse({
    description: 'The document as uploaded, with its type read from its content',
    content: Object.fromEntries(EVIDENCE_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
    headers: { 'Content-Disposition': { description: 'attachment, with the name it was uploaded under', required: true, schema: { type: 'string' } } },
  })
  async downloadDocument(@CurrentUser() principal: UserPrincipal, @UuidParam('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const row = await this.shipments.found(principal.agencyId, id);
    if (row.documentKey === null || row.documentType === null) throw this.noDocument(id);
    reply.header('content-type', row.documentType);
    reply.header('content-disposition', contentDisposition(row.documentName ?? 'document'));
    reply.header('x-content-type-options', 'nosniff');
    return streamedFile(this.documents.open(row.documentKey));
  }

  @Post('shipments/:id/verify')
  @ApiOperation({ operationId: 'verifyShipment', summary: 'Verify a shipment', description: 'Managers: evidence becomes `verified`, with who and when (audited).' })
  @Roles('manager')
  @ApiProblems({ notFound: true })
  @ApiPost({ status: 200, type: ShipmentDto, ifMatch: true })
  verify(@CurrentUser() principal: UserPrincipal, @UuidParam('id') id: string, @IfMatch() expectedVersion: number | undefined) {
    return this.shipments.verify(principal.agencyId, principal.userId, id, expectedVersion);
  }

  @Delete('shipments/:id')
  @ApiOperation({ operationId: 'deleteShipment', summary: 'Delete a shipment' })
  @Roles('staff')
  @HttpCode(204)
  @ApiProblems({ notFound: true })
  @ApiNoContentResponse({ description: 'Soft-deleted: leaves lists and totals' })
  remove(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.shipments.remove(principal.agencyId, id);
  }

  private noDocument(id: string) {
    return new NotFoundProblem('Document of shipment', id);
  }
}
