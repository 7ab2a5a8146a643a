import { applyDecorators } from '@nestjs/common';
import { JoinColumn, ManyToOne, type ObjectType } from 'typeorm';

/**
 * A reference to another record of the same agency: the foreign key is (agency_id, <x>_id) →
 * (agency_id, id), so the database itself refuses a row pointing into another agency.
 */
export function SameAgency<T>(target: () => ObjectType<T>, column: string, constraint: string, nullable = false): PropertyDecorator {
  return applyDecorators(
    ManyToOne(target, { nullable, onDelete: 'RESTRICT', createForeignKeyConstraints: true }),
    JoinColumn([
      { name: 'agency_id', referencedColumnName: 'agencyId', foreignKeyConstraintName: constraint },
      { name: column, referencedColumnName: 'id', foreignKeyConstraintName: constraint },
    ]),
  );
}
