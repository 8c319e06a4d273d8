package dev.switchboard.reconciler.admin.rest;

import dev.switchboard.contracts.Topic;
import dev.switchboard.contracts.Topics;
import dev.switchboard.reconciler.admin.AdminRoles;
import dev.switchboard.reconciler.admin.messaging.Replayer;
import dev.switchboard.reconciler.admin.persistence.DeadLetterEntity;
import dev.switchboard.reconciler.admin.persistence.DeadLetterRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Dead letters of every Switchboard consumer, and their replay to the topic they came from. */
@Path("/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterAdminResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    static final int MAX_REPLAY_IDS = 100;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final DeadLetterRepository deadLetters;
    private final Replayer replayer;
    private final Audited audited;
    private final SecurityIdentity identity;

    public DeadLetterAdminResource(DeadLetterRepository deadLetters, Replayer replayer, Audited audited,
                                   SecurityIdentity identity) {
        this.deadLetters = deadLetters;
        this.replayer = replayer;
        this.audited = audited;
        this.identity = identity;
    }

    /** The newest dead letters first, optionally of one consumer (as named in the dead letter). */
    @GET
    @RolesAllowed({AdminRoles.READ, AdminRoles.OPERATE})
    public Uni<List<DeadLetterView>> list(@QueryParam("consumer") String consumer, @QueryParam("limit") Integer limit) {
        int max = Ids.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        Optional<String> ofConsumer = Optional.ofNullable(consumer).filter(c -> !c.isBlank());
        return Panache.withSession(() -> deadLetters.newest(ofConsumer, max))
                .map(rows -> rows.stream().map(DeadLetterView::of).toList());
    }

    /** Re-publishes the original record (payload bytes and key) to its source topic, once. */
    @POST
    @Path("/{id}/replay")
    @RolesAllowed(AdminRoles.OPERATE)
    public Uni<DeadLetterView> replay(@PathParam("id") String id) {
        return replayAudited(Audited.actor(identity), id);
    }

    /** Replays several dead letters one after the other; each is audited and answered on its own. */
    @POST
    @Path("/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(AdminRoles.OPERATE)
    public Uni<ReplayResults> replayMany(ReplayRequest request) {
        if (request == null || request.ids() == null || request.ids().isEmpty()) {
            throw AdminException.badRequest("body must be {\"ids\": [dead letter ids]} with at least one id");
        }
        if (request.ids().size() > MAX_REPLAY_IDS) {
            throw AdminException.badRequest("at most " + MAX_REPLAY_IDS + " ids per request, got " + request.ids().size());
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (String id : request.ids()) {
            ids.add(Ids.uuid(id, "dead letter id").toString());
        }
        String actor = Audited.actor(identity);
        return Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> replayAudited(actor, id)
                        .map(view -> new ReplayResult(id, "REPLAYED", null))
                        .onFailure().recoverWithItem(failure -> failure instanceof AdminException refusal
                                ? new ReplayResult(id, refusal.outcome(), refusal.getMessage())
                                : new ReplayResult(id, "FAILED", String.valueOf(failure))))
                .collect().asList()
                .map(ReplayResults::new);
    }

    private Uni<DeadLetterView> replayAudited(String actor, String rawId) {
        return audited.inTransaction(actor, "DEAD_LETTER_REPLAY", rawId, () -> replayLocked(Ids.uuid(rawId,
                "dead letter id"), actor), view -> {
                    Map<String, Object> detail = new LinkedHashMap<>();
                    detail.put("topic", view.sourceTopic());
                    detail.put("key", String.valueOf(view.recordKey()));
                    detail.put("consumer", view.consumer());
                    return new Audited.Entry("REPLAYED", detail);
                });
    }

    /** Inside the transaction: the row stays locked until the Kafka ack, so two operators cannot replay it twice. */
    private Uni<DeadLetterView> replayLocked(UUID id, String actor) {
        return deadLetters.lockById(id).chain(letter -> {
            if (letter == null) {
                throw AdminException.notFound("no dead letter " + id);
            }
            if (letter.replayedAt != null) {
                throw AdminException.conflict("dead letter " + id + " was already replayed at " + letter.replayedAt
                        + " by " + letter.replayedBy);
            }
            if (letter.payload == null) {
                throw AdminException.conflict("dead letter " + id + " has no payload to replay");
            }
            Optional<Topic<?>> topic = Topics.byName(letter.sourceTopic).filter(t -> t != Topics.DEAD_LETTERS);
            if (topic.isEmpty()) {
                throw AdminException.conflict("dead letter " + id + " came from " + letter.sourceTopic
                        + ", which is not a topic Switchboard consumes");
            }
            return replayer.replay(id, letter.sourceTopic, letter.recordKey, letter.payload)
                    .ifNoItem().after(SEND_TIMEOUT).fail()
                    .onFailure().transform(e -> AdminException.badGateway("Kafka did not take the replay to "
                            + letter.sourceTopic + ": " + e.getMessage()))
                    .map(ignored -> {
                        letter.replayedAt = Instant.now();
                        letter.replayedBy = actor;
                        return DeadLetterView.of(letter);
                    });
        });
    }

    /** A stored dead letter as operators see it. */
    public record DeadLetterView(UUID id, String eventId, String consumer, String sourceTopic, int partition,
                                 long offset, String recordKey, String payload, String errorCode, String errorMessage,
                                 int attempts, Instant failedAt, Instant replayedAt, String replayedBy) {
        static DeadLetterView of(DeadLetterEntity e) {
            return new DeadLetterView(e.id, e.eventId, e.consumer, e.sourceTopic, e.partition, e.offset, e.recordKey,
                    e.payload, e.errorCode, e.errorMessage, e.attempts, e.failedAt, e.replayedAt, e.replayedBy);
        }
    }

    /** Body of a replay of several dead letters. */
    public record ReplayRequest(List<String> ids) {
    }

    /** One dead letter's replay: REPLAYED, NOT_FOUND, CONFLICT, BAD_GATEWAY or FAILED, with the reason. */
    public record ReplayResult(String id, String outcome, String reason) {
    }

    /** The replays in the order asked. */
    public record ReplayResults(List<ReplayResult> results) {
    }
}
