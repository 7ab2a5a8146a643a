import { ConfigModule } from '@nestjs/config';
import { allConfigs } from './configuration.js';

/** Typed namespaces (`@Inject(authConfig.KEY)`), validated when the app starts. */
export const AppConfigModule = ConfigModule.forRoot({ isGlobal: true, load: allConfigs, ignoreEnvFile: false });
