package dev.switchboard.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why something failed.
 *
 * @param code       the target's error code (CMN-101, E0000001, …) or a Switchboard code
 * @param message    human-readable reason
 * @param httpStatus the HTTP status, when a call failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorDetail(String code, String message, Integer httpStatus) {
}
