package io.newsprep.job;

/**
 * For the crash tests only: with the system property {@value #PROPERTY} set to a number of milliseconds, the update
 * of current/ announces on standard error that its new version is staged and waits that long before putting it in
 * place, so that a test can kill the process inside the update. Unset (always, in real use) it does nothing.
 */
final class CurrentUpdatePause {

    static final String PROPERTY = "newsprep.test.current-update-pause-ms";

    private CurrentUpdatePause() {
    }

    static Runnable fromSystemProperty() {
        long millis = Long.getLong(PROPERTY, 0L);
        if (millis <= 0) {
            return () -> { };
        }
        return () -> {
            System.err.println("newsprep: current/ staged, pausing " + millis + " ms before the swap");
            System.err.flush();
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
