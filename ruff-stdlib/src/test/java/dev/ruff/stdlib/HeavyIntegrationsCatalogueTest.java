package dev.ruff.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeFunction;
import dev.ruff.spi.NativeRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every T3 native of STDLIB.md (HTTP server, AI, TCP/UDP, database, image, static-site helpers) is
 * registered by the service-loaded modules, behind the capability the catalogue gives it.
 */
class HeavyIntegrationsCatalogueTest {

    private static Map<String, Capability> catalogue() {
        Map<String, Capability> t3 = new LinkedHashMap<>();
        t3.put("http_server", Capability.NONE);
        t3.put("http_listen", Capability.NET_SERVER);
        for (String n : new String[] {"http_response", "json_response", "html_response", "redirect_response",
                "set_header", "set_headers"}) {
            t3.put(n, Capability.NONE);
        }
        for (String n : new String[] {"ai_chat", "ai_stream_chat", "ai_embedding", "ai_tool_loop"}) {
            t3.put(n, Capability.NET_CLIENT);
        }
        t3.put("tcp_listen", Capability.NET_SERVER);
        t3.put("tcp_accept", Capability.NET_SERVER);
        t3.put("tcp_connect", Capability.NET_CLIENT);
        t3.put("tcp_send", Capability.NET_CLIENT);
        t3.put("tcp_receive", Capability.NET_CLIENT);
        t3.put("tcp_close", Capability.NONE);
        t3.put("tcp_set_nonblocking", Capability.NONE);
        t3.put("udp_bind", Capability.NET_SERVER);
        t3.put("udp_send_to", Capability.NET_CLIENT);
        t3.put("udp_receive_from", Capability.NET_CLIENT);
        t3.put("udp_close", Capability.NONE);
        for (String n : new String[] {"db_connect", "db_execute", "db_query", "db_close", "db_pool",
                "db_pool_acquire", "db_pool_release", "db_pool_stats", "db_pool_close", "db_begin", "db_commit",
                "db_rollback", "db_last_insert_id"}) {
            t3.put(n, Capability.DATABASE);
        }
        t3.put("load_image", Capability.FS_READ);
        t3.put("gif_to_webp", Capability.FS_WRITE);
        t3.put("ssg_render_pages", Capability.NONE);
        t3.put("ssg_build_output_paths", Capability.NONE);
        t3.put("ssg_render_and_write_pages", Capability.FS_WRITE);
        t3.put("ssg_read_render_and_write_pages", Capability.FS_WRITE);
        return t3;
    }

    @Test
    void allFortyTwoAreRegisteredWithTheirCapability() {
        NativeRegistry registry = new NativeRegistry();
        registry.installServiceModules(getClass().getClassLoader());
        Map<String, Capability> t3 = catalogue();
        assertEquals(42, t3.size());
        t3.forEach((name, capability) -> {
            Object value = registry.lookup(name);
            assertTrue(value instanceof NativeFunction, name + " is not registered");
            assertEquals(capability, ((NativeFunction) value).capability(), name);
        });
    }
}
