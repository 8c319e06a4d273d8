package dev.switchboard.sandbox.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.config.SandboxConfig;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralAccount;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralApiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** RingCentral extension (user) API of the sandbox account. */
@Path("/restapi")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RingCentralExtensionsResource {

    @Inject
    RingCentralAccount account;
    @Inject
    SandboxConfig config;
    @Context
    UriInfo uriInfo;

    /** Account Info ({@code readAccountInfo}): clients read the account id from here. */
    @GET
    @Path("/v1.0/account/{accountId}")
    public java.util.Map<String, Object> accountInfo(@PathParam("accountId") String accountId) {
        requireAccount(accountId);
        String id = Long.toString(config.ringcentral().accountId());
        java.util.Map<String, Object> info = new java.util.LinkedHashMap<>();
        info.put("id", config.ringcentral().accountId());
        info.put("uri", uriInfo.getBaseUri().toString().replaceAll("/$", "") + "/restapi/v1.0/account/" + id);
        info.put("mainNumber", RingCentralAccount.MAIN_NUMBER);
        info.put("status", "Confirmed");
        info.put("setupWizardState", "Completed");
        return info;
    }

    @POST
    @Path("/v1.0/account/{accountId}/extension")
    public ObjectNode create(@PathParam("accountId") String accountId, JsonNode body) {
        requireAccount(accountId);
        return view(account.create(body));
    }

    @GET
    @Path("/v1.0/account/{accountId}/extension/{extensionId}")
    public ObjectNode get(@PathParam("accountId") String accountId, @PathParam("extensionId") String extensionId) {
        requireAccount(accountId);
        return view(account.get(extensionId(extensionId)));
    }

    @PUT
    @Path("/v1.0/account/{accountId}/extension/{extensionId}")
    public ObjectNode update(@PathParam("accountId") String accountId, @PathParam("extensionId") String extensionId,
                             JsonNode body) {
        requireAccount(accountId);
        return view(account.update(extensionId(extensionId), body));
    }

    /** The deprecated v1 delete (204). */
    @DELETE
    @Path("/v1.0/account/{accountId}/extension/{extensionId}")
    public Response delete(@PathParam("accountId") String accountId, @PathParam("extensionId") String extensionId) {
        requireAccount(accountId);
        if (!account.delete(extensionId(extensionId))) {
            throw RingCentralApiException.notFound("extensionId", extensionId);
        }
        return Response.noContent().build();
    }

    /** v2 bulk delete: {@code {records:[{id}]}} → per-item results. */
    @DELETE
    @Path("/v2/accounts/{accountId}/extensions")
    public Map<String, Object> bulkDelete(@PathParam("accountId") String accountId, JsonNode body) {
        requireAccount(accountId);
        JsonNode records = body == null ? null : body.get("records");
        if (records == null || !records.isArray() || records.isEmpty() || records.size() > 50) {
            throw RingCentralApiException.invalid("records", null);
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (JsonNode record : records) {
            String id = record.path("id").asText();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", id);
            boolean deleted = id.matches("\\d+") && account.delete(Long.parseLong(id));
            result.put("bulkItemSuccessful", deleted);
            if (!deleted) {
                result.put("bulkItemErrors", List.of(Map.of("errorCode", "CMN-102",
                        "message", "Resource for parameter [id] is not found")));
            }
            results.add(result);
        }
        return Map.of("records", results);
    }

    @GET
    @Path("/v1.0/account/{accountId}/extension")
    public Map<String, Object> list(@PathParam("accountId") String accountId,
                                    @QueryParam("email") List<String> emails,
                                    @QueryParam("status") List<String> statuses,
                                    @QueryParam("type") List<String> types,
                                    @QueryParam("extensionNumber") String extensionNumber,
                                    @QueryParam("page") String pageParam,
                                    @QueryParam("perPage") String perPageParam) {
        requireAccount(accountId);
        int page = positive(pageParam, 1, Integer.MAX_VALUE, "page");
        int perPage = positive(perPageParam, 100, 1000, "perPage");
        Set<String> emailSet = new LinkedHashSet<>();
        split(emails).forEach(e -> emailSet.add(e.toLowerCase(Locale.ROOT)));
        RingCentralAccount.Page result = account.list(new RingCentralAccount.Filter(emailSet,
                new LinkedHashSet<>(split(statuses)), new LinkedHashSet<>(split(types)), extensionNumber), page, perPage);
        String listUri = base() + "/restapi/v1.0/account/" + config.ringcentral().accountId() + "/extension";
        List<ObjectNode> records = new ArrayList<>();
        for (ObjectNode ext : result.records()) {
            records.add(listView(ext));
        }
        return pagedList(uriInfo, listUri, records, page, perPage, result.totalElements());
    }

    /** A RingCentral list body: {@code uri}, {@code records}, {@code paging} and {@code navigation}. */
    static Map<String, Object> pagedList(UriInfo uriInfo, String listUri, List<?> records, int page, int perPage,
                                         int totalElements) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uri", pageUri(uriInfo, listUri, page, perPage));
        body.put("records", records);
        body.put("paging", paging(records.size(), page, perPage, totalElements));
        int totalPages = totalPages(totalElements, perPage);
        Map<String, Object> navigation = new LinkedHashMap<>();
        int lastPage = Math.max(1, totalPages);
        navigation.put("firstPage", Map.of("uri", pageUri(uriInfo, listUri, 1, perPage)));
        if (page < totalPages) {
            navigation.put("nextPage", Map.of("uri", pageUri(uriInfo, listUri, page + 1, perPage)));
        }
        if (page > 1) {
            navigation.put("previousPage", Map.of("uri", pageUri(uriInfo, listUri, Math.min(page - 1, lastPage), perPage)));
        }
        navigation.put("lastPage", Map.of("uri", pageUri(uriInfo, listUri, lastPage, perPage)));
        body.put("navigation", navigation);
        return body;
    }

    /** EnumeratedPagingModel of a page holding {@code size} records. */
    static Map<String, Object> paging(int size, int page, int perPage, int totalElements) {
        Map<String, Object> paging = new LinkedHashMap<>();
        paging.put("page", page);
        paging.put("totalPages", totalPages(totalElements, perPage));
        paging.put("perPage", perPage);
        paging.put("totalElements", totalElements);
        if (size > 0) {
            paging.put("pageStart", (page - 1) * perPage);
            paging.put("pageEnd", (page - 1) * perPage + size - 1);
        }
        return paging;
    }

    private static int totalPages(int totalElements, int perPage) {
        return new RingCentralAccount.Page(List.of(), 1, perPage, totalElements).totalPages();
    }

    private static String pageUri(UriInfo uriInfo, String listUri, int page, int perPage) {
        // Filters are kept in navigation links, like RingCentral does, so following nextPage stays filtered.
        StringBuilder uri = new StringBuilder(listUri).append("?page=").append(page).append("&perPage=").append(perPage);
        uriInfo.getQueryParameters().forEach((name, values) -> {
            if (!name.equals("page") && !name.equals("perPage")) {
                values.forEach(v -> uri.append('&').append(name).append('=')
                        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
            }
        });
        return uri.toString();
    }

    /** Full GetExtensionInfoResponse: the stored extension plus uri and account. */
    private ObjectNode view(ObjectNode ext) {
        long accountId = config.ringcentral().accountId();
        String accountUri = base() + "/restapi/v1.0/account/" + accountId;
        ObjectNode out = ext.objectNode();
        out.put("uri", accountUri + "/extension/" + ext.get("id").asLong());
        ObjectNode accountNode = out.objectNode();
        accountNode.put("id", Long.toString(accountId));
        accountNode.put("uri", accountUri);
        out.setAll(ext);
        out.set("account", accountNode);
        ObjectNode ordered = ext.objectNode();
        ordered.set("id", out.get("id"));
        ordered.setAll(out);
        return ordered;
    }

    /** List records carry fewer fields than a single read (no account, customFields, regionalSettings, …). */
    private ObjectNode listView(ObjectNode ext) {
        ObjectNode full = view(ext);
        full.remove(List.of("account", "customFields", "regionalSettings", "setupWizardState"));
        return full;
    }

    private void requireAccount(String accountId) {
        requireAccount(config, accountId);
    }

    /** 404 CMN-102 unless {@code accountId} is {@code ~} or the account's id. */
    static void requireAccount(SandboxConfig config, String accountId) {
        if (!"~".equals(accountId) && !Long.toString(config.ringcentral().accountId()).equals(accountId)) {
            throw RingCentralApiException.notFound("accountId", accountId);
        }
    }

    /** The extension id of a path, 404 CMN-102 when it cannot be one (as reading that extension answers). */
    static long extensionId(String raw) {
        if (!raw.matches("\\d{1,18}")) {
            throw RingCentralApiException.notFound("extensionId", raw);
        }
        return Long.parseLong(raw);
    }

    static int positive(String raw, int fallback, int max, String name) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw RingCentralApiException.invalid(name, raw);
    }

    /** Repeated and comma-separated query values, blanks dropped. */
    static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
        }
        return out;
    }

    private String base() {
        return OktaViews.base(uriInfo);
    }
}
