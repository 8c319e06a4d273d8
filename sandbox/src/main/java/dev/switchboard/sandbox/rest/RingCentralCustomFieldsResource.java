package dev.switchboard.sandbox.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.config.SandboxConfig;
import dev.switchboard.sandbox.domain.ringcentral.CustomFields;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RingCentral Custom Fields API: the account's User custom field definitions. */
@Path("/restapi/v1.0/account/{accountId}/custom-fields")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RingCentralCustomFieldsResource {

    @Inject
    CustomFields customFields;
    @Inject
    SandboxConfig config;

    @GET
    public Map<String, Object> list(@PathParam("accountId") String accountId) {
        requireAccount(accountId);
        return Map.of("records", customFields.all().stream().map(RingCentralCustomFieldsResource::view).toList());
    }

    @POST
    public Map<String, Object> create(@PathParam("accountId") String accountId, JsonNode body) {
        requireAccount(accountId);
        return view(customFields.add(text(body, "category"), text(body, "displayName")));
    }

    @PUT
    @Path("/{fieldId}")
    public Map<String, Object> rename(@PathParam("accountId") String accountId, @PathParam("fieldId") String fieldId,
                                      JsonNode body) {
        requireAccount(accountId);
        return view(customFields.rename(fieldId, text(body, "displayName")));
    }

    /** Deletes one or several (comma-separated) fields with their values. */
    @DELETE
    @Path("/{fieldId}")
    public Response delete(@PathParam("accountId") String accountId, @PathParam("fieldId") String fieldId) {
        requireAccount(accountId);
        List<String> ids = List.of(fieldId.split(","));
        for (String id : ids) {
            if (customFields.find(id.trim()).isEmpty()) {
                throw RingCentralApiException.notFound("fieldId", id);
            }
        }
        ids.forEach(id -> customFields.delete(id.trim()));
        return Response.noContent().build();
    }

    static Map<String, Object> view(CustomFields.Field field) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", field.id());
        m.put("category", field.category());
        m.put("displayName", field.displayName());
        return m;
    }

    private void requireAccount(String accountId) {
        if (!"~".equals(accountId) && !Long.toString(config.ringcentral().accountId()).equals(accountId)) {
            throw RingCentralApiException.notFound("accountId", accountId);
        }
    }

    private static String text(JsonNode body, String field) {
        return body == null || !body.hasNonNull(field) ? null : body.get(field).asText();
    }
}
