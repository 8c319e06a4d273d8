package dev.switchboard.sandbox.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.config.SandboxConfig;
import dev.switchboard.sandbox.domain.ringcentral.CompanyDirectory;
import dev.switchboard.sandbox.domain.ringcentral.ExtensionPhoneNumbers;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralAccount;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralApiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where RingCentral keeps phone numbers, outside the extension resource: an extension's phone number list and
 * the company directory (both carry the direct numbers).
 */
@Path("/restapi")
@Produces(MediaType.APPLICATION_JSON)
public class RingCentralDirectoryResource {

    @Inject
    RingCentralAccount account;
    @Inject
    SandboxConfig config;
    @Inject
    ObjectMapper mapper;
    @Context
    UriInfo uriInfo;

    /** Get Extension Phone Number List ({@code listExtensionPhoneNumbers}, Light). */
    @GET
    @Path("/v1.0/account/{accountId}/extension/{extensionId}/phone-number")
    public Map<String, Object> phoneNumbers(@PathParam("accountId") String accountId,
                                            @PathParam("extensionId") String extensionId,
                                            @QueryParam("usageType") List<String> usageTypes,
                                            @QueryParam("status") String status,
                                            @QueryParam("page") String pageParam,
                                            @QueryParam("perPage") String perPageParam) {
        RingCentralExtensionsResource.requireAccount(config, accountId);
        long id = RingCentralExtensionsResource.extensionId(extensionId);
        ExtensionPhoneNumbers.Query query = ExtensionPhoneNumbers.Query.of(
                RingCentralExtensionsResource.split(usageTypes), status);
        int page = RingCentralExtensionsResource.positive(pageParam, 1, Integer.MAX_VALUE, "page");
        int perPage = RingCentralExtensionsResource.positive(perPageParam, 100, 1000, "perPage");
        ObjectNode extension = account.get(id);
        String accountUri = OktaViews.base(uriInfo) + "/restapi/v1.0/account/" + config.ringcentral().accountId();
        List<ObjectNode> all = ExtensionPhoneNumbers.records(extension, account.directNumber(id), accountUri, query);
        int from = (int) Math.min(all.size(), (long) (page - 1) * perPage);
        List<ObjectNode> records = all.subList(from, (int) Math.min(all.size(), (long) from + perPage));
        return RingCentralExtensionsResource.pagedList(uriInfo, accountUri + "/extension/" + id + "/phone-number",
                records, page, perPage, all.size());
    }

    /**
     * Get Company Directory Entries ({@code listDirectoryEntries}, Medium): the directory service's paging
     * ({@code perPage} up to 2000, {@code max}, {@code all}), its ADG errors, and {@code If-None-Match} → 304.
     */
    @GET
    @Path("/v1.0/account/{accountId}/directory/entries")
    public Response directoryEntries(@PathParam("accountId") String accountId,
                                     @QueryParam("showFederated") String showFederatedParam,
                                     @QueryParam("accessibleSitesOnly") String accessibleSitesOnly,
                                     @QueryParam("type") String type,
                                     @QueryParam("typeGroup") String typeGroup,
                                     @QueryParam("page") String pageParam,
                                     @QueryParam("perPage") String perPageParam,
                                     @QueryParam("siteId") String siteId,
                                     @HeaderParam("If-None-Match") String ifNoneMatch) {
        if (!"~".equals(accountId) && !Long.toString(config.ringcentral().accountId()).equals(accountId)) {
            throw new RingCentralApiException(404, "ADG-107", "Account not found.", null, null);
        }
        boolean showFederated = CompanyDirectory.flag("showFederated", showFederatedParam, true);
        // One account, no cross-site restrictions: the flag changes nothing here, but must be a boolean.
        CompanyDirectory.flag("accessibleSitesOnly", accessibleSitesOnly, true);
        CompanyDirectory.Query query = CompanyDirectory.Query.of(type, typeGroup, siteId);
        int page = CompanyDirectory.page(pageParam);
        int perPage = CompanyDirectory.perPage(perPageParam);
        RingCentralAccount.Page result = account.list(query, page, perPage);
        List<ObjectNode> records = new ArrayList<>();
        for (ObjectNode extension : result.records()) {
            long id = extension.path("id").asLong();
            records.add(CompanyDirectory.contact(extension, directNumberOf(id), config.ringcentral().accountId(),
                    showFederated));
        }
        // perPage=all is one page of everything: its size is what the page holds.
        int shownPerPage = perPage == CompanyDirectory.ALL ? Math.max(1, result.totalElements()) : perPage;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paging", RingCentralExtensionsResource.paging(records.size(), page, shownPerPage,
                result.totalElements()));
        body.put("records", records);
        EntityTag etag = new EntityTag(hash(body));
        if (ifNoneMatch != null && ifNoneMatch.replace("\"", "").trim().equals(etag.getValue())) {
            return Response.notModified(etag).build();
        }
        return Response.ok(body).tag(etag).build();
    }

    /** An extension deleted since it was listed has no number any more. */
    private Optional<String> directNumberOf(long id) {
        try {
            return account.directNumber(id);
        } catch (RingCentralApiException deleted) {
            return Optional.empty();
        }
    }

    private String hash(Object body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(mapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot compute the directory ETag", e);
        }
    }
}
