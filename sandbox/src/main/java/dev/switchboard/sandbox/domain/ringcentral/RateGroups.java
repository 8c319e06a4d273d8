package dev.switchboard.sandbox.domain.ringcentral;

import dev.switchboard.sandbox.domain.RateGroup;

/** The usage-plan group of a RingCentral request, per the OpenAPI {@code x-throttling-group} of its operation. */
public final class RateGroups {

    private RateGroups() {
    }

    public static RateGroup of(String method, String path) {
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        if (p.startsWith("/restapi/oauth/")) {
            return RateGroup.AUTH;
        }
        if (p.matches("/restapi/v2/accounts/[^/]+/extensions")) {
            return RateGroup.HEAVY;
        }
        if (p.matches("/restapi/v1\\.0/account/[^/]+/extension")) {
            return RateGroup.MEDIUM;
        }
        if (p.matches("/restapi/v1\\.0/account/[^/]+/extension/[^/]+")) {
            return "GET".equalsIgnoreCase(method) ? RateGroup.LIGHT : RateGroup.MEDIUM;
        }
        if (p.matches("/restapi/v1\\.0/account/[^/]+/directory/entries")) {
            return RateGroup.MEDIUM;
        }
        if (p.matches("/restapi/v1\\.0/account/[^/]+/extension/[^/]+/phone-number")) {
            return RateGroup.LIGHT;
        }
        boolean read = "GET".equalsIgnoreCase(method);
        if (p.equals("/restapi/v1.0/subscription") || p.matches("/restapi/v1\\.0/subscription/[^/]+")) {
            return read ? RateGroup.LIGHT : RateGroup.MEDIUM;
        }
        if (p.matches("/restapi/v1\\.0/subscription/[^/]+/renew")) {
            return RateGroup.LIGHT;
        }
        if (p.matches("/restapi/v1\\.0/account/[^/]+/custom-fields(/[^/]+)?")) {
            return read ? RateGroup.LIGHT : RateGroup.MEDIUM;
        }
        return RateGroup.LIGHT;
    }
}
