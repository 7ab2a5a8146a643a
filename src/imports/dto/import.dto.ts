import { ApiProperty } from '@nestjs/swagger';
import { IMPORT_KINDS, IMPORT_STATES, type Import, type ImportKind, type ImportState } from '../import.entity.js';

export class ImportRowsDto {
  @ApiProperty({ nullable: true, type: Number, description: 'Data rows in the file (header excluded), once counted' })
  total: number | null;

  @ApiProperty({ description: 'Rows committed so far (the checkpoint)' })
  processed: number;

  @ApiProperty({ description: 'Records created (dry run: that would be created)' })
  created: number;

  @ApiProperty({ description: 'Rows skipped because the fair already has them (same row id or content)' })
  duplicates: number;

  @ApiProperty({ description: 'Rows rejected; see errorsUrl' })
  rejected: number;
}

export class IgnoredColumnDto {
  @ApiProperty({ example: 'Booth no.' }) header: string;
  @ApiProperty({ example: 'unknown column', description: "Why the import skipped it: 'unknown column', 'not in the mapping', or why Pavilion's own export column is not imported" })
  reason: string;
}

export class ImportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) fairId: string;
  @ApiProperty({ enum: IMPORT_KINDS }) kind: ImportKind;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: ['csv', 'xlsx'] }) format: string;
  @ApiProperty({ nullable: true, type: String, example: 'cp949' }) encoding: string | null;
  @ApiProperty() dryRun: boolean;
  @ApiProperty() createMissing: boolean;
  @ApiProperty({ enum: IMPORT_STATES }) state: ImportState;
  @ApiProperty({ description: 'processed ÷ total, 0 to 1' }) progress: number;
  @ApiProperty({ type: ImportRowsDto }) rows: ImportRowsDto;
  @ApiProperty({ type: [IgnoredColumnDto], description: 'Headers of the file that map to no field and were skipped (known once the header row is read)' })
  ignoredColumns: IgnoredColumnDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Why the whole file failed (not a row error)' }) failure: string | null;
  @ApiProperty({ description: 'CSV of rejected rows: row, column, message' }) errorsUrl: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String }) finishedAt: string | null;

  static from(row: Import): ImportDto {
    const dto = new ImportDto();
    Object.assign(dto, {
      id: row.id,
      fairId: row.fairId,
      kind: row.kind,
      fileName: row.fileName,
      format: row.format,
      encoding: row.encoding,
      dryRun: row.dryRun,
      createMissing: row.createMissing,
      state: row.state,
      progress: row.state === 'completed' ? 1 : row.totalRows ? Math.min(1, row.processedRows / row.totalRows) : 0,
      rows: { total: row.totalRows, processed: row.processedRows, created: row.createdRows, duplicates: row.duplicateRows, rejected: row.rejectedRows },
      ignoredColumns: row.ignoredColumns ?? [],
      failure: row.failure,
      errorsUrl: `/v1/imports/${row.id}/errors.csv`,
      createdAt: row.createdAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
    });
    return dto;
  }
}
