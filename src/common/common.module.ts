import { Global, Module } from '@nestjs/common';
import { Paginator } from './listing/paginator';
import { Clock, SystemClock } from './time';

/** Shared helpers every feature injects: the clock and the paginator. */
@Global()
@Module({
  providers: [{ provide: Clock, useClass: SystemClock }, Paginator],
  exports: [Clock, Paginator],
})
export class CommonModule {}
