import { Global, Module } from '@nestjs/common';
import { SharedCounters } from './shared-counters';

/** The fleet's shared counters (REDIS_URL); without it, SharedCounters is disabled and unused. */
@Global()
@Module({
  providers: [SharedCounters],
  exports: [SharedCounters],
})
export class RedisModule {}
