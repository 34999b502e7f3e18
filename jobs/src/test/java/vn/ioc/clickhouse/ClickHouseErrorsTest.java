package vn.ioc.clickhouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.ClientException;
import com.clickhouse.client.api.ConnectionInitiationException;
import com.clickhouse.client.api.ServerException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ClickHouseErrorsTest {

    /** As client-v2 builds it from a current server's body (24.x/25.x). */
    private static ServerException current(int code, String text) {
        return new ServerException(code, "Code: " + code + ". DB::Exception: " + text + " (version 24.8.4.13 (official"
                + " build)) (queryId=0a1b)", 500, "0a1b");
    }

    @Test
    void aCurrentServersMessageIsShownInOneLineWithoutTheClientsQueryId() {
        ServerException e = current(62, "Syntax error: failed at position 1 ('SELEC'):\nSELEC 1. Expected one of: ...");
        String message = ClickHouseErrors.serverMessage(new ExecutionException(e));
        assertEquals("Code: 62. DB::Exception: Syntax error: failed at position 1 ('SELEC'): SELEC 1. Expected one of:"
                + " ... (version 24.8.4.13 (official build))", message);
        assertEquals(OptionalInt.of(62), ClickHouseErrors.code(new RuntimeException(e)));
    }

    @Test
    void anOldServersBodyBecomesTheSameOneLine() {
        String body = "Code: 27, e.displayText() = DB::Exception: Cannot parse input: expected \\t before: -1\\ty\\n:"
                + " (at row 2)\n\nRow 1:\nColumn 0,   name: a, type: UInt8,  parsed text: \"1\"\n\n, e.what() ="
                + " DB::Exception\n";
        assertEquals("Code: 27. DB::Exception: Cannot parse input: expected \\t before: -1\\ty\\n: (at row 2) Row 1:"
                + " Column 0, name: a, type: UInt8, parsed text: \"1\"", ClickHouseErrors.fromBody(body));
        RuntimeException carried = new RuntimeException(body);
        assertEquals(OptionalInt.of(27), ClickHouseErrors.code(carried));
        assertFalse(ClickHouseErrors.retriable(carried));
        assertTrue(ClickHouseErrors.serverMessage(carried).startsWith("Code: 27. DB::Exception: Cannot parse input"));
    }

    @Test
    void anUnreadableMessageSaysSoInsteadOfPretendingToBeTheServers() {
        ServerException e = new ServerException(0, "Code: 0. DB::Exception: <Unreadable error message> (transport"
                + " error: 500) (queryId=77)", 500, "77");
        String message = ClickHouseErrors.serverMessage(e);
        assertTrue(message.startsWith("ClickHouse failed with HTTP 500 and a message client-v2 cannot read"), message);
        assertFalse(ClickHouseErrors.retriable(e), "an unknown 500 is not known to pass on a second try");
        assertEquals(OptionalInt.empty(), ClickHouseErrors.code(e));
    }

    @Test
    void dataAndSchemaErrorsAreNotRetriable() {
        for (int code : new int[] {6, 27, 38, 41, 53, 62, 69, 70, 72, 16, 47, 60, 81, 117, 497}) {
            assertFalse(ClickHouseErrors.retriable(current(code, "x")), "code " + code);
        }
    }

    @Test
    void connectionTimeoutOverloadAndMemoryAreRetriable() {
        for (int code : new int[] {159, 202, 209, 210, 241, 252, 319}) {
            assertTrue(ClickHouseErrors.retriable(current(code, "x")), "code " + code);
        }
        assertTrue(ClickHouseErrors.retriable(new ServerException(0, "Service Unavailable", 503, "q")));
        ConnectionInitiationException refused = new ConnectionInitiationException("Failed to connect",
                new ConnectException("Connection refused"));
        assertTrue(ClickHouseErrors.retriable(new ExecutionException(refused)));
        assertEquals("cannot reach ClickHouse: Connection refused", ClickHouseErrors.serverMessage(refused));
        assertTrue(ClickHouseErrors.retriable(new TimeoutException()));
        assertTrue(ClickHouseErrors.retriable(new ClientException("read", new SocketTimeoutException("Read timed out"))));
        assertEquals("ClickHouse did not answer in time: Read timed out",
                ClickHouseErrors.serverMessage(new ClientException("read", new SocketTimeoutException("Read timed out"))));
    }

    @Test
    void rowValuesAreToBlameForParseAndRangeErrorsOnly() {
        for (int code : new int[] {6, 27, 38, 41, 53, 69, 72, 321}) {
            assertTrue(ClickHouseErrors.rowData(current(code, "x")), "code " + code);
        }
        for (int code : new int[] {16, 47, 60, 62, 81, 241, 497}) {
            assertFalse(ClickHouseErrors.rowData(current(code, "x")), "code " + code);
        }
        assertFalse(ClickHouseErrors.rowData(new ConnectionInitiationException("x", new ConnectException("refused"))));
    }

    @Test
    void aClientSideMistakeIsNeitherRetriedNorDressedUp() {
        ClientException e = new ClientException("Unknown format: XYZ");
        assertFalse(ClickHouseErrors.retriable(e));
        assertEquals("Unknown format: XYZ", ClickHouseErrors.serverMessage(e));
    }
}
