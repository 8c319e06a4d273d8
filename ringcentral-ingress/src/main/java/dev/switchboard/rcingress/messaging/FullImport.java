package dev.switchboard.rcingress.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.RingCentralExtensionSnapshot;
import dev.switchboard.contracts.Topics;
import dev.switchboard.rcingress.client.RingCentralDirectory;
import dev.switchboard.rcingress.config.IngressConfig;
import dev.switchboard.rcingress.domain.CustomFieldValues;
import dev.switchboard.rcingress.domain.DirectNumbers;
import dev.switchboard.rcingress.domain.ExtensionFingerprint;
import dev.switchboard.rcingress.domain.ImportDiff;
import dev.switchboard.rcingress.domain.ImportReport;
import dev.switchboard.rcingress.persistence.ImportRuns;
import dev.switchboard.rcingress.persistence.KnownExtensions;
import dev.switchboard.rcingress.persistence.ReplicaLock;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The full import: lists every user extension page by page ({@code type=User}, until {@code navigation.nextPage} is
 * absent; Medium group, so the limiter paces it), publishes a snapshot of each (source import, one correlation per
 * run), compares with known_extension and reports new / changed / unchanged / gone. Gone extensions get a removal
 * snapshot. Only a run that read every page updates known_extension and declares anything gone. Direct numbers and
 * custom field values (the extension list carries neither) come from the company directory, read once before the
 * extension pages (Medium group, 2,000 a page, unless switched off), never per extension. Only when the directory is
 * not read, or does not list an extension (it lists Enabled, Disabled and NotActivated ones), and the account has
 * custom fields, is that extension read singly (Light group).
 */
@ApplicationScoped
public class FullImport {

    private static final Logger LOG = Logger.getLogger(FullImport.class);

    private final RingCentralDirectory directory;
    private final Snapshots snapshots;
    private final KnownExtensions known;
    private final ImportRuns runs;
    private final SchemaDiscovery schema;
    private final IngressConfig config;
    private final ReplicaLock locks;
    private final AtomicReference<String> running = new AtomicReference<>();

    FullImport(RingCentralDirectory directory, Snapshots snapshots, KnownExtensions known, ImportRuns runs,
               SchemaDiscovery schema, IngressConfig config, ReplicaLock locks) {
        this.locks = locks;
        this.directory = directory;
        this.snapshots = snapshots;
        this.known = known;
        this.runs = runs;
        this.schema = schema;
        this.config = config;
    }

    void scheduled() {
        if (!config.importing().enabled()) {
            return;
        }
        // every replica schedules the import: the first to come after a completed run's interval runs it
        Duration interval = config.importing().interval();
        Optional<Instant> last = runs.lastCompletedStart();
        if (last.isPresent() && last.get().isAfter(Instant.now().minus(interval.multipliedBy(9).dividedBy(10)))) {
            LOG.debugf("scheduled import skipped: a run completed that started at %s", last.get());
            return;
        }
        start("scheduled");
    }

    /**
     * Starts a run in the background; empty while another one is going on, here or on another replica (the import
     * lock: two runs at once would each publish every user and both declare the same users gone).
     */
    public Optional<ImportReport> start(String trigger) {
        String runId = UUID.randomUUID().toString();
        if (!running.compareAndSet(null, runId)) {
            return Optional.empty();
        }
        Optional<ReplicaLock.Held> lock;
        try {
            lock = locks.tryAcquire(ReplicaLock.Job.IMPORT);
        } catch (RuntimeException e) {
            running.set(null);
            throw e;
        }
        if (lock.isEmpty()) {
            running.set(null);
            return Optional.empty();
        }
        ImportReport report = ImportReport.started(runId, trigger, Instant.now());
        try {
            runs.save(report);
            Infrastructure.getDefaultWorkerPool().execute(() -> {
                try (ReplicaLock.Held held = lock.get()) {
                    run(report);
                } finally {
                    running.set(null);
                }
            });
        } catch (RuntimeException e) {
            lock.get().close();
            running.set(null);
            throw e;
        }
        return Optional.of(report);
    }

    public Optional<String> running() {
        return Optional.ofNullable(running.get());
    }

    public Optional<ImportReport> report(String runId) {
        return runs.find(runId);
    }

    /** Runs one import to its end and returns its report (stored as well). */
    ImportReport run(ImportReport started) {
        String runId = started.runId();
        int pages = 0;
        Map<String, ExtensionFingerprint> seen = new LinkedHashMap<>();
        DirectoryEntries directoryEntries = new DirectoryEntries();
        try {
            Map<String, ExtensionFingerprint> before = known.load();
            boolean readEach = !SchemaDiscovery.userFields(directory.customFields()).isEmpty();
            if (config.importing().directory()) {
                directoryEntries.read();
            }
            boolean more = true;
            while (more) {
                guardPaging(pages, "extension list");
                Instant pageReadAt = Instant.now();
                RingCentralDirectory.Page page = directory.userExtensions(pages + 1, config.importing().perPage());
                pages++;
                List<Event<RingCentralExtensionSnapshot>> events = new ArrayList<>();
                for (JsonNode listed : page.records()) {
                    boolean readSingly = readEach && !directoryEntries.lists(listed);
                    Instant readAt = readSingly ? Instant.now() : pageReadAt;
                    Optional<JsonNode> extension = readSingly ? directory.extension(listed.path("id").asText())
                            : Optional.of(readEach ? directoryEntries.withCustomFields(listed) : listed);
                    if (extension.isEmpty()) {
                        continue; // removed while we were listing: the next run reports it gone
                    }
                    RingCentralExtensionSnapshot snapshot = directoryEntries.snapshot(extension.get(), runId, readAt);
                    seen.put(snapshot.extensionId(), ExtensionFingerprint.of(snapshot.type(), snapshot.status(),
                            snapshot.attributes()));
                    events.add(event(runId, snapshot));
                }
                snapshots.publishAllAndAwait(events);
                more = page.nextPage() && !page.records().isEmpty();
            }
            ImportDiff diff = ImportDiff.of(before, seen);
            snapshots.publishAllAndAwait(diff.gone().stream()
                    .map(id -> event(runId, Snapshots.removed(id, Snapshots.IMPORT, runId))).toList());
            known.record(runId, seen, diff.gone(), Instant.now());
            ImportReport report = started.completed(pages, directoryEntries.pages, seen.size(), diff, Instant.now());
            runs.save(report);
            LOG.infof("import %s: %d pages (%d directory pages), %d users: %d new, %d changed, %d unchanged, %d gone",
                    runId, pages, directoryEntries.pages, seen.size(), diff.created().size(), diff.changed().size(),
                    diff.unchanged().size(), diff.gone().size());
            discoverSchema();
            return report;
        } catch (RuntimeException e) {
            LOG.errorf(e, "import %s failed after %d pages", runId, pages);
            ImportReport report = started.failed(pages, directoryEntries.pages, seen.size(), e.getMessage(), Instant.now());
            runs.save(report);
            return report;
        }
    }

    /**
     * Extension id to direct number, from the company directory: one Medium call per directory page instead of one
     * Light call per user. Not read (switched off): snapshots leave directNumber out.
     */
    /** What the company directory says per extension: its direct number and custom field values. */
    private final class DirectoryEntries {

        private Map<String, String> numbers;
        private Map<String, JsonNode> customFields;
        private Instant readAt;
        private int pages;

        void read() {
            numbers = new HashMap<>();
            customFields = new HashMap<>();
            readAt = Instant.now();
            boolean more = true;
            while (more) {
                guardPaging(pages, "company directory");
                RingCentralDirectory.Page page = directory.directoryUsers(pages + 1, config.importing().directoryPerPage());
                pages++;
                for (JsonNode entry : page.records()) {
                    String id = entry.path("id").asText();
                    numbers.put(id, DirectNumbers.ofDirectoryEntry(entry));
                    customFields.put(id, CustomFieldValues.ofDirectoryEntry(entry));
                }
                more = page.nextPage();
            }
        }

        /** Whether the directory was read and lists the extension (so its custom field values are known). */
        boolean lists(JsonNode listed) {
            return customFields != null && customFields.containsKey(listed.path("id").asText());
        }

        /** The listed extension with the custom field values the directory gave for it, as a single read has them. */
        JsonNode withCustomFields(JsonNode listed) {
            return CustomFieldValues.withValues(listed, customFields.get(listed.path("id").asText()));
        }

        /** An extension the directory does not list (e.g. Frozen: it lists Enabled, Disabled, NotActivated) has none. */
        RingCentralExtensionSnapshot snapshot(JsonNode extension, String runId, Instant extensionReadAt) {
            if (numbers == null) {
                return Snapshots.withoutDirectNumber(extension, Snapshots.IMPORT, runId, extensionReadAt);
            }
            // the number was read when the run began: the snapshot is as old as its oldest part
            Instant oldest = readAt.isBefore(extensionReadAt) ? readAt : extensionReadAt;
            return Snapshots.of(extension, numbers.get(extension.path("id").asText()), Snapshots.IMPORT, runId, oldest);
        }
    }

    /** Fails the run before it follows more pages than max-pages: a nextPage that never ends is RingCentral's bug. */
    private void guardPaging(int pagesRead, String list) {
        if (pagesRead >= config.importing().maxPages()) {
            throw new IllegalStateException("the " + list + " has more than " + config.importing().maxPages() + " pages");
        }
    }

    private void discoverSchema() {
        try {
            schema.discover();
        } catch (RuntimeException e) {
            LOG.errorf("schema discovery after the import failed: %s", e.getMessage());
        }
    }

    private static Event<RingCentralExtensionSnapshot> event(String runId, RingCentralExtensionSnapshot snapshot) {
        return Event.inCorrelation(runId, null, Topics.RINGCENTRAL_EXTENSIONS, snapshot.extensionId(), snapshot);
    }
}
