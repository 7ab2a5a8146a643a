import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Agency } from './agency.entity.js';

/** The tenant table, which every tenant-owned record refers to: each process maps it. */
@Module({ imports: [TypeOrmModule.forFeature([Agency])] })
export class TenancyModule {}
