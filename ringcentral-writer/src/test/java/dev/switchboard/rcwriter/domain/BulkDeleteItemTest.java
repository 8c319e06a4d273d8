package dev.switchboard.rcwriter.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The per-item answer of the v2 bulk delete decides, not the HTTP status. */
class BulkDeleteItemTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aSuccessfulItemIsRemoved() throws Exception {
        BulkDeleteItem item = BulkDeleteItem.of(mapper.readTree("""
                {"records": [{"id": "1", "bulkItemSuccessful": false, "bulkItemErrors": [{"errorCode": "CMN-403"}]},
                             {"id": "2", "bulkItemSuccessful": true}]}"""), "2");

        assertThat(item.kind()).isEqualTo(BulkDeleteItem.Kind.REMOVED);
    }

    @Test
    void aFailedItemCarriesItsFirstError() throws Exception {
        BulkDeleteItem item = BulkDeleteItem.of(mapper.readTree("""
                {"records": [{"id": "2", "bulkItemSuccessful": false,
                  "bulkItemErrors": [{"errorCode": "CMN-403", "message": "not for this type"}, {"errorCode": "X"}]}]}"""), "2");

        assertThat(item).isEqualTo(new BulkDeleteItem(BulkDeleteItem.Kind.FAILED, "CMN-403", "not for this type"));
    }

    @Test
    void notFoundMeansGoneAlready() throws Exception {
        BulkDeleteItem item = BulkDeleteItem.of(mapper.readTree("""
                {"records": [{"id": "2", "bulkItemSuccessful": false,
                  "bulkItemErrors": [{"errorCode": "CMN-102", "message": "Resource for parameter [id] is not found"}]}]}"""), "2");

        assertThat(item.kind()).isEqualTo(BulkDeleteItem.Kind.GONE);
    }

    @Test
    void anAnswerWithoutTheItemIsAFailure() throws Exception {
        assertThat(BulkDeleteItem.of(mapper.readTree("{\"records\": []}"), "2").code())
                .isEqualTo(BulkDeleteItem.MISSING_ITEM);
        assertThat(BulkDeleteItem.of(mapper.readTree("{\"records\": [{\"id\": \"2\"}]}"), "2").kind())
                .isEqualTo(BulkDeleteItem.Kind.FAILED);
    }
}
