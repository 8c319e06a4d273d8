package dev.switchboard.sandbox.rest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validators for the official OpenAPI descriptions in ../openapi (vendored from the official sources), built once per JVM (the files are
 * megabytes large).
 */
final class OpenApiContracts {

    private static OpenApiInteractionValidator okta;
    private static OpenApiInteractionValidator ringCentral;

    private OpenApiContracts() {
    }

    static synchronized OpenApiInteractionValidator okta() {
        if (okta == null) {
            okta = build("okta-management-openapi.yml");
        }
        return okta;
    }

    static synchronized OpenApiInteractionValidator ringCentral() {
        if (ringCentral == null) {
            ringCentral = build("ringcentral-openapi.yml");
        }
        return ringCentral;
    }

    private static OpenApiInteractionValidator build(String file) {
        Path spec = Path.of("../openapi", file).toAbsolutePath().normalize();
        assertThat(Files.isRegularFile(spec)).as("OpenAPI description at %s", spec).isTrue();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        // Okta's file breaks the parser's full resolution (an examples $ref it cannot follow) and carries
        // harmless schema warnings the validator's own loader refuses; plain resolution is enough here.
        options.setResolveFully(false);
        OpenAPI api = new OpenAPIV3Parser().read(spec.toString(), null, options);
        assertThat(api).as("parsed %s", spec).isNotNull();
        return OpenApiInteractionValidator.createFor(api)
                .withLevelResolver(LevelResolver.create()
                        // Security schemes are checked by the API tests; the validator does not know SSWS tokens.
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        // OpenAPI allows extra properties unless a schema forbids them; the validator's stricter
                        // default rejects every allOf composition (each part refuses the others' fields).
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .build())
                // Okta returns "externalId": null until an app user is linked (its own examples show it, and
                // the brief asks for it); the spec types the field as a non-nullable string.
                .withWhitelist(ValidationErrorsWhitelist.create().withRule("AppUser.externalId is null until linked",
                        WhitelistRules.allOf(WhitelistRules.isResponse(),
                                WhitelistRules.messageContainsSubstring("[Path '/externalId'] Instance type (null)")))
                        // Okta's real LogEvents carry nulls the spec does not allow (detailEntry, outcome.reason,
                        // authenticationContext.*, client.id, ipChain[].source — see the samples in shared/samples).
                        // RingCentral's subscriptionId parameter says maxLength 20, yet its ids are 36-character
                        // UUIDs (the same file's example shows one; specs/ringcentral.md §1.1).
                        .withRule("subscriptionId is a UUID longer than the declared maxLength",
                                WhitelistRules.allOf(WhitelistRules.isRequest(),
                                        WhitelistRules.pathContainsSubstring("/restapi/v1.0/subscription/"),
                                        WhitelistRules.messageContainsSubstring("maximum allowed: 20")))
                        // A validator limit, not a spec problem: with plain resolution it cannot see the type of
                        // array items given by $ref (usageType → PhoneNumberUsageType) and parses each value as JSON;
                        // The same for directory entries' perPage, a oneOf of integer and string ("max", "all").
                        .withRule("query values of $ref items and oneOf schemas are parsed as JSON",
                                WhitelistRules.allOf(WhitelistRules.isRequest(),
                                        WhitelistRules.anyOf(WhitelistRules.pathContainsSubstring("/phone-number"),
                                                WhitelistRules.pathContainsSubstring("/directory/entries")),
                                        WhitelistRules.messageContainsSubstring("Unable to parse JSON")))
                        // Directory entries take perPage up to 2000 (and max = 2000), yet answer with the shared
                        // EnumeratedPagingModel, whose perPage says maximum 1000.
                        .withRule("directory paging.perPage may exceed the paging model's 1000",
                                WhitelistRules.allOf(WhitelistRules.isResponse(),
                                        WhitelistRules.pathContainsSubstring("/directory/entries"),
                                        WhitelistRules.messageContainsSubstring("[Path '/paging/perPage']"),
                                        WhitelistRules.messageContainsSubstring("maximum: 1000")))
                        // ADGError.errorCode's enum holds Java toString() output ("ErrorCode{code='ADG-121', …}"),
                        // not the codes the service sends (specs/ringcentral.md §7.1: "ADG-121").
                        .withRule("ADG error codes are listed as ErrorCode{code='…'} strings",
                                WhitelistRules.allOf(WhitelistRules.isResponse(),
                                        WhitelistRules.pathContainsSubstring("/directory/entries"),
                                        WhitelistRules.messageContainsSubstring("[Path '/errors/0/errorCode']"),
                                        WhitelistRules.messageContainsSubstring("ErrorCode{code=")))
                        .withRule("LogEvent fields are null in Okta's real System Log events",
                                WhitelistRules.allOf(WhitelistRules.isResponse(),
                                        WhitelistRules.pathContainsSubstring("/api/v1/logs"),
                                        WhitelistRules.messageContainsSubstring("(null)"))))
                .build();
    }

    /** A request as the test sent it. */
    static Request request(String method, String path, String contentType, String body, Map<String, String> query) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(method, path);
        if (contentType != null) {
            b.withContentType(contentType);
        }
        if (body != null) {
            b.withBody(body);
        }
        b.withAccept("application/json");
        query.forEach(b::withQueryParam);
        return b.build();
    }

    /** Fails with the validator's messages when the response breaks the spec (for requests that break it on purpose). */
    static void assertResponseConforms(OpenApiInteractionValidator validator, String method, String path,
                                       Response response) {
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), simple(response));
        assertThat(report.hasErrors()).as(report.getMessages().toString()).isFalse();
    }

    /** Fails with the validator's messages when the exchange breaks the spec. */
    static void assertConforms(OpenApiInteractionValidator validator, Request request, Response response) {
        ValidationReport report = validator.validate(request, simple(response));
        assertThat(report.hasErrors()).as(report.getMessages().toString()).isFalse();
    }

    private static com.atlassian.oai.validator.model.Response simple(Response response) {
        SimpleResponse.Builder b = SimpleResponse.Builder.status(response.statusCode()).withBody(response.asString());
        if (response.contentType() != null && !response.contentType().isEmpty()) {
            b.withContentType(response.contentType());
        }
        response.headers().forEach(h -> b.withHeader(h.getName(), h.getValue()));
        return b.build();
    }
}
