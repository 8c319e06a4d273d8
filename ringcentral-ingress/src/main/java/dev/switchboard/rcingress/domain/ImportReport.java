package dev.switchboard.rcingress.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One full-import run as operators see it.
 *
 * @param runId          the run's id, carried by its snapshots as importRunId
 * @param trigger        {@code scheduled} or {@code on-demand}
 * @param status         RUNNING, COMPLETED or FAILED
 * @param pages          extension list pages read
 * @param directoryPages company directory pages read for direct numbers (0 when switched off)
 * @param listed         user extensions listed
 * @param created        ids new since the last completed run
 * @param changed        ids whose content changed
 * @param unchanged      how many stayed the same
 * @param gone           ids no longer listed (a removal snapshot was published)
 * @param error          why it failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReport(String runId, String trigger, String status, Instant startedAt, Instant finishedAt,
                           int pages, int directoryPages, int listed, List<String> created, List<String> changed,
                           int unchanged, List<String> gone, String error) {

    public static final String RUNNING = "RUNNING";
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";

    public static ImportReport started(String runId, String trigger, Instant at) {
        return new ImportReport(runId, trigger, RUNNING, at, null, 0, 0, 0, List.of(), List.of(), 0, List.of(), null);
    }

    public ImportReport completed(int pages, int directoryPages, int listed, ImportDiff diff, Instant at) {
        return new ImportReport(runId, trigger, COMPLETED, startedAt, at, pages, directoryPages, listed, diff.created(), diff.changed(),
                diff.unchanged().size(), diff.gone(), null);
    }

    public ImportReport failed(int pages, int directoryPages, int listed, String reason, Instant at) {
        return new ImportReport(runId, trigger, FAILED, startedAt, at, pages, directoryPages, listed, List.of(), List.of(), 0, List.of(),
                reason);
    }
}
