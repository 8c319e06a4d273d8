package dev.switchboard.rcingress.domain;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether a page of {@code GET …/directory/entries} has a successor. Its DirectoryResource has {@code paging}
 * (EnumeratedPagingModel) and, unlike the extension list, no {@code navigation}; {@code totalPages} and
 * {@code totalElements} "may be omitted for performance reasons". Pure.
 */
public final class DirectoryPaging {

    private DirectoryPaging() {
    }

    /**
     * @param response        the page as RingCentral returned it
     * @param requestedPage   the page number asked for (1-based)
     * @param requestedPerPage the page size asked for; RingCentral's own {@code paging.perPage} wins when present
     */
    public static boolean hasNextPage(JsonNode response, int requestedPage, int requestedPerPage) {
        int records = response.path("records").size();
        if (records == 0) {
            return false;
        }
        if (response.path("navigation").has("nextPage")) {
            return true; // not in the spec's DirectoryResource, but the extension list's shape: honour it if sent
        }
        JsonNode paging = response.path("paging");
        int page = paging.path("page").asInt(requestedPage);
        if (paging.path("totalPages").canConvertToInt()) {
            return page < paging.path("totalPages").asInt();
        }
        if (paging.path("totalElements").canConvertToInt() && paging.path("pageEnd").canConvertToInt()) {
            return paging.path("pageEnd").asInt() + 1 < paging.path("totalElements").asInt();
        }
        // no totals: a full page may have a successor, a short one has none
        int perPage = paging.path("perPage").asInt(requestedPerPage);
        return records >= perPage;
    }
}
