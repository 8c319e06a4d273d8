package dev.switchboard.oktaingress.domain;

import java.time.Instant;

/**
 * What one backstop run did.
 *
 * @param runId           id of the run
 * @param trigger         {@code schedule} or {@code on-demand}
 * @param state           RUNNING, SUCCEEDED (no errors) or COMPLETED_WITH_ERRORS
 * @param startedAt       when it started
 * @param finishedAt      when it ended; null while running
 * @param since           start of the System Log window
 * @param logEvents       System Log events read
 * @param logEventsReread of those, the ones that counts (see {@link Triage}) and were re-read
 * @param users           app users listed
 * @param snapshots       snapshots published (from both parts)
 * @param errors          events, users or pages that could not be read
 * @param lastError       the last error's message, for the operator
 */
public record BackstopReport(String runId, String trigger, State state, Instant startedAt, Instant finishedAt,
                             Instant since, int logEvents, int logEventsReread, int users, int snapshots, int errors,
                             String lastError) {

    public enum State {
        RUNNING, SUCCEEDED, COMPLETED_WITH_ERRORS
    }

    public static BackstopReport started(String runId, String trigger, Instant startedAt, Instant since) {
        return new BackstopReport(runId, trigger, State.RUNNING, startedAt, null, since, 0, 0, 0, 0, 0, null);
    }

    public BackstopReport finished(Instant at, int logEvents, int logEventsReread, int users, int snapshots,
                                   int errors, String lastError) {
        return new BackstopReport(runId, trigger, errors == 0 ? State.SUCCEEDED : State.COMPLETED_WITH_ERRORS,
                startedAt, at, since, logEvents, logEventsReread, users, snapshots, errors, lastError);
    }
}
