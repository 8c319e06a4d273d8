package dev.switchboard.rcingress.domain;

import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.RingCentralAttributes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the import remembers of an extension to tell changed from unchanged: a digest of the resource (type, status,
 * attributes) and, apart, a digest of the direct number. Apart because a run may not read direct numbers
 * ({@code switchboard.import.directory=false}): then it has no direct-number digest, and the extension counts
 * as unchanged when the rest is, instead of every user looking changed. Pure.
 *
 * @param content      SHA-256 (hex) of type, status and every attribute but the direct number
 * @param directNumber SHA-256 (hex) of the direct number as read (a read "none" has a digest too), {@code null} when
 *                     it was not read
 */
public record ExtensionFingerprint(String content, String directNumber) {

    public static ExtensionFingerprint of(String type, String status, Map<String, String> attributes) {
        Map<String, String> resource = new HashMap<>(attributes);
        boolean directNumberRead = resource.containsKey(RingCentralAttributes.DIRECT_NUMBER);
        String directNumber = resource.remove(RingCentralAttributes.DIRECT_NUMBER);
        Map<String, Object> canonical = new TreeMap<>();
        canonical.put("type", type);
        canonical.put("status", status);
        canonical.put("attributes", new TreeMap<>(resource));
        Map<String, Object> number = new HashMap<>();
        number.put(RingCentralAttributes.DIRECT_NUMBER, directNumber);
        return new ExtensionFingerprint(sha256(canonical), directNumberRead ? sha256(number) : null);
    }

    /** Whether this differs from what an earlier run saw; a direct number only counts when both runs read it. */
    public boolean changedSince(ExtensionFingerprint before) {
        if (!content.equals(before.content)) {
            return true;
        }
        return directNumber != null && before.directNumber != null && !directNumber.equals(before.directNumber);
    }

    private static String sha256(Map<String, Object> canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Json.writeString(canonical)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
