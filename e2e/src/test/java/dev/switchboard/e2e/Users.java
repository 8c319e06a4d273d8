package dev.switchboard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** Unique test users, and what to read off a RingCentral extension. */
final class Users {

    private Users() {
    }

    static String email(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    static String firstName(JsonNode extension) {
        return extension.path("contact").path("firstName").asText();
    }

    static String status(JsonNode extension) {
        return extension.path("status").asText();
    }
}
