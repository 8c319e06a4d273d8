package dev.switchboard.rcingress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.Json;
import org.junit.jupiter.api.Test;

class DirectoryPagingTest {

    private static boolean hasNext(String json, int page, int perPage) throws Exception {
        return DirectoryPaging.hasNextPage(Json.MAPPER.readTree(json), page, perPage);
    }

    @Test
    void totalPagesDecideWhenGiven() throws Exception {
        assertThat(hasNext("""
                {"records": [{"id": "1"}], "paging": {"page": 1, "perPage": 1, "totalPages": 2, "totalElements": 2}}""", 1, 1))
                .isTrue();
        assertThat(hasNext("""
                {"records": [{"id": "2"}], "paging": {"page": 2, "perPage": 1, "totalPages": 2, "totalElements": 2}}""", 2, 1))
                .isFalse();
    }

    @Test
    void withoutTotalPagesTheElementCountDecides() throws Exception {
        assertThat(hasNext("""
                {"records": [{"id": "1"}, {"id": "2"}], "paging": {"page": 1, "perPage": 2, "pageStart": 0, "pageEnd": 1,
                 "totalElements": 3}}""", 1, 2)).isTrue();
        assertThat(hasNext("""
                {"records": [{"id": "3"}], "paging": {"page": 2, "perPage": 2, "pageStart": 2, "pageEnd": 2,
                 "totalElements": 3}}""", 2, 2)).isFalse();
    }

    @Test
    void withoutTotalsAFullPageMayHaveASuccessorAndAShortOneHasNone() throws Exception {
        assertThat(hasNext("""
                {"records": [{"id": "1"}, {"id": "2"}], "paging": {"page": 1, "perPage": 2}}""", 1, 2)).isTrue();
        assertThat(hasNext("""
                {"records": [{"id": "3"}], "paging": {"page": 2, "perPage": 2}}""", 2, 2)).isFalse();
    }

    @Test
    void ringCentralsOwnPageSizeWinsOverTheOneAskedFor() throws Exception {
        // asked for 2000, RingCentral serves 1000 a page: a full page of 1000 is not the last
        String records = "{\"id\": \"x\"},".repeat(999) + "{\"id\": \"y\"}";
        assertThat(hasNext("{\"records\": [" + records + "], \"paging\": {\"page\": 1, \"perPage\": 1000}}", 1, 2000))
                .isTrue();
    }

    @Test
    void anEmptyPageEndsThePagingAndANextPageLinkContinuesIt() throws Exception {
        assertThat(hasNext("""
                {"records": [], "paging": {"page": 3, "perPage": 2, "totalPages": 9}}""", 3, 2)).isFalse();
        assertThat(hasNext("""
                {"records": [{"id": "1"}], "paging": {"page": 1, "perPage": 2},
                 "navigation": {"nextPage": {"uri": "https://platform.ringcentral.com/x?page=2"}}}""", 1, 2)).isTrue();
    }
}
