import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../auth/current-principal.decorator.js';
import type { Principal } from '../../auth/principal.js';
import { Roles } from '../../auth/roles.decorator.js';
import { ApiProblems, ApiWrite } from '../../common/api-problem-responses.js';
import { CategoriesRepository } from './categories.repository.js';
import { CategoryDto, CategoryListDto, CreateCategoryDto } from './categories.dto.js';

/** The agency's product-category vocabulary, used by company and buyer profiles. */
@ApiTags('matchmaking')
@ApiBearerAuth()
@ApiProblems()
@Controller('categories')
export class CategoriesController {
  constructor(private readonly categories: CategoriesRepository) {}

  @Get()
  @ApiOkResponse({ type: CategoryListDto })
  async list(@CurrentPrincipal() principal: Principal): Promise<CategoryListDto> {
    return { data: await this.categories.list(principal.agencyId) };
  }

  @Post()
  @Roles('manager')
  @ApiWrite()
  @ApiCreatedResponse({ type: CategoryDto })
  @ApiConflictResponse({ description: 'The slug exists' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateCategoryDto) {
    return this.categories.create(principal.agencyId, body);
  }
}
