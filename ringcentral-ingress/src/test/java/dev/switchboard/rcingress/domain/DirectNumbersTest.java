package dev.switchboard.rcingress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectNumbersTest {

    private static List<JsonNode> records(String json) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        Json.MAPPER.readTree(json).forEach(records::add);
        return records;
    }

    @Test
    void theNumberMarkedPrimaryWinsWhereverItIsListed() throws Exception {
        assertThat(DirectNumbers.ofExtension(records("""
                [{"id": 100, "phoneNumber": "+16505550100", "usageType": "DirectNumber", "primary": false},
                 {"id": 300, "phoneNumber": "+16505550300", "usageType": "DirectNumber", "primary": true},
                 {"id": 200, "phoneNumber": "+16505550200", "usageType": "DirectNumber"}]""")))
                .isEqualTo("+16505550300");
    }

    @Test
    void withoutAPrimaryTheLowestIdWinsNotTheFirstListed() throws Exception {
        assertThat(DirectNumbers.ofExtension(records("""
                [{"id": 1100, "phoneNumber": "+16505551100", "usageType": "DirectNumber", "primary": false},
                 {"id": 900, "phoneNumber": "+16505550900", "usageType": "DirectNumber", "primary": false},
                 {"id": "1000", "phoneNumber": "+16505551000", "usageType": "DirectNumber"}]""")))
                .isEqualTo("+16505550900");
    }

    @Test
    void otherUsageTypesAndNumberlessRecordsDoNotCount() throws Exception {
        assertThat(DirectNumbers.ofExtension(records("""
                [{"id": 1, "phoneNumber": "+16505550001", "usageType": "CompanyNumber", "primary": true},
                 {"id": 2, "usageType": "DirectNumber", "primary": true},
                 {"id": 3, "phoneNumber": "+16505550003", "usageType": "DirectNumber"}]""")))
                .isEqualTo("+16505550003");
    }

    @Test
    void noDirectNumberIsNull() throws Exception {
        assertThat(DirectNumbers.ofExtension(records("[]"))).isNull();
        assertThat(DirectNumbers.ofExtension(records("""
                [{"id": 1, "phoneNumber": "+16505550001", "usageType": "MainCompanyNumber"}]"""))).isNull();
    }

    @Test
    void aDirectoryEntryGivesItsPrimaryDirectNumberElseTheFirstInE164() throws Exception {
        JsonNode primaryLater = Json.MAPPER.readTree("""
                {"id": "2253168001", "phoneNumbers": [
                  {"phoneNumber": "+16505550001", "usageType": "CompanyNumber", "primary": true},
                  {"phoneNumber": "+16505550002", "e164": "+16505550002", "usageType": "DirectNumber"},
                  {"phoneNumber": "(650) 555-0003", "e164": "+16505550003", "usageType": "DirectNumber", "primary": true}]}""");
        assertThat(DirectNumbers.ofDirectoryEntry(primaryLater)).isEqualTo("+16505550003");

        JsonNode noPrimary = Json.MAPPER.readTree("""
                {"id": "2253168002", "phoneNumbers": [
                  {"phoneNumber": "+16505550005", "usageType": "DirectNumber"},
                  {"phoneNumber": "+16505550004", "usageType": "DirectNumber"}]}""");
        assertThat(DirectNumbers.ofDirectoryEntry(noPrimary)).isEqualTo("+16505550005");

        assertThat(DirectNumbers.ofDirectoryEntry(Json.MAPPER.readTree("""
                {"id": "2253168003", "phoneNumbers": [{"phoneNumber": "+16505550006", "usageType": "ContactNumber"}]}""")))
                .isNull();
        assertThat(DirectNumbers.ofDirectoryEntry(Json.MAPPER.readTree("{\"id\": \"2253168004\"}"))).isNull();
    }
}
