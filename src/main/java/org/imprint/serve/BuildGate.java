package org.imprint.serve;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code jobs} builds at once and {@code queue} waiting: a request takes a place
 * ({@link #enter()}) before its upload is read, so neither builds nor the uploads waiting for
 * one can grow without bound, and gives it back only when its build has really ended (a build
 * past its time limit keeps its place until it stops).
 */
final class BuildGate {

    private final Semaphore places;
    private final ThreadPoolExecutor pool;
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean closing;

    BuildGate(int jobs, int queue) {
        this.places = new Semaphore(jobs + queue);
        AtomicInteger n = new AtomicInteger();
        // the semaphore bounds the work queue to `queue` tasks
        this.pool = new ThreadPoolExecutor(jobs, jobs, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "imprint-serve-build-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A place for one build, or {@code null} when every job and queue place is taken or the server stops. */
    Place enter() {
        if (closing || !places.tryAcquire()) {
            return null;
        }
        return new Place();
    }

    int queued() {
        return pool.getQueue().size();
    }

    int running() {
        return running.get();
    }

    /** Stops taking builds and waits up to {@code grace} for those taken to end; whether they did. */
    boolean close(Duration grace) throws InterruptedException {
        closing = true;
        pool.shutdown();
        boolean done = pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        if (!done) {
            pool.shutdownNow();
        }
        return done;
    }

    boolean closing() {
        return closing;
    }

    /** A taken place: run one build in it, or leave it. */
    final class Place {

        private final AtomicBoolean held = new AtomicBoolean(true);

        /** Runs the build; the place is given back when it ends. */
        <T> Future<T> run(Callable<T> build) {
            if (!held.get()) {
                throw new IllegalStateException("the place was left");
            }
            try {
                return pool.submit(() -> {
                    running.incrementAndGet();
                    try {
                        return build.call();
                    } finally {
                        running.decrementAndGet();
                        leave();
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                leave();   // the server began to stop since the place was taken
                throw e;
            }
        }

        /** Gives the place back when no build was run in it. */
        void leaveUnused() {
            leave();
        }

        private void leave() {
            if (held.compareAndSet(true, false)) {
                places.release();
            }
        }
    }
}
