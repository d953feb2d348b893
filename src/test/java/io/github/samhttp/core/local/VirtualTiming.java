package io.github.samhttp.core.local;

import io.github.samhttp.core.local.asl.Timing;
import java.util.ArrayList;
import java.util.List;

/** Real time plus whatever the run slept, without sleeping; jitter fixed (one half unless told). */
public final class VirtualTiming implements Timing {

    private final double jitter;
    private long slept;
    public final List<Long> waits = new ArrayList<>();

    public VirtualTiming() {
        this(0.5);
    }

    public VirtualTiming(double jitter) {
        this.jitter = jitter;
    }

    @Override
    public long nowMillis() {
        return System.nanoTime() / 1_000_000 + slept;
    }

    @Override
    public void sleep(long millis) {
        waits.add(millis);
        slept += millis;
    }

    @Override
    public double random() {
        return jitter;
    }
}
