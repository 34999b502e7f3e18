package vn.ioc.clickhouse;

import com.clickhouse.client.api.Client;

/**
 * Clients of the official client-v2 over HTTP. Compression is off in both directions: 18.16 and some proxies
 * disagree with the client on LZ4 framing, and on loopback it saves nothing.
 */
public final class ClickHouseClients {
    private ClickHouseClients() {}

    public static Client open(ClickHouseConfig config) {
        return new Client.Builder()
                .addEndpoint(config.url())
                .setUsername(config.user())
                .setPassword(config.resolvedPassword())
                .compressServerResponse(false)
                .compressClientRequest(false)
                .setConnectTimeout(10_000)
                .setSocketTimeout(300_000)
                .build();
    }
}
