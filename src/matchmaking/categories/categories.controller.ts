import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../tenancy/current-principal.decorator.js';
import type { Principal } from '../../tenancy/principal.js';
import { Roles } from '../../tenancy/roles.decorator.js';
import { ApiProblems } from '../../common/api-responses.js';
import { ApiPost } from '../../idempotency/api-post.js';
import { CategoriesService } from './categories.service.js';
import { CategoryDto, CategoryListDto, CreateCategoryDto } from './categories.dto.js';

/** The agency's product-category vocabulary, used by company and buyer profiles. */
@ApiTags('matchmaking')
@ApiBearerAuth()
@ApiProblems()
@Controller('categories')
export class CategoriesController {
  constructor(private readonly categories: CategoriesService) {}

  @Get()
  @ApiOperation({ operationId: 'listCategories', summary: 'List product categories', description: "Your agency's vocabulary for company and buyer profiles, by slug." })
  @ApiOkResponse({ type: CategoryListDto })
  async list(@CurrentPrincipal() principal: Principal): Promise<CategoryListDto> {
    return { data: await this.categories.list(principal.agencyId) };
  }

  @Post()
  @ApiOperation({ operationId: 'createCategory', summary: 'Add a product category' })
  @Roles('manager')
  @ApiPost({ type: CategoryDto })
  @ApiConflictResponse({ description: 'The slug exists' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateCategoryDto) {
    return this.categories.create(principal.agencyId, body);
  }
}
