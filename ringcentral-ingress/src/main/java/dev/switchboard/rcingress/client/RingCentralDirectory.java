package dev.switchboard.rcingress.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.clients.ringcentral.Answer;
import dev.switchboard.clients.ringcentral.RateLimitGroup;
import dev.switchboard.clients.ringcentral.RingCentralException;
import dev.switchboard.rcingress.domain.DirectoryPaging;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * RingCentral's account, extension, phone-number, company-directory and custom-field reads, authenticated,
 * rate-limited and retried.
 */
@ApplicationScoped
public class RingCentralDirectory {

    /** Most phone-number pages read for one extension, a guard against a nextPage that never ends. */
    private static final int MAX_PHONE_NUMBER_PAGES = 100;

    private final RingCentralApi api;
    private final RingCentralClient client;

    RingCentralDirectory(@RestClient RingCentralApi api, RingCentralClient client) {
        this.api = api;
        this.client = client;
    }

    /**
     * One page of a paged list.
     *
     * @param records  the extensions or directory entries on the page
     * @param nextPage whether there is a next page: {@code navigation.nextPage} is there (the directory: its
     *                 {@code paging} says so); totals may be omitted
     */
    public record Page(List<JsonNode> records, boolean nextPage) {
    }

    /** Page {@code page} (1-based) of {@code GET …/extension?type=User}; a Medium-group call. */
    public Page userExtensions(int page, int perPage) {
        return client.execute("GET /restapi/v1.0/account/~/extension?type=User", RateLimitGroup.MEDIUM,
                bearer -> api.listExtensions(bearer, "User", page, perPage), RingCentralDirectory::page);
    }

    /** One extension; empty when RingCentral says it does not exist (CMN-102 / 404). */
    public Optional<JsonNode> extension(String extensionId) {
        return unlessGone(() -> client.execute("GET /restapi/v1.0/account/~/extension/{id}", RateLimitGroup.LIGHT,
                bearer -> api.readExtension(bearer, extensionId), Answer::readJson));
    }

    /**
     * The DirectNumber records of {@code GET …/extension/{id}/phone-number?usageType=DirectNumber}, every page (one
     * Light-group call unless the extension has more than 100 numbers); empty when RingCentral says the extension
     * does not exist (CMN-102 / 404).
     */
    public Optional<List<JsonNode>> directNumbers(String extensionId) {
        return unlessGone(() -> {
            List<JsonNode> records = new ArrayList<>();
            for (int page = 1; page <= MAX_PHONE_NUMBER_PAGES; page++) {
                // page 1 as RingCentral documents the call, without paging parameters
                Integer pageParameter = page == 1 ? null : page;
                Page read = client.execute("GET /restapi/v1.0/account/~/extension/{id}/phone-number?usageType=DirectNumber",
                        RateLimitGroup.LIGHT, bearer -> api.listExtensionPhoneNumbers(bearer, extensionId,
                                "DirectNumber", pageParameter), RingCentralDirectory::page);
                records.addAll(read.records());
                if (!read.nextPage() || read.records().isEmpty()) {
                    break;
                }
            }
            return records;
        });
    }

    /**
     * Page {@code page} (1-based) of the company directory's users of this account ({@code GET …/directory/entries?
     * showFederated=false&typeGroup=User}); a Medium-group call. Its entries carry {@code phoneNumbers[]}.
     */
    public Page directoryUsers(int page, int perPage) {
        return client.execute("GET /restapi/v1.0/account/~/directory/entries?typeGroup=User", RateLimitGroup.MEDIUM,
                bearer -> api.listDirectoryEntries(bearer, false, "User", page, perPage), body -> {
                    JsonNode json = Answer.readJson(body);
                    return new Page(records(json), DirectoryPaging.hasNextPage(json, page, perPage));
                });
    }

    /** The account's custom field definitions ({@code records[{id, category, displayName}]}). */
    public List<JsonNode> customFields() {
        return client.execute("GET /restapi/v1.0/account/~/custom-fields", RateLimitGroup.LIGHT,
                api::listCustomFields, body -> records(Answer.readJson(body)));
    }

    /** The id of the account the service user belongs to. */
    public String accountId() {
        return client.execute("GET /restapi/v1.0/account/~", RateLimitGroup.LIGHT, api::readAccount,
                body -> Answer.readJson(body).path("id").asText());
    }

    /** What {@code read} returns; empty when RingCentral says the extension does not exist (CMN-102 / 404). */
    private static <T> Optional<T> unlessGone(Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (RingCentralException e) {
            if (e.error().extensionGone()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** A list answer with {@code records} and {@code navigation.nextPage}. */
    private static Page page(String body) {
        JsonNode json = Answer.readJson(body);
        return new Page(records(json), json.path("navigation").hasNonNull("nextPage"));
    }

    private static List<JsonNode> records(JsonNode list) {
        List<JsonNode> records = new ArrayList<>();
        list.path("records").forEach(records::add);
        return records;
    }
}
