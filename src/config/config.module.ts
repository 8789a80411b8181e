import { Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { AppConfig } from './app-config';
import { validateEnvironment } from './environment';

/**
 * @nestjs/config loads an optional .env file into the environment and validates it at start;
 * everything else injects the typed AppConfig built from that same environment (main.ts builds
 * its own copy for the HTTP adapter from the same variables). Tests override AppConfig.
 */
@Global()
@Module({
  imports: [ConfigModule.forRoot({ envFilePath: '.env', validate: validateEnvironment })],
  providers: [
    {
      provide: AppConfig,
      // Injecting ConfigService orders this after ConfigModule has loaded and validated .env.
      inject: [ConfigService],
      useFactory: () => AppConfig.fromProcessEnv(),
    },
  ],
  exports: [AppConfig],
})
export class AppConfigModule {}
