package dev.switchboard.reconciler.admin.rest;

import java.util.UUID;
import java.util.regex.Pattern;

/** Checks the ids that arrive in admin paths and bodies; a bad one is a 400 with the reason. */
final class Ids {

    /** Okta object ids are 20 characters of letters and digits (00u…); allow some slack, nothing else. */
    private static final Pattern OKTA_USER_ID = Pattern.compile("[A-Za-z0-9]{1,64}");

    private Ids() {
    }

    static UUID uuid(String value, String what) {
        try {
            if (value == null || value.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest(what + " must be a UUID, got: " + abbreviate(value));
        }
    }

    static String oktaUserId(String value) {
        if (value == null || !OKTA_USER_ID.matcher(value).matches()) {
            throw AdminException.badRequest("not an Okta user id: " + abbreviate(value));
        }
        return value;
    }

    static int limit(Integer limit, int defaultLimit, int max) {
        if (limit == null) {
            return defaultLimit;
        }
        if (limit < 1 || limit > max) {
            throw AdminException.badRequest("limit must be between 1 and " + max + ", got " + limit);
        }
        return limit;
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "nothing";
        }
        return value.length() > 64 ? value.substring(0, 64) + "…" : value;
    }
}
