import { Module } from '@nestjs/common';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { CategoriesController } from './categories/categories.controller.js';
import { CategoriesModule } from './categories/categories.module.js';
import { InterpretersController } from './interpreters/interpreters.controller.js';
import { InterpretersRepository } from './interpreters/interpreters.repository.js';
import { InterpretersService } from './interpreters/interpreters.service.js';
import { MatchesController } from './matches/matches.controller.js';
import { MatchesRepository } from './matches/matches.repository.js';
import { MatchesService } from './matches/matches.service.js';
import { MeetingsCalendarService } from './meetings/meetings-calendar.service.js';
import { MeetingsController } from './meetings/meetings.controller.js';
import { MeetingsRepository } from './meetings/meetings.repository.js';
import { MeetingsService } from './meetings/meetings.service.js';
import { ProfilesController } from './profiles/profiles.controller.js';
import { ProfilesRepository } from './profiles/profiles.repository.js';
import { ProfilesService } from './profiles/profiles.service.js';
import { ScheduleRunsController } from './scheduling/schedule-runs.controller.js';
import { ScheduleRunsRepository } from './scheduling/schedule-runs.repository.js';
import { SchedulingService } from './scheduling/scheduling.service.js';
import { SessionsController } from './sessions/sessions.controller.js';
import { SessionsRepository } from './sessions/sessions.repository.js';
import { SessionsService } from './sessions/sessions.service.js';

/** Export matchmaking, API side: profiles, suggestions, sessions, meetings, interpreters, calendars. */
@Module({
  imports: [ConsultationsModule, CategoriesModule],
  controllers: [CategoriesController, ProfilesController, InterpretersController, SessionsController, MeetingsController, ScheduleRunsController, MatchesController],
  providers: [
    ProfilesRepository,
    ProfilesService,
    InterpretersRepository,
    InterpretersService,
    SessionsRepository,
    SessionsService,
    MeetingsRepository,
    MeetingsService,
    MeetingsCalendarService,
    MatchesRepository,
    MatchesService,
    ScheduleRunsRepository,
    SchedulingService,
  ],
})
export class MatchmakingModule {}
