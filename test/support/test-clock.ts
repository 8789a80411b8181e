import { Clock } from '../../src/common/time';

/** Real time plus an offset that a test can move forward (expiry, grace periods). */
export class TestClock extends Clock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
