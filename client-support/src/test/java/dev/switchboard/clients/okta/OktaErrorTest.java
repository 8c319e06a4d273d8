package dev.switchboard.clients.okta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.ErrorDetail;
import org.junit.jupiter.api.Test;

class OktaErrorTest {

    @Test
    void readsCodeSummaryAndCauses() {
        OktaError error = OktaError.parse(400, """
                {"errorCode":"E0000001","errorSummary":"Api validation failed: login","errorLink":"E0000001",
                 "errorId":"oaeX","errorCauses":[{"errorSummary":"login: An object with this field already exists"}]}""");

        assertThat(error.code()).isEqualTo("E0000001");
        assertThat(error.causes()).containsExactly("login: An object with this field already exists");
        assertThat(error.retryable()).isFalse();
        ErrorDetail detail = error.toErrorDetail();
        assertThat(detail.code()).isEqualTo("E0000001");
        assertThat(detail.message()).isEqualTo("Api validation failed: login: login: An object with this field already exists");
        assertThat(detail.httpStatus()).isEqualTo(400);
    }

    @Test
    void masteredElsewhereIsPermanentAndSaysSo() {
        OktaError error = OktaError.parse(403, """
                {"errorCode":"E0000023","errorSummary":"Operation failed because user profile is mastered under another system","errorCauses":[]}""");

        assertThat(error.masteredElsewhere()).isTrue();
        assertThat(error.retryable()).isFalse();
        assertThat(error.toErrorDetail().message()).contains("mastered by another system");
        assertThat(OktaError.parse(405, "{\"errorCode\":\"E0000076\",\"errorSummary\":\"x\"}").masteredElsewhere()).isTrue();
    }

    @Test
    void retryableAreServerErrorsRateLimitsNoAnswerAndStillActivating() {
        assertThat(OktaError.parse(503, "<html>Service Unavailable</html>").retryable()).isTrue();
        assertThat(OktaError.parse(500, "{\"errorCode\":\"E0000009\",\"errorSummary\":\"Internal Server Error\"}").retryable()).isTrue();
        assertThat(OktaError.parse(429, "{\"errorCode\":\"E0000047\",\"errorSummary\":\"API call exceeded rate limit\"}").retryable()).isTrue();
        assertThat(OktaError.parse(409, "{\"errorCode\":\"E0000112\",\"errorSummary\":\"still activating\"}").retryable()).isTrue();
        assertThat(OktaError.transport("Read timed out").retryable()).isTrue();
        assertThat(OktaError.transport("Read timed out").toErrorDetail().httpStatus()).isNull();
        assertThat(OktaError.parse(404, "{\"errorCode\":\"E0000007\",\"errorSummary\":\"Not found: Resource not found: x (User)\"}").retryable()).isFalse();
        assertThat(OktaError.parse(412, "{\"errorCode\":\"E0000001\",\"errorSummary\":\"Precondition failed\"}").retryable()).isFalse();
    }

    @Test
    void oktasOwnCodeIsToldApartFromOurs() {
        assertThat(OktaError.parse(500, "{\"errorCode\":\"E0000009\",\"errorSummary\":\"x\"}").oktaCode())
                .contains("E0000009");
        assertThat(OktaError.parse(502, "<html>Bad Gateway</html>").oktaCode()).isEmpty();
        assertThat(OktaError.transport("Read timed out").oktaCode()).isEmpty();
        assertThat(OktaError.tokenRequestFailed("{\"error\":\"invalid_client\"}").oktaCode()).isEmpty();
    }

    @Test
    void preconditionFailedAndNotFoundGoByStatus() {
        assertThat(OktaError.parse(412, "").preconditionFailed()).isTrue();
        assertThat(OktaError.parse(400, "").preconditionFailed()).isFalse();
        assertThat(OktaError.parse(404, "").notFound()).isTrue();
    }

    @Test
    void aBodyThatIsNotOktasKeepsTheStatusAndAnExcerpt() {
        OktaError error = OktaError.parse(502, "x".repeat(1000));
        assertThat(error.code()).isEqualTo("HTTP-502");
        assertThat(error.summary()).hasSizeLessThan(310);
        assertThat(OktaError.parse(400, "").summary()).isEqualTo("empty response body");
        assertThat(OktaError.parse(400, "[1,2]").code()).isEqualTo("HTTP-400");
    }

    @Test
    void aMissingScopeIsPermanentAndNamesTheScopeToGrant() {
        OktaError error = OktaError.parse(403, """
                {"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action",
                 "errorLink":"E0000006","errorId":"oaeX","errorCauses":[]}""",
                "Bearer authorization_uri=\"https://acme.okta.com/oauth2/v1/authorize\", realm=\"https://acme.okta.com\", "
                        + "scope=\"okta.schemas.manage\", error=\"insufficient_scope\", error_description=\"The access "
                        + "token provided does not contain the required scopes.\", resource=\"/api/v1/meta/schemas\"");

        assertThat(error.retryable()).isFalse();
        assertThat(error.insufficientScope()).isTrue();
        ErrorDetail detail = error.toErrorDetail();
        assertThat(detail.code()).isEqualTo("E0000006");
        assertThat(detail.httpStatus()).isEqualTo(403);
        assertThat(detail.message()).startsWith("You do not have permission to perform the requested action: ")
                .contains("insufficient_scope", "okta.schemas.manage", "grant it to the Okta service app");
    }

    @Test
    void aForbiddenCallWithoutChallengeIsNoMissingScope() {
        OktaError error = OktaError.parse(403, "{\"errorCode\":\"E0000006\",\"errorSummary\":\"no permission\"}", null);

        assertThat(error.insufficientScope()).isFalse();
        assertThat(error.causes()).isEmpty();
    }

    @Test
    void aRefusedTokenSaysWhatOktaSaid() {
        OktaError error = OktaError.parse(401, "{\"errorCode\":\"E0000011\",\"errorSummary\":\"Invalid token provided\"}",
                "Bearer error=\"invalid_token\", error_description=\"The token has expired.\"");

        assertThat(error.retryable()).isFalse();
        assertThat(error.insufficientScope()).isFalse();
        assertThat(error.toErrorDetail().message()).isEqualTo("Invalid token provided: invalid_token: The token has expired.");
    }

    @Test
    void aTokenEndpointRefusalIsPermanentAndAnUnreachableOneIsRetried() {
        OktaError refused = OktaError.tokenRequestFailed(
                "{\"error\":\"invalid_client\",\"error_description\":\"The client_assertion signature is invalid.\"}");
        OktaError unreachable = OktaError.tokenRequestFailed("ConnectException: Connection refused");

        assertThat(refused.code()).isEqualTo(OktaError.TOKEN_REFUSED);
        assertThat(refused.retryable()).isFalse();
        assertThat(refused.toErrorDetail().message())
                .isEqualTo("Okta's token endpoint refused the service app: invalid_client: The client_assertion signature is invalid.");
        assertThat(refused.toErrorDetail().httpStatus()).isNull();
        assertThat(unreachable.code()).isEqualTo(OktaError.TOKEN_UNAVAILABLE);
        assertThat(unreachable.retryable()).isTrue();
        assertThat(unreachable.summary()).contains("Connection refused");
    }
}
