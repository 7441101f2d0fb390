package org.onedoor.testing;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Requests from another loopback address (Linux routes all of 127.0.0.0/8 to this machine), so a
 * test of per-address limits locks its own address, never the 127.0.0.1 every other test uses.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** A fresh loopback address other than 127.0.0.1. */
    public static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(2, 255);
    }

    /** A request sent from {@code address}. */
    public static RequestSpecification from(String address) {
        try {
            InetAddress local = InetAddress.getByName(address);
            return given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.route.local-address", local)));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }
}
