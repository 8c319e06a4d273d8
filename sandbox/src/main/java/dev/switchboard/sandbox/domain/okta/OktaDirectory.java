package dev.switchboard.sandbox.domain.okta;

import dev.switchboard.sandbox.domain.Secrets;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Users, groups and app users of the sandbox Okta org (one app instance). Every method is atomic; state
 * changes return what changed so the caller can emit the matching System Log events. Members of groups
 * assigned to the app are app users with scope GROUP; a direct assignment has scope USER and wins.
 */
public final class OktaDirectory {

    /** Result of a profile update: the new user and the names of attributes whose value changed. */
    public record ProfileUpdate(OktaUser user, List<String> changedAttributes) {
    }

    /** Result of a deactivation: the user and the assignments it removed. */
    public record Deactivation(OktaUser user, List<OktaAppUser> removedAssignments) {
    }

    /**
     * Result of a group change: whether it changed anything (a second add is a no-op, no event), and the
     * group-driven app users it created or removed.
     */
    public record GroupChange(OktaGroup group, boolean changed, List<OktaAppUser> appUsersAdded,
                              List<OktaAppUser> appUsersRemoved) {
    }

    private static final List<String> REQUIRED = List.of("login", "email", "firstName", "lastName");

    private final Clock clock;
    private final String appId;
    private final Map<String, OktaUser> users = new LinkedHashMap<>();
    private final Map<String, OktaAppUser> appUsers = new LinkedHashMap<>();
    private final Map<String, OktaGroup> groups = new LinkedHashMap<>();
    private final Map<String, Set<String>> members = new LinkedHashMap<>();
    private final Set<String> assignedGroups = new LinkedHashSet<>();
    private final Set<String> sourcedElsewhere = new LinkedHashSet<>();

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
        List<String> sourced = (changes == null ? Set.<String>of() : changes.keySet()).stream()
                .filter(sourcedElsewhere::contains).toList();
        if (!sourced.isEmpty()) {
            // A profile sourced by another system is read-only for the API (specs/okta.md §2.6, §4.3).
            throw new OktaApiException(403, "E0000023",
                    "Operation failed because user profile is mastered under another system",
                    sourced.stream().map(a -> a + ": mastered under another system").toList());
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
        OktaUser activated = changeStatus(user, "ACTIVE");
        // A reactivated user gets its group-driven assignments back.
        syncGroupAssignment(activated.id());
        return activated;
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
        OktaAppUser existing = appUsers.get(user.id());
        if (existing != null) {
            if ("GROUP".equals(existing.scope())) {
                // A direct assignment on top of a group-driven one turns it into an individual assignment.
                appUsers.put(user.id(), existing.withScope("USER", later(existing.lastUpdated())));
            }
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

    /**
     * Removes a direct assignment. Empty when the user keeps the app through a group (the app user becomes
     * GROUP-scoped); a GROUP-scoped app user cannot be removed directly (403 E0000038, remove the group instead).
     */
    public synchronized Optional<OktaAppUser> unassign(String appId, String userId) {
        OktaAppUser current = appUser(appId, userId);
        if ("GROUP".equals(current.scope())) {
            throw new OktaApiException(403, "E0000038",
                    "This operation is not allowed in the current status. The user is assigned to the application "
                            + "through a group.", List.of());
        }
        if (viaAssignedGroup(userId)) {
            appUsers.put(userId, current.withScope("GROUP", later(current.lastUpdated())));
            return Optional.empty();
        }
        appUsers.remove(userId);
        return Optional.of(current);
    }

    /** Creates a group; the name must be unique in the org. */
    public synchronized OktaGroup createGroup(String name, String description) {
        if (name == null || name.isBlank()) {
            throw OktaApiException.validation("name: The field cannot be left blank");
        }
        boolean taken = groups.values().stream().anyMatch(g -> g.name().equalsIgnoreCase(name));
        if (taken) {
            throw OktaApiException.validation("name: An object with this field already exists in the current organization");
        }
        Instant now = clock.instant();
        OktaGroup group = new OktaGroup(newId("00g"), name, description, now, now, now);
        groups.put(group.id(), group);
        members.put(group.id(), new LinkedHashSet<>());
        return group;
    }

    public synchronized OktaGroup group(String groupId) {
        OktaGroup group = groups.get(groupId);
        if (group == null) {
            throw OktaApiException.notFound(groupId, "UserGroup");
        }
        return group;
    }

    public synchronized List<OktaGroup> listGroups() {
        return List.copyOf(groups.values());
    }

    /** Members of a group, in the order they were added. */
    public synchronized List<OktaUser> groupMembers(String groupId) {
        group(groupId);
        return members.get(groupId).stream().map(users::get).toList();
    }

    public synchronized GroupChange addMember(String groupId, String userId) {
        return changeMembership(groupId, userId, true);
    }

    public synchronized GroupChange removeMember(String groupId, String userId) {
        return changeMembership(groupId, userId, false);
    }

    /** Adds or removes a member; the user's GROUP-scoped app user follows. A repeated change is a no-op. */
    private GroupChange changeMembership(String groupId, String userId, boolean add) {
        OktaGroup group = group(groupId);
        OktaUser user = get(userId);
        Set<String> groupMembers = members.get(groupId);
        if (add ? !groupMembers.add(user.id()) : !groupMembers.remove(user.id())) {
            return new GroupChange(group, false, List.of(), List.of());
        }
        OktaGroup updated = touch(group);
        AssignmentChange change = syncGroupAssignment(user.id());
        List<OktaAppUser> changed = change == null ? List.of() : List.of(change.appUser());
        return add ? new GroupChange(updated, true, changed, List.of()) : new GroupChange(updated, true, List.of(), changed);
    }

    /** Assigns a group to the app: its members become GROUP-scoped app users (unless assigned directly). */
    public synchronized GroupChange assignGroup(String appId, String groupId) {
        requireApp(appId);
        OktaGroup group = group(groupId);
        if (!assignedGroups.add(groupId)) {
            return new GroupChange(group, false, List.of(), List.of());
        }
        return new GroupChange(group, true, syncMembers(groupId, true), List.of());
    }

    /** Removes a group from the app: GROUP-scoped app users with no other assigned group lose the app. */
    public synchronized GroupChange unassignGroup(String appId, String groupId) {
        requireApp(appId);
        OktaGroup group = group(groupId);
        if (!assignedGroups.remove(groupId)) {
            throw OktaApiException.notFound(groupId, "ApplicationGroupAssignment");
        }
        return new GroupChange(group, true, List.of(), syncMembers(groupId, false));
    }

    public synchronized boolean groupAssigned(String appId, String groupId) {
        requireApp(appId);
        group(groupId);
        return assignedGroups.contains(groupId);
    }

    /** Profile attributes sourced by another system (a profile source / ALM): API writes to them are refused. */
    public synchronized void sourcedElsewhere(java.util.Collection<String> attributes) {
        sourcedElsewhere.clear();
        sourcedElsewhere.addAll(attributes);
    }

    public synchronized List<String> sourcedElsewhere() {
        return List.copyOf(sourcedElsewhere);
    }

    public synchronized void clear() {
        sourcedElsewhere.clear();
        users.clear();
        appUsers.clear();
        groups.clear();
        members.clear();
        assignedGroups.clear();
    }

    private List<OktaAppUser> syncMembers(String groupId, boolean wantAdded) {
        List<OktaAppUser> changed = new ArrayList<>();
        for (String member : members.get(groupId)) {
            AssignmentChange change = syncGroupAssignment(member);
            if (change != null && change.added() == wantAdded) {
                changed.add(change.appUser());
            }
        }
        return changed;
    }

    private record AssignmentChange(OktaAppUser appUser, boolean added) {
    }

    /** Brings one user's GROUP-scoped assignment in line with its groups; null when nothing changed. */
    private AssignmentChange syncGroupAssignment(String userId) {
        OktaUser user = users.get(userId);
        OktaAppUser current = appUsers.get(userId);
        boolean viaGroup = viaAssignedGroup(userId);
        if (current == null && viaGroup && !"DEPROVISIONED".equals(user.status())) {
            Instant now = clock.instant();
            OktaAppUser appUser = new OktaAppUser(userId, appId, null, "GROUP", "PROVISIONED", "SYNCHRONIZED", now,
                    now, now, user.login(), Map.of());
            appUsers.put(userId, appUser);
            return new AssignmentChange(appUser, true);
        }
        if (current != null && "GROUP".equals(current.scope()) && !viaGroup) {
            appUsers.remove(userId);
            return new AssignmentChange(current, false);
        }
        return null;
    }

    private boolean viaAssignedGroup(String userId) {
        return assignedGroups.stream().anyMatch(g -> members.get(g).contains(userId));
    }

    private OktaGroup touch(OktaGroup group) {
        OktaGroup updated = group.membershipChanged(later(group.lastMembershipUpdated()));
        groups.put(updated.id(), updated);
        return updated;
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
