package org.onedoor.floor.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A name for this server node unless one is configured ({@code onedoor.cluster.node}): the host
 * name and a random suffix, so two nodes on one host (or a restarted node) never share a queue.
 */
public class NodeNameConfigSource implements ConfigSource {

    private static final String KEY = "onedoor.cluster.node";
    private final String name = host() + "-" + UUID.randomUUID().toString().substring(0, 8);

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(KEY, name);
    }

    @Override
    public String getValue(String propertyName) {
        return KEY.equals(propertyName) ? name : null;
    }

    @Override
    public String getName() {
        return "onedoor-node-name";
    }

    /** Below every file and the environment: a configured name wins. */
    @Override
    public int getOrdinal() {
        return 50;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
