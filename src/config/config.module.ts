import { Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { AppConfig } from './app-config';
import { Environment, validateEnvironment } from './environment';

/**
 * @nestjs/config loads the environment (and an optional .env file) and validates it at start;
 * everything else injects the typed AppConfig built from it. Tests override AppConfig.
 */
@Global()
@Module({
  imports: [ConfigModule.forRoot({ envFilePath: '.env', validate: validateEnvironment })],
  providers: [
    {
      provide: AppConfig,
      inject: [ConfigService],
      useFactory: (config: ConfigService) => {
        const names = Object.keys(new Environment()).concat('TESSERA_KEY_PEPPER');
        const env = Object.fromEntries(names.map((n) => [n, config.get(n)]));
        return new AppConfig(Object.assign(new Environment(), env));
      },
    },
  ],
  exports: [AppConfig],
})
export class AppConfigModule {}
