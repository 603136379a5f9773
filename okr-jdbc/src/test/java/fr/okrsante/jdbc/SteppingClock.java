package fr.okrsante.jdbc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves: each reading is one second after the previous one unless set. */
final class SteppingClock extends Clock {

  private Instant now;

  SteppingClock(Instant start) {
    this.now = start;
  }

  synchronized void set(Instant instant) {
    now = instant;
  }

  @Override
  public synchronized Instant instant() {
    Instant reading = now;
    now = now.plus(Duration.ofSeconds(1));
    return reading;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("not needed by the tests");
  }
}
