package dev.switchboard.oktaingress.rest;

/** The JSON body of every refusal: why the request was not accepted. */
public record Problem(String reason) {
}
