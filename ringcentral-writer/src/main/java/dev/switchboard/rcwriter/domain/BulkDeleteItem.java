package dev.switchboard.rcwriter.domain;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What RingCentral's v2 bulk delete said about one extension: the call answers 200 with a result per record, so
 * success is decided per item ({@code bulkItemSuccessful}), never by the HTTP status.
 *
 * @param kind    removed, already gone, or failed
 * @param code    the item's first error code (failed or gone), else null
 * @param message the item's first error message, else null
 */
public record BulkDeleteItem(Kind kind, String code, String message) {

    /** Code of a response without a record for the extension asked about. */
    public static final String MISSING_ITEM = "SWB-BULK-ITEM-MISSING";
    private static final String NOT_FOUND = "CMN-102";

    public enum Kind {
        /** RingCentral removed the extension. */
        REMOVED,
        /** RingCentral did not find it (CMN-102): it is gone already. */
        GONE,
        /** RingCentral refused to remove it. */
        FAILED
    }

    /** The item for {@code extensionId} in a {@code BulkDeleteUsersResponse}. */
    public static BulkDeleteItem of(JsonNode response, String extensionId) {
        for (JsonNode record : response.path("records")) {
            if (!extensionId.equals(record.path("id").asText())) {
                continue;
            }
            if (record.path("bulkItemSuccessful").asBoolean(false)) {
                return new BulkDeleteItem(Kind.REMOVED, null, null);
            }
            JsonNode error = record.path("bulkItemErrors").path(0);
            String code = error.hasNonNull("errorCode") ? error.get("errorCode").asText() : "SWB-BULK-ITEM-FAILED";
            String message = error.hasNonNull("message") ? error.get("message").asText()
                    : "RingCentral did not remove extension " + extensionId;
            return new BulkDeleteItem(NOT_FOUND.equals(code) ? Kind.GONE : Kind.FAILED, code, message);
        }
        return new BulkDeleteItem(Kind.FAILED, MISSING_ITEM, "the bulk delete answer has no record for extension " + extensionId);
    }
}
