package dev.switchboard.sandbox.domain.okta;

import dev.switchboard.sandbox.domain.Secrets;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Users and app users of the sandbox Okta org (one app instance). Every method is atomic; state changes
 * return what changed so the caller can emit the matching System Log events.
 */
public final class OktaDirectory {

    /** Result of a profile update: the new user and the names of attributes whose value changed. */
    public record ProfileUpdate(OktaUser user, List<String> changedAttributes) {
    }

    /** Result of a deactivation: the user and the assignments it removed. */
    public record Deactivation(OktaUser user, List<OktaAppUser> removedAssignments) {
    }

    private static final List<String> REQUIRED = List.of("login", "email", "firstName", "lastName");

    private final Clock clock;
    private final String appId;
    private final Map<String, OktaUser> users = new LinkedHashMap<>();
    private final Map<String, OktaAppUser> appUsers = new LinkedHashMap<>();

    public OktaDirectory(Clock clock, String appId) {
        this.clock = clock;
        this.appId = appId;
    }

    public String appId() {
        return appId;
    }

    /** Creates a user; {@code activate} makes it ACTIVE with a password, PROVISIONED without (as Okta does). */
    public synchronized OktaUser createUser(Map<String, Object> profile, boolean activate, boolean hasPassword) {
        Map<String, Object> clean = new LinkedHashMap<>(profile == null ? Map.of() : profile);
        List<String> causes = new ArrayList<>();
        for (String field : REQUIRED) {
            Object value = clean.get(field);
            if (value == null || value.toString().isBlank()) {
                causes.add(field + ": The field cannot be left blank");
            }
        }
        Object email = clean.get("email");
        if (email != null && !isEmail(email.toString())) {
            causes.add("email: Does not match required pattern");
        }
        if (clean.get("login") != null && findByLogin(clean.get("login").toString()).isPresent()) {
            causes.add("login: An object with this field already exists in the current organization");
        }
        if (!causes.isEmpty()) {
            throw OktaApiException.validation(causes.toArray(String[]::new));
        }
        Instant now = clock.instant();
        String status = activate ? (hasPassword ? "ACTIVE" : "PROVISIONED") : "STAGED";
        OktaUser user = new OktaUser(newId("00u"), status, now, activate ? now : null, activate ? now : null,
                null, now, hasPassword ? now : null, clean, 1);
        users.put(user.id(), user);
        return user;
    }

    /** Finds a user by id or by login (case-insensitive), as {@code GET /api/v1/users/{idOrLogin}} does. */
    public synchronized Optional<OktaUser> find(String idOrLogin) {
        OktaUser byId = users.get(idOrLogin);
        return byId != null ? Optional.of(byId) : findByLogin(idOrLogin);
    }

    public synchronized OktaUser get(String idOrLogin) {
        return find(idOrLogin).orElseThrow(() -> OktaApiException.notFound(idOrLogin, "User"));
    }

    private Optional<OktaUser> findByLogin(String login) {
        String wanted = login.toLowerCase(Locale.ROOT);
        return users.values().stream()
                .filter(u -> u.login() != null && u.login().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** Users in creation order, {@code limit} after the user with id {@code after} (exclusive). */
    public synchronized List<OktaUser> listUsers(String after, int limit) {
        return page(new ArrayList<>(users.values()), OktaUser::id, after, limit);
    }

    /**
     * Partial profile update (POST semantics: merge). {@code ifMatch}, when given, must equal the current ETag.
     */
    public synchronized ProfileUpdate updateProfile(String idOrLogin, Map<String, Object> changes, String ifMatch) {
        OktaUser current = get(idOrLogin);
        if (ifMatch != null && !ifMatch.equals(current.etag())) {
            throw new OktaApiException(412, "E0000001",
                    "Precondition failed: the If-Match ETag does not match the current version of the user", List.of());
        }
        Map<String, Object> merged = new LinkedHashMap<>(current.profile());
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Object> e : (changes == null ? Map.<String, Object>of() : changes).entrySet()) {
            if (!Objects.equals(merged.get(e.getKey()), e.getValue())) {
                changed.add(e.getKey());
            }
            merged.put(e.getKey(), e.getValue());
        }
        List<String> causes = new ArrayList<>();
        for (String field : REQUIRED) {
            Object value = merged.get(field);
            if (value == null || value.toString().isBlank()) {
                causes.add(field + ": The field cannot be left blank");
            }
        }
        if (merged.get("email") != null && !isEmail(merged.get("email").toString())) {
            causes.add("email: Does not match required pattern");
        }
        if (changed.contains("login")) {
            findByLogin(merged.get("login").toString()).filter(u -> !u.id().equals(current.id()))
                    .ifPresent(u -> causes.add("login: An object with this field already exists in the current organization"));
        }
        if (!causes.isEmpty()) {
            throw OktaApiException.validation(causes.toArray(String[]::new));
        }
        OktaUser updated = new OktaUser(current.id(), current.status(), current.created(), current.activated(),
                current.statusChanged(), current.lastLogin(), later(current.lastUpdated()), current.passwordChanged(),
                merged, current.version() + 1);
        users.put(updated.id(), updated);
        return new ProfileUpdate(updated, changed);
    }

    public synchronized OktaUser activate(String id) {
        OktaUser user = get(id);
        if ("ACTIVE".equals(user.status())) {
            throw new OktaApiException(403, "E0000016", "Activation failed because the user is already active", List.of());
        }
        return changeStatus(user, "ACTIVE");
    }

    public synchronized OktaUser suspend(String id) {
        OktaUser user = get(id);
        if (!"ACTIVE".equals(user.status())) {
            throw new OktaApiException(400, "E0000001", "Api validation failed",
                    List.of("status: Cannot suspend a user that is not active"));
        }
        return changeStatus(user, "SUSPENDED");
    }

    public synchronized OktaUser unsuspend(String id) {
        OktaUser user = get(id);
        if (!"SUSPENDED".equals(user.status())) {
            throw new OktaApiException(400, "E0000001", "Api validation failed",
                    List.of("status: Cannot unsuspend a user that is not suspended"));
        }
        return changeStatus(user, "ACTIVE");
    }

    /** Deactivation removes every app assignment of the user, as Okta does. */
    public synchronized Deactivation deactivate(String id) {
        OktaUser user = get(id);
        if ("DEPROVISIONED".equals(user.status())) {
            return new Deactivation(user, List.of());
        }
        OktaUser updated = changeStatus(user, "DEPROVISIONED");
        OktaAppUser removed = appUsers.remove(user.id());
        return new Deactivation(updated, removed == null ? List.of() : List.of(removed));
    }

    private OktaUser changeStatus(OktaUser user, String status) {
        Instant now = later(user.lastUpdated());
        Instant activated = "ACTIVE".equals(status) && user.activated() == null ? now : user.activated();
        OktaUser updated = new OktaUser(user.id(), status, user.created(), activated, now, user.lastLogin(), now,
                user.passwordChanged(), user.profile(), user.version() + 1);
        users.put(updated.id(), updated);
        return updated;
    }

    /** Assigns a user to the app; an existing assignment is returned unchanged (no second event). */
    public synchronized Optional<OktaAppUser> assign(String appId, String userId, String scope, String userName,
                                                     Map<String, Object> profile) {
        requireApp(appId);
        if (userId == null || userId.isBlank()) {
            throw OktaApiException.validation("id: The field cannot be left blank");
        }
        OktaUser user = get(userId);
        if ("DEPROVISIONED".equals(user.status())) {
            throw new OktaApiException(403, "E0000038",
                    "This operation is not allowed in the user's current status.", List.of());
        }
        if (appUsers.containsKey(user.id())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        OktaAppUser appUser = new OktaAppUser(user.id(), appId, null, scope == null ? "USER" : scope, "PROVISIONED",
                "SYNCHRONIZED", now, now, now, userName == null ? user.login() : userName,
                profile == null ? Map.of() : profile);
        appUsers.put(user.id(), appUser);
        return Optional.of(appUser);
    }

    public synchronized OktaAppUser appUser(String appId, String userId) {
        requireApp(appId);
        OktaAppUser appUser = appUsers.get(userId);
        if (appUser == null) {
            throw OktaApiException.notFound(userId, "AppUser");
        }
        return appUser;
    }

    public synchronized List<OktaAppUser> listAppUsers(String appId, String after, int limit) {
        requireApp(appId);
        return page(new ArrayList<>(appUsers.values()), OktaAppUser::userId, after, limit);
    }

    /** Updates an app user: profile merged, externalId and userName replaced when given. */
    public synchronized OktaAppUser updateAppUser(String appId, String userId, Map<String, Object> profile,
                                                  String externalId, String userName) {
        OktaAppUser current = appUser(appId, userId);
        Map<String, Object> merged = new LinkedHashMap<>(current.profile());
        if (profile != null) {
            merged.putAll(profile);
        }
        OktaAppUser updated = new OktaAppUser(current.userId(), current.appId(),
                externalId == null ? current.externalId() : externalId, current.scope(), current.status(),
                current.syncState(), current.created(), later(current.lastUpdated()), current.statusChanged(),
                userName == null ? current.userName() : userName, merged);
        appUsers.put(userId, updated);
        return updated;
    }

    public synchronized OktaAppUser unassign(String appId, String userId) {
        OktaAppUser removed = appUser(appId, userId);
        appUsers.remove(userId);
        return removed;
    }

    public synchronized void clear() {
        users.clear();
        appUsers.clear();
    }

    private void requireApp(String requested) {
        if (!appId.equals(requested)) {
            throw OktaApiException.notFound(requested, "AppInstance");
        }
    }

    /** Okta timestamps have millisecond precision; make sure lastUpdated really advances. */
    private Instant later(Instant previous) {
        Instant now = clock.instant();
        return now.toEpochMilli() > previous.toEpochMilli() ? now : previous.plusMillis(1);
    }

    private static <T> List<T> page(List<T> all, java.util.function.Function<T, String> id, String after, int limit) {
        int start = 0;
        if (after != null && !after.isBlank()) {
            for (int i = 0; i < all.size(); i++) {
                if (id.apply(all.get(i)).equals(after)) {
                    start = i + 1;
                    break;
                }
            }
        }
        return List.copyOf(all.subList(Math.min(start, all.size()), Math.min(all.size(), start + limit)));
    }

    static boolean isEmail(String value) {
        return value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    /** Okta ids: a 3-character type prefix and 17 random characters (20 in all). */
    public static String newId(String prefix) {
        return prefix + Secrets.randomAlnum(17);
    }
}
