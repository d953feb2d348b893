package io.github.samhttp.core.local.asl;

/** Time as the interpreter sees it: real in use, virtual in tests that must not sleep. */
public interface Timing {

    /** Milliseconds since some fixed point. */
    long nowMillis();

    void sleep(long millis) throws InterruptedException;

    /** A number from 0 (inclusive) to 1 (exclusive), for full jitter. */
    double random();

    /** The real clock and {@link Thread#sleep}. */
    Timing REAL = new Timing() {
        @Override
        public long nowMillis() {
            return System.nanoTime() / 1_000_000;
        }

        @Override
        public void sleep(long millis) throws InterruptedException {
            Thread.sleep(millis);
        }

        @Override
        public double random() {
            return Math.random();
        }
    };
}
