package dev.switchboard.sandbox.domain.ringcentral;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The direct numbers of the account's extensions: at most one per extension, each number on at most one
 * extension. A number that is unassigned, replaced or released by a delete goes back to the inventory (it is
 * simply free again). Numbers are kept as their E.164 digits in a long, so 100,000 assignments stay small. Not
 * thread-safe: {@link RingCentralAccount} guards it with its lock.
 */
public final class DirectNumbers {

    /** E.164: a plus, a non-zero country code digit, at most 15 digits in all. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");
    /** Seeded numbers: +1 650 200-0000 … +1 650 999-9999, the account's main number left out. */
    private static final long SEED_FIRST = 16_502_000_000L;
    private static final long SEED_LAST = 16_509_999_999L;
    private static final long MAIN_NUMBER = parse(RingCentralAccount.MAIN_NUMBER);

    private final Map<Long, Long> byExtension = new HashMap<>();
    private final Map<Long, Long> byNumber = new HashMap<>();
    private long seedCursor = SEED_FIRST;

    /** The digits of an E.164 number; 400 CMN-101 with the reason when it is not one. */
    public static long parse(String phoneNumber) {
        if (phoneNumber == null || !E164.matcher(phoneNumber).matches()) {
            throw new RingCentralApiException(400, "CMN-101", "Parameter [phoneNumber] value is invalid: "
                    + "an E.164 number is '+' and 2 to 15 digits, e.g. +16505550123", "phoneNumber", phoneNumber);
        }
        return Long.parseLong(phoneNumber.substring(1));
    }

    /** The E.164 form of stored digits. */
    public static String format(long digits) {
        return "+" + digits;
    }

    /** Fails with 409 when {@code number} is the account's main number or another extension's direct number. */
    public void requireAssignable(long extensionId, long number) {
        Long owner = byNumber.get(number);
        if (number == MAIN_NUMBER || (owner != null && owner != extensionId)) {
            String holder = number == MAIN_NUMBER ? "the account's main number" : "assigned to extension " + owner;
            throw new RingCentralApiException(409, "CMN-101", "Parameter [phoneNumber] value is invalid: "
                    + format(number) + " is " + holder, "phoneNumber", format(number));
        }
    }

    /**
     * Makes {@code number} the extension's direct number; its previous one goes back to the inventory.
     * Returns false when it already was.
     */
    public boolean assign(long extensionId, long number) {
        requireAssignable(extensionId, number);
        Long previous = byExtension.put(extensionId, number);
        if (previous != null && previous == number) {
            return false;
        }
        if (previous != null) {
            byNumber.remove(previous);
        }
        byNumber.put(number, extensionId);
        return true;
    }

    /** Takes the extension's direct number back to the inventory; false when it had none. */
    public boolean release(long extensionId) {
        Long previous = byExtension.remove(extensionId);
        if (previous == null) {
            return false;
        }
        byNumber.remove(previous);
        return true;
    }

    /** The extension's direct number in E.164, if it has one. */
    public Optional<String> of(long extensionId) {
        Long number = byExtension.get(extensionId);
        return number == null ? Optional.empty() : Optional.of(format(number));
    }

    /** The next free number of the seeding range, in order (deterministic for the same history). */
    public long nextFree() {
        while (seedCursor <= SEED_LAST && (seedCursor == MAIN_NUMBER || byNumber.containsKey(seedCursor))) {
            seedCursor++;
        }
        if (seedCursor > SEED_LAST) {
            throw new RingCentralApiException(400, "CMN-101",
                    "Parameter [directNumbers] value is invalid: the seeding range of direct numbers is used up",
                    "directNumbers", null);
        }
        return seedCursor++;
    }

    /** How many extensions have a direct number. */
    public int size() {
        return byExtension.size();
    }

    /** Every number back to the inventory. */
    public void clear() {
        byExtension.clear();
        byNumber.clear();
        seedCursor = SEED_FIRST;
    }
}
