package org.imcregistry.common;

/**
 * A feature's contribution to the demo data made on the first start of an empty database
 * (never in the {@code prod} profile). Beans run in {@code @Order}, after the demo users exist.
 */
public interface DemoData {

    void create();
}
