package dev.switchboard.reconciler.config;

import io.smallrye.config.ConfigMapping;

/**
 * Where okta-ingress's admin API is (prefix {@code switchboard.okta-ingress}); the admin API's sync calls it through
 * the REST client {@code okta-ingress}, whose URL is this one.
 */
@ConfigMapping(prefix = "switchboard.okta-ingress")
public interface OktaIngressConfig {

    /** Base URL of okta-ingress, e.g. http://okta-ingress:8080. */
    String url();
}
