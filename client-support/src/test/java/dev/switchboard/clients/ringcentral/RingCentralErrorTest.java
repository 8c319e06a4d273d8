package dev.switchboard.clients.ringcentral;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.ErrorDetail;
import org.junit.jupiter.api.Test;

class RingCentralErrorTest {

    @Test
    void readsTheStandardShape() {
        RingCentralError error = RingCentralError.parse(400, """
                {"errors":[{"errorCode":"CMN-101","message":"Parameter [contact.email] value is invalid",
                            "parameterName":"contact.email"}]}""");
        assertThat(error).isEqualTo(new RingCentralError("CMN-101", "Parameter [contact.email] value is invalid",
                "contact.email", 400));
        assertThat(error.retryable()).isFalse();
        assertThat(error.toErrorDetail()).isEqualTo(new ErrorDetail("CMN-101", "Parameter [contact.email] value is invalid", 400));
    }

    @Test
    void prefersTheCmnCodeOverTheLegacySymbolicTopLevelOne() {
        RingCentralError error = RingCentralError.parse(400, """
                {"errorCode":"InvalidParameter","message":"Parameter [expiresIn] value is invalid",
                 "errors":[{"errorCode":"CMN-101","message":"Parameter [expiresIn] value is invalid","parameterName":"expiresIn"}],
                 "parameterName":"expiresIn"}""");
        assertThat(error.code()).isEqualTo("CMN-101");
        assertThat(error.parameterName()).isEqualTo("expiresIn");
    }

    @Test
    void readsTheLegacyTopLevelOnlyShape() {
        RingCentralError error = RingCentralError.parse(404, "{\"errorCode\":\"CMN-102\",\"message\":\"Resource for parameter [extensionId] is not found\",\"parameterName\":\"extensionId\"}");
        assertThat(error.code()).isEqualTo("CMN-102");
        assertThat(error.parameterName()).isEqualTo("extensionId");
        assertThat(error.toErrorDetail().message()).contains("extensionId");
    }

    @Test
    void readsOAuthErrors() {
        RingCentralError error = RingCentralError.parse(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid assertion\"}");
        assertThat(error.code()).isEqualTo("invalid_grant");
        assertThat(error.message()).isEqualTo("Invalid assertion");
        assertThat(error.retryable()).isFalse();
    }

    @Test
    void keepsBodiesThatAreNotJson() {
        RingCentralError error = RingCentralError.parse(502, "<html>Bad gateway</html>");
        assertThat(error.code()).isEqualTo("HTTP-502");
        assertThat(error.message()).contains("Bad gateway");
        assertThat(RingCentralError.parse(503, "").message()).isEqualTo("empty response body");
    }

    @Test
    void retryableAreServerErrorsRateLimitsTemporaryCodesAndMissingResponses() {
        assertThat(RingCentralError.parse(503, "").retryable()).isTrue();
        assertThat(RingCentralError.parse(429, "{\"errors\":[{\"errorCode\":\"CMN-301\"}]}").retryable()).isTrue();
        assertThat(RingCentralError.parse(400, "{\"errors\":[{\"errorCode\":\"CMN-201\"}]}").retryable()).isTrue();
        assertThat(RingCentralError.parse(500, "{\"errors\":[{\"errorCode\":\"CMN-203\"}]}").retryable()).isTrue();
        assertThat(RingCentralError.parse(501, "{\"errors\":[{\"errorCode\":\"CMN-202\"}]}").retryable()).isFalse();
        assertThat(RingCentralError.parse(403, "{\"errors\":[{\"errorCode\":\"CMN-401\"}]}").retryable()).isFalse();
        assertThat(RingCentralError.transport("connection refused").retryable()).isTrue();
    }

    @Test
    void anExtensionIsGoneOnCmn102OrA404WithARingCentralCodeButNotOnAWrongUrl() {
        assertThat(RingCentralError.parse(404, "{\"errors\":[{\"errorCode\":\"CMN-102\"}]}").extensionGone()).isTrue();
        assertThat(RingCentralError.parse(400, "{\"errors\":[{\"errorCode\":\"CMN-102\"}]}").extensionGone()).isTrue();
        assertThat(RingCentralError.parse(404, "{\"errors\":[{\"errorCode\":\"CMN-120\"}]}").extensionGone()).isFalse();
        assertThat(RingCentralError.parse(404, "<html>Not Found</html>").extensionGone()).isFalse();
        assertThat(RingCentralError.parse(400, "{\"errors\":[{\"errorCode\":\"CMN-101\"}]}").extensionGone()).isFalse();
        assertThat(RingCentralError.transport("timeout").extensionGone()).isFalse();
    }
}
